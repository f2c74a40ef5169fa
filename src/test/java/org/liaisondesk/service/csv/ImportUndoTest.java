package org.liaisondesk.service.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.domain.*;
import org.liaisondesk.service.Services;
import org.liaisondesk.service.csv.RecordCsv.OnDuplicate;

/** Undo of an import: what it created goes, what it updated comes back, while it is the latest change. */
class ImportUndoTest {
    static final Path CORPUS = Path.of("src/test/resources/csv");
    @TempDir Path dir;

    @Test
    void aCancelledImportWritesNothing() throws Exception {
        StringBuilder csv = new StringBuilder("name_zh,type,country\n");
        for (int i = 0; i < 1500; i++) csv.append("单位").append(i).append(",妇女组织,老挝\n");
        Path file = Files.writeString(dir.resolve("many.csv"), csv.toString());
        try (Services s = Services.open(dir.resolve("data"))) {
            java.util.List<Double> seen = new java.util.ArrayList<>();
            ImportResult r = s.importCsv("organizations", file, null, (char) 0, OnDuplicate.SKIP, false, false, f -> {
                seen.add(f);
                return seen.size() < 2;
            }, java.util.Map.of());
            assertThat(seen).hasSize(2).allSatisfy(f -> assertThat(f).isBetween(0.0, 1.0));
            assertThat(seen.get(1)).isGreaterThan(seen.get(0));
            assertThat(r.written()).isFalse();
            assertThat(r.problems()).extracting(CsvProblem::key).containsExactly("csv.cancelled");
            assertThat(s.organisations().count(RecordFilter.ALL)).isZero();
            assertThat(s.canUndoImport()).isFalse();
            assertThat(s.importCsv("organizations", file, null, (char) 0, OnDuplicate.SKIP, false, false, f -> true, java.util.Map.of()).created())
                    .isEqualTo(1500);
        }
    }

    static String exportNow(Services s, Path file) throws Exception {
        s.csv("organizations").export(file, StandardCharsets.UTF_8, true);
        return Files.readString(file);
    }

    @Test
    void undoRemovesWhatWasCreatedAndRestoresWhatWasUpdated() throws Exception {
        try (Services s = Services.open(dir.resolve("data"))) {
            s.sampleData().load(false);
            Path before = dir.resolve("before.csv"), after = dir.resolve("after.csv");
            s.csv("organizations").export(before, StandardCharsets.UTF_8, true);
            long count = s.organisations().count(RecordFilter.ALL);
            // Three of the GBK file's unions are in the sample (updated with the file's values); one is new.
            ImportResult r = s.importCsv("organizations", CORPUS.resolve("organizations-gbk-zh.csv"), null, (char) 0,
                    OnDuplicate.UPDATE, false, false, f -> true, java.util.Map.of());
            assertThat(r.created()).isEqualTo(1);
            assertThat(r.updated()).isEqualTo(3);
            assertThat(s.organisations().count(RecordFilter.ALL)).isEqualTo(count + 1);
            assertThat(Files.readString(dir.resolve("before.csv"))).isNotEqualTo(exportNow(s, dir.resolve("during.csv")));
            assertThat(s.canUndoImport()).isTrue();
            s.undoImport();
            assertThat(s.organisations().count(RecordFilter.ALL)).isEqualTo(count);
            s.csv("organizations").export(after, StandardCharsets.UTF_8, true);
            assertThat(Files.readAllBytes(after)).isEqualTo(Files.readAllBytes(before));
            assertThat(s.canUndoImport()).isFalse();

            s.importCsv("organizations", CORPUS.resolve("organizations-gbk-zh.csv"), null, (char) 0, OnDuplicate.UPDATE,
                    false, false, f -> true, java.util.Map.of());
            s.organisations().create(new Organisation(null, "后来的单位", null, null, null, OrganisationType.NGO, "LA",
                    null, null, null, null, null, null, null, OrganisationStatus.ACTIVE, null, Tags.NONE, null, null));
            assertThat(s.canUndoImport()).as("something changed since").isFalse();
            assertThatThrownBy(s::undoImport).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("error.import.undo");
        }
    }
}
