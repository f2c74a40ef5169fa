package org.liaisondesk.service.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.domain.*;
import org.liaisondesk.service.Services;
import org.liaisondesk.service.csv.RecordCsv.OnDuplicate;

/** The organizations CSV file against the corpus in src/test/resources/csv. */
class OrganisationCsvTest {
    static final Path CORPUS = Path.of("src/test/resources/csv");
    @TempDir Path dir;
    Services s;

    @BeforeEach
    void open() { s = Services.open(dir.resolve("data")); }

    @AfterEach
    void close() { s.close(); }

    ImportResult importFile(String name, OnDuplicate d, boolean validOnly) {
        return s.organisationCsv().importFile(CORPUS.resolve(name), null, (char) 0, d, validOnly, false);
    }

    Organisation only(String text) { return s.organisations().list(RecordFilter.ALL.withText(text)).get(0); }

    @Test
    void aGbkFileWithChineseHeadersAsExcelSavesItGivesExactlyItsRecords() {
        CsvInput in = CsvInput.open(CORPUS.resolve("organizations-gbk-zh.csv"), null, (char) 0);
        assertThat(in.encoding()).isEqualTo(CsvInput.GB18030);
        assertThat(in.delimiter()).isEqualTo(',');
        ImportResult r = importFile("organizations-gbk-zh.csv", OnDuplicate.SKIP, false);
        assertThat(r.summary()).isEqualTo("created 4, updated 0, skipped 0, failed 0");
        assertThat(r.written()).isTrue();
        Organisation phongsaly = only("丰沙里");
        assertThat(phongsaly.nameLocal()).isEqualTo("ສະຫະພັນແມ່ຍິງແຂວງຜົ້ງສາລີ");
        assertThat(phongsaly.country()).isEqualTo("LA");
        assertThat(phongsaly.type()).isEqualTo(OrganisationType.WOMENS_ORGANISATION);
        assertThat(phongsaly.partnerSince()).isEqualTo(PartialDate.ofYear(2016));
        assertThat(phongsaly.phone()).isEqualTo("+856 88 210 123");
        assertThat(phongsaly.tags().values()).containsExactly("边境");
        assertThat(only("掸邦").partnerSince()).isEqualTo(PartialDate.ofDay(2018, 7, 15));
        assertThat(only("掸邦").nameLocal()).isEqualTo("ရှမ်းပြည်နယ် အမျိုးသမီးရေးရာအဖွဲ့ချုပ်");
        assertThat(only("老街").nameLocal()).isEqualTo("Hội Liên hiệp Phụ nữ tỉnh Lào Cai");
        assertThat(only("老街").partnerSince()).isEqualTo(PartialDate.ofMonth(2015, 11));
        Organisation chiangMai = only("清迈");
        assertThat(chiangMai.status()).isEqualTo(OrganisationStatus.PROSPECTIVE);
        assertThat(chiangMai.notes()).isEqualTo("说明：\r\n第二行，含逗号, 和\"引号\"");

        assertThat(importFile("organizations-gbk-zh.csv", OnDuplicate.SKIP, false).summary())
                .isEqualTo("created 0, updated 0, skipped 4, failed 0");
        assertThat(importFile("organizations-gbk-zh.csv", OnDuplicate.UPDATE, false).summary())
                .isEqualTo("created 0, updated 4, skipped 0, failed 0");
        assertThat(importFile("organizations-gbk-zh.csv", OnDuplicate.FAIL, false).written()).isFalse();
        assertThat(s.organisations().count(RecordFilter.ALL)).isEqualTo(4);
    }

    @Test
    void utf8WithBomSemicolonsEnglishHeadersAndTheFormulaEscapeUndone() {
        CsvInput in = CsvInput.open(CORPUS.resolve("organizations-utf8-bom-semicolon.csv"), null, (char) 0);
        assertThat(in.delimiter()).isEqualTo(';');
        ImportResult r = importFile("organizations-utf8-bom-semicolon.csv", OnDuplicate.SKIP, false);
        assertThat(r.summary()).isEqualTo("created 2, updated 0, skipped 0, failed 0");
        Organisation unWomen = only("UN Women");
        assertThat(unWomen.country()).as("Viet Nam").isEqualTo("VN");
        assertThat(unWomen.phone()).isEqualTo("+84 24 3850 0100");
        assertThat(unWomen.notes()).isEqualTo("=SUM(A1)");
        assertThat(only("Lao Women").country()).isEqualTo("LA");
    }

