package org.liaisondesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.domain.InvalidInputException;
import org.liaisondesk.domain.OfficeAbroad;
import org.liaisondesk.domain.PartialDate;
import org.liaisondesk.domain.Project;
import org.liaisondesk.domain.RecordFilter;
import org.liaisondesk.domain.RecordKind;

class SampleDataServiceTest {
    @TempDir Path dir;

    @Test
    void loadsTheInterviewFactsAtTheirPrecisionAndRefusesASecondLoad() {
        try (Services s = Services.open(dir)) {
            Map<RecordKind, Long> counts = s.sampleData().load(false);
            assertThat(counts.get(RecordKind.DELEGATION)).isGreaterThanOrEqualTo(5);
            assertThat(counts.get(RecordKind.DELEGATION_MEMBER)).isGreaterThan(15);
            assertThat(counts.get(RecordKind.ITINERARY_ITEM)).isGreaterThan(20);

            Project ilo = s.projects().list(RecordFilter.ALL.withText("ILO-MEKONG")).get(0);
            assertThat(ilo.startDate()).isEqualTo(PartialDate.ofYear(2000));
            assertThat(ilo.beneficiariesTotal()).isEqualTo(393_000);

            OfficeAbroad muse = s.offices().list(RecordFilter.ALL.withCountry("MM")).get(0);
            assertThat(muse.establishedOn()).isEqualTo(PartialDate.ofDay(2014, 9, 17));

            assertThat(s.agreements().list(RecordFilter.ALL.withText("YN-LC-2015")).get(0).signedOn())
                    .isEqualTo(PartialDate.ofMonth(2015, 11));

            assertThatThrownBy(() -> s.sampleData().load(false))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("error.demo.notEmpty");
            assertThat(s.sampleData().load(true)).isEqualTo(counts);
        }
    }
}
