package org.liaisondesk.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LabelsAndValidationTest {
    @Test
    void readsEnumsByCodeOrByEitherLanguagesLabel() {
        assertThat(Labels.parse(Direction.class, "来访")).isEqualTo(Direction.INCOMING);
        assertThat(Labels.parse(Direction.class, "outgoing")).isEqualTo(Direction.OUTGOING);
        assertThat(Labels.parse(OrganisationType.class, "联合国机构")).isEqualTo(OrganisationType.UN_AGENCY);
        assertThat(Labels.parse(OrganisationType.class, "UN agency")).isEqualTo(OrganisationType.UN_AGENCY);
        assertThat(Labels.parse(AgreementStatus.class, "即将到期")).isEqualTo(AgreementStatus.EXPIRING);
        assertThat(Labels.parse(MemberRole.class, "副团长")).isEqualTo(MemberRole.DEPUTY);
        assertThat(Labels.parse(Gender.class, " ")).isNull();
        assertThatThrownBy(() -> Labels.parse(Direction.class, "访问"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("error.enum.unknown")
                .hasMessageContaining("来访");
    }

    @Test
    void showsLabelsInTheChosenLanguage() {
        assertThat(Labels.label(ItineraryKind.BANQUET, Locale.SIMPLIFIED_CHINESE)).isEqualTo("宴请");
        assertThat(Labels.label(ItineraryKind.BANQUET, Locale.ENGLISH)).isEqualTo("Banquet");
    }

    @Test
    void messagesFillArgumentsWithLabelsAndDates() {
        String zh = Messages.format(Locale.SIMPLIFIED_CHINESE, "error.date.order",
                List.of(PartialDate.ofYear(2018), PartialDate.ofMonth(2017, 3)));
        assertThat(zh).contains("2018年").contains("2017年3月");
        assertThat(Messages.format(Locale.ENGLISH, "error.record.missing", List.of(RecordKind.DELEGATION, 7)))
                .isEqualTo("This delegation (id 7) no longer exists; it may have been deleted.");
    }

    @Test
    void theProgramsOwnTagsShowInTheUsersLanguageOthersAsTyped() {
        assertThat(Messages.tag(Locale.SIMPLIFIED_CHINESE, Tags.SAMPLE)).isEqualTo("示例");
        assertThat(Messages.tag(Locale.SIMPLIFIED_CHINESE, "边境")).isEqualTo("边境");
        assertThat(Messages.tag(Locale.ENGLISH, "date-unverified")).isEqualTo("date to be checked");
    }

    @Test
    void organisationNeedsOneNameATypeAndACountry() {
        Organisation none = new Organisation(null, " ", null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null);
        assertThat(Validation.organisation(none)).extracting(Problem::field).containsExactly("name", "type", "country");
        Organisation lao = new Organisation(null, null, null, "ສະຫະພັນແມ່ຍິງ", null, OrganisationType.WOMENS_ORGANISATION,
                "LA", null, null, null, null, null, null, null, null, null, null, null, null);
        assertThat(Validation.organisation(lao)).isEmpty();
    }

    @Test
    void endMayNotPrecedeStartButMayShareItsSpan() {
        Delegation ok = delegation("2015", "2015-06");
        assertThat(Validation.delegation(ok)).isEmpty();
        Delegation bad = delegation("2015-06-10", "2015-06-09");
        assertThat(Validation.delegation(bad)).extracting(Problem::key).containsExactly("error.date.order");
    }

    @Test
    void itineraryMustLieWithinTheVisit() {
        Delegation d = delegation("2019-05-13", "2019-05-16");
        ItineraryItem inside = item(LocalDate.of(2019, 5, 16));
        ItineraryItem outside = item(LocalDate.of(2019, 5, 17));
        assertThat(Validation.itinerary(inside, d)).isEmpty();
        assertThat(Validation.itinerary(outside, d)).extracting(Problem::key).containsExactly("error.itinerary.outside");
        Delegation monthOnly = delegation("2025-04", null);
        assertThat(Validation.itinerary(item(LocalDate.of(2025, 4, 30)), monthOnly)).isEmpty();
    }

    @Test
    void receivedGiftsOverTheThresholdMustBeDeclaredWithinAMonth() {
        Gift g = new Gift(null, 1L, null, GiftDirection.RECEIVED, "漆画", null, java.math.BigDecimal.valueOf(200),
                LocalDate.of(2025, 4, 18), null, null);
        assertThat(g.declarationOverdue(LocalDate.of(2025, 5, 18))).isFalse();
        assertThat(g.declarationOverdue(LocalDate.of(2025, 5, 19))).isTrue();
        Gift cheap = new Gift(null, 1L, null, GiftDirection.RECEIVED, "茶", null, java.math.BigDecimal.valueOf(199),
                LocalDate.of(2025, 4, 18), null, null);
        assertThat(cheap.declarationOverdue(LocalDate.of(2026, 1, 1))).isFalse();
    }

    @Test
    void tagsSplitOnEitherPunctuationAndDropRepeats() {
        assertThat(Tags.parse("sample; 边境，UN,sample").values()).containsExactly("sample", "边境", "UN");
        assertThat(Tags.parse(null)).isEqualTo(Tags.NONE);
    }

    private static Delegation delegation(String start, String end) {
        return new Delegation(null, "2019-IN-001", Direction.INCOMING, "t", null, null, null, null,
                PartialDate.parse(start), PartialDate.parse(end), null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null);
    }

    private static ItineraryItem item(LocalDate day) {
        return new ItineraryItem(null, 1L, day, LocalTime.of(9, 0), LocalTime.of(10, 0), ItineraryKind.MEETING, "会见",
                null, null, null, null, null, null);
    }
}
