package org.liaisondesk.service.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.domain.*;
import org.liaisondesk.service.Services;

class DataGeneratorTest {
    @TempDir Path a;
    @TempDir Path b;

    @Test
    void scaleOneIsARealisticOfficeThatObeysTheRulesAndRepeatsForTheSameSeed() {
        List<Contact> first;
        try (Services s = Services.open(a)) {
            List<String> steps = new ArrayList<>();
            Map<RecordKind, Long> counts = s.generator().generate(1, 42, false, (k, done, total) -> steps.add(k + " " + done));
            assertThat(steps).isNotEmpty();
            assertThat(counts).containsEntry(RecordKind.ORGANISATION, 2_000L).containsEntry(RecordKind.CONTACT, 5_000L)
                    .containsEntry(RecordKind.DELEGATION, 1_000L).containsEntry(RecordKind.EVENT, 3_000L)
                    .containsEntry(RecordKind.AGREEMENT, 300L).containsEntry(RecordKind.PROJECT, 100L)
                    .containsEntry(RecordKind.OFFICE_ABROAD, 20L);
            assertThat(counts.get(RecordKind.DELEGATION_MEMBER)).isBetween(13_500L, 16_500L);
            assertThat(counts.get(RecordKind.ITINERARY_ITEM)).isBetween(6_500L, 10_000L);
            assertThat(counts.get(RecordKind.GIFT)).isBetween(1_800L, 2_200L);

            for (Delegation d : s.delegations().list(RecordFilter.page(0, 150))) {
                assertThat(Validation.delegation(d)).as(d.code()).isEmpty();
                assertThat(d.tags().contains(DataGenerator.TAG)).isTrue();
                for (ItineraryItem i : s.delegations().itinerary(d.id())) {
                    assertThat(Validation.itinerary(i, d)).as(d.code()).isEmpty();
                }
                List<DelegationMember> members = s.delegations().members(d.id());
                assertThat(members).extracting(DelegationMember::precedence)
                        .isEqualTo(java.util.stream.IntStream.rangeClosed(1, members.size()).boxed().toList());
            }
            first = s.contacts().list(RecordFilter.page(0, 300));
            assertThat(first).allSatisfy(c -> assertThat(Validation.contact(c)).isEmpty());
            assertThat(s.contacts().list(RecordFilter.ALL.withCountry("LA"))).isNotEmpty()
                    .allSatisfy(c -> assertThat(c.nameLocal()).matches(".*\\p{IsLao}.*"));
            assertThat(s.contacts().list(RecordFilter.ALL.withCountry("MM"))).isNotEmpty()
                    .allSatisfy(c -> assertThat(c.nameLocal()).matches(".*\\p{IsMyanmar}.*"));
            assertThat(s.contacts().list(RecordFilter.ALL.withCountry("TH"))).isNotEmpty()
                    .allSatisfy(c -> assertThat(c.nameLocal()).matches(".*\\p{IsThai}.*"));
            assertThat(s.contacts().list(RecordFilter.ALL.withCountry("VN"))).isNotEmpty()
                    .allSatisfy(c -> assertThat(c.nameLocal()).matches(".*[ịăơưđ].*"));
            assertThat(s.organisations().count(RecordFilter.ALL.withCountry("TW"))).isPositive();
            assertThat(s.delegations().count(RecordFilter.ALL.withRange(null, PartialDate.ofYear(1999)))).isPositive();
            assertThatThrownBy(() -> s.generator().generate(1, 42, false, (k, d, t) -> {}))
                    .hasMessageContaining("error.demo.notEmpty");
        }
        try (Services s = Services.open(b)) {
            s.generator().generate(1, 42, false, (k, d, t) -> {});
            assertThat(s.contacts().list(RecordFilter.page(0, 300))).usingRecursiveFieldByFieldElementComparatorIgnoringFields(
                    "createdAt", "updatedAt").isEqualTo(first);
        }
    }

    @Test
    void earlyYearsAreKnownLessPreciselyThanRecentOnes() {
        HistoryDates dates = new HistoryDates(new java.util.SplittableRandom(1));
        long coarse1990s = java.util.stream.IntStream.range(0, 500).mapToObj(i -> dates.inYear(1995))
                .filter(d -> d.precision() != PartialDate.Precision.DAY).count();
        long coarse2020s = java.util.stream.IntStream.range(0, 500).mapToObj(i -> dates.inYear(2021))
                .filter(d -> d.precision() != PartialDate.Precision.DAY).count();
        assertThat(coarse1990s).isGreaterThan(300);
        assertThat(coarse2020s).isZero();
    }
}