    @Test
    void badRowsAreAllNamedWithTheirLineAndNothingIsWrittenUnlessAsked() {
        ImportResult r = importFile("organizations-bad-rows.csv", OnDuplicate.SKIP, false);
        assertThat(r.written()).isFalse();
        assertThat(s.organisations().count(RecordFilter.ALL)).isZero();
        assertThat(r.failed()).isEqualTo(6);
        assertThat(r.problems()).extracting(CsvProblem::line).containsExactly(2L, 3L, 4L, 5L, 7L, 8L);
        assertThat(r.problems().get(0).describe(Locale.SIMPLIFIED_CHINESE)).contains("第 2 行", "2018-13-40");
        assertThat(r.problems().get(1).reason(Locale.ENGLISH)).contains("亚特兰蒂斯");
        assertThat(r.problems().get(4).reason(Locale.ENGLISH)).contains("line 6");
        assertThat(r.problems().get(5).key()).isEqualTo("csv.row.columns");

        ImportResult valid = importFile("organizations-bad-rows.csv", OnDuplicate.SKIP, true);
        assertThat(valid.summary()).isEqualTo("created 1, updated 0, skipped 0, failed 6");
        assertThat(s.organisations().count(RecordFilter.ALL)).isEqualTo(1);
    }

    @Test
    void brokenFilesAreRefusedWithAClearReasonAndChangeNothing() {
        for (String name : List.of("empty.csv", "picture.csv")) {
            assertThatThrownBy(() -> importFile(name, OnDuplicate.SKIP, false)).isInstanceOf(InvalidInputException.class);
        }
        assertThat(importFile("header-only.csv", OnDuplicate.SKIP, false).summary())
                .isEqualTo("created 0, updated 0, skipped 0, failed 0");
        ImportResult missing = importFile("missing-column.csv", OnDuplicate.SKIP, false);
        assertThat(missing.problems()).extracting(CsvProblem::key).contains("csv.column.missing");
        ImportResult wrongType = importFile("contacts-as-organizations.csv", OnDuplicate.SKIP, false);
        assertThat(wrongType.written()).isFalse();
        assertThat(wrongType.problems()).extracting(CsvProblem::key).contains("csv.column.unknown", "csv.column.missing");
        ImportResult unterminated = importFile("unterminated.csv", OnDuplicate.SKIP, false);
        assertThat(unterminated.written()).isFalse();
        assertThat(unterminated.failed()).isPositive();
        assertThat(s.organisations().count(RecordFilter.ALL)).isZero();
    }

    @Test
    void aTenMegabyteCellIsNamedAndAValueTooLongForItsFieldWritesNothing() throws Exception {
        Path big = dir.resolve("big.csv");
        Files.writeString(big, "name_zh,type,country,notes\n甲,妇女组织,老挝,\"" + "很".repeat(10_000_000) + "\"\n");
        ImportResult r = s.organisationCsv().importFile(big, null, (char) 0, OnDuplicate.SKIP, false, false);
        assertThat(r.written()).isFalse();
        assertThat(r.problems()).singleElement().extracting(CsvProblem::key).isEqualTo("csv.value.tooLong");
        Path longName = dir.resolve("long.csv");
        Files.writeString(longName, "name_zh,type,country\n" + "名".repeat(600) + ",妇女组织,老挝\n乙,妇女组织,老挝\n");
        assertThatThrownBy(() -> s.organisationCsv().importFile(longName, null, (char) 0, OnDuplicate.SKIP, false, false))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("error.csv.database");
        assertThat(s.organisations().count(RecordFilter.ALL)).isZero();
    }

    @Test
    void aGbkFileForcedAsUtf8IsReportedNotStoredAsMojibake() {
        assertThatThrownBy(() -> s.organisationCsv().importFile(CORPUS.resolve("organizations-gbk-zh.csv"),
                StandardCharsets.UTF_8, (char) 0, OnDuplicate.SKIP, false, false))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("error.csv.notUtf8");
        assertThat(s.organisations().count(RecordFilter.ALL)).isZero();
    }

    @Test
    void exportThenImportIntoAnEmptyDatabaseThenExportGivesTheSameBytes() throws Exception {
        importFile("organizations-gbk-zh.csv", OnDuplicate.SKIP, false);
        importFile("organizations-utf8-bom-semicolon.csv", OnDuplicate.SKIP, false);
        Path first = dir.resolve("first.csv"), second = dir.resolve("second.csv");
        assertThat(s.organisationCsv().export(first, StandardCharsets.UTF_8, true)).isEqualTo(6);
        byte[] bytes = Files.readAllBytes(first);
        assertThat(bytes[0] & 0xFF).isEqualTo(0xEF);
        assertThat(Files.readString(first)).contains("'=SUM(A1)", "'+84 24 3850 0100");
        try (Services empty = Services.open(dir.resolve("other"))) {
            ImportResult r = empty.organisationCsv().importFile(first, null, (char) 0, OnDuplicate.SKIP, false, false);
            assertThat(r.summary()).isEqualTo("created 6, updated 0, skipped 0, failed 0");
            empty.organisationCsv().export(second, StandardCharsets.UTF_8, true);
        }
        assertThat(Files.readAllBytes(second)).isEqualTo(bytes);
    }
}
