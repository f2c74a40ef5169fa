package org.liaisondesk.service.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.domain.report.AnnualReport;
import org.liaisondesk.domain.report.MonthCount;
import org.liaisondesk.domain.report.ReportLine;
import org.liaisondesk.domain.report.Tally;
import org.liaisondesk.service.Services;

/** The sample data's figures, counted by hand from InterviewFacts and SampleVisits. */
class AnnualReportServiceTest {
    @TempDir static Path dir;
    static Services s;

    @BeforeAll
    static void open() {
        s = Services.open(dir);
        s.sampleData().load(false);
    }

    @AfterAll
    static void close() { s.close(); }

    @Test
    void twentyEighteenHasFourEventsTheChiangMaiOfficeAndTwoNewPartners() {
        AnnualReport r = s.reports().report(2018);
        var c = r.current();
        // Events of 2018: Dragon Boat market (2018-06-07, Chiang Mai), border exchange (2018-07, Pu'er),
        // entrepreneurship conference (2018-07, Pu'er), Lijiang exchange (2018).
        assertThat(c.events()).isEqualTo(4);
        assertThat(c.delegationsIn() + c.delegationsOut()).isZero();
        // Countries/regions other than China: Thailand (market), Laos (border exchange and conference).
        assertThat(c.countries()).isEqualTo(2);
        // Taiwan Women's Groups Exchange and Chiang Mai Women's Development Association, partners since 2018.
        assertThat(c.partnersNew()).isEqualTo(2);
        // Offices: Muse (2014-09-17) and the Chiang Mai sub-centre (2018), the latter new.
        assertThat(c.officesActive()).isEqualTo(2);
        assertThat(c.officesNew()).isEqualTo(1);
        assertThat(c.agreementsSigned() + c.agreementsExpired() + c.giftsGiven() + c.giftsReceived()).isZero();
        // Every project of the interview is completed without an end date: counted only in its first year.
        assertThat(c.projectsActive()).isZero();
        assertThat(r.previous().events()).as("2017: the Luang Prabang – Xishuangbanna exchange").isEqualTo(1);
        assertThat(r.previous().partnersNew()).as("2017: Macao Women's Friendship Society").isEqualTo(1);

        assertThat(r.months()).containsExactly(new MonthCount(0, 0, 0, 1), new MonthCount(6, 0, 0, 1),
                new MonthCount(7, 0, 0, 2));
        assertThat(r.eventKinds()).extracting(Tally::key, Tally::count, Tally::previous).containsExactly(
                org.assertj.core.groups.Tuple.tuple("EXCHANGE_VISIT", 2L, 1L),
                org.assertj.core.groups.Tuple.tuple("COMMUNITY", 1L, 0L),
                org.assertj.core.groups.Tuple.tuple("CONFERENCE", 1L, 0L));
        assertThat(r.eventCountries()).extracting(Tally::key, Tally::count).containsExactly(
                org.assertj.core.groups.Tuple.tuple("CN", 3L), org.assertj.core.groups.Tuple.tuple("TH", 1L));
        assertThat(r.offices()).extracting(ReportLine::country).containsExactly("MM", "TH");
        assertThat(r.partners()).extracting(ReportLine::relatedEn).containsExactlyInAnyOrder(
                "Taiwan Women's Groups Exchange (sample)", "Chiang Mai Women's Development Association (sample)");
        assertThat(r.events()).hasSize(4);
    }

    @Test
    void twentyNineteenCountsTheLaoCaiVisitItsPeopleAndGifts() {
        var c = s.reports().report(2019).current();
        assertThat(c.delegationsIn()).isEqualTo(1);
        assertThat(c.peopleIn()).isEqualTo(6);
        assertThat(c.agreementsSigned()).as("MoU with Phongsaly, 2019-03-15").isEqualTo(1);
        assertThat(c.giftsGiven()).isEqualTo(1);
        assertThat(c.giftsGivenCny()).isEqualByComparingTo("180");
        assertThat(c.giftsReceivedCny()).isEqualByComparingTo("600");
        // Vietnam (the visit), Hong Kong (the symposium's organiser is in HK, but it was held in China with China only).
        assertThat(c.countries()).isEqualTo(1);
        assertThat(s.reports().report(2019).delegationCountries()).extracting(Tally::key, Tally::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("VN", 1L));
    }

    @Test
    void anImpossibleYearIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.reports().report(1200))
                .hasMessageContaining("report.error.year");
    }

    @Test
    void thePdfHasEverySectionAndTheCsvOneTablePerSection(@TempDir Path out) throws Exception {
        AnnualReport r = s.reports().report(2018);
        Path pdf = out.resolve("r.pdf"), csv = out.resolve("r.csv");
        s.reports().write(r, org.liaisondesk.service.sheet.SheetLanguage.BOTH, pdf, java.time.LocalDate.of(2026, 11, 27));
        String text;
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        }
        assertThat(text).contains("2018年度外事工作统计", "Foreign affairs work in 2018", "总体情况", "按月份",
                "活动类型", "活动举办地", "团组往来的国家/地区", "协议签署、续签与到期", "在实施项目", "新建立合作关系的单位",
                "境外机构", "Offices abroad", "十一、", "端午节社区集市", "清迈分中心", "Page 1 of");
        s.reports().write(r, org.liaisondesk.service.sheet.SheetLanguage.ZH, csv, java.time.LocalDate.of(2026, 11, 27));
        java.util.List<String> lines = java.nio.file.Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo("\uFEFF2018年度外事工作统计");
        assertThat(lines).contains("总体情况", "项目,2018,2017,增减", "举办活动（场）,4,1,+3", "活动类型", "交流访问,2,1");
        assertThat(lines.stream().filter(String::isEmpty).count()).as("a blank line after the title and each of 11 tables")
                .isEqualTo(12);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.reports().write(r,
                org.liaisondesk.service.sheet.SheetLanguage.ZH, out.resolve("r.docx"), java.time.LocalDate.now()))
                .hasMessageContaining("report.error.format");
    }
}
