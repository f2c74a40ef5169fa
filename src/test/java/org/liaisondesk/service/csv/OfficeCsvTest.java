package org.liaisondesk.service.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.domain.*;
import org.liaisondesk.service.Services;
import org.liaisondesk.service.csv.RecordCsv.OnDuplicate;

class OfficeCsvTest {
    @TempDir Path dir;

    @Test
    void anUpdatingImportKeepsTheClosingDateAndTagsTheFileHasNoColumnFor() throws Exception {
        try (Services s = Services.open(dir.resolve("data"))) {
            long id = s.offices().create(new OfficeAbroad(null, "木姐项目办公室", "MM", "Muse", PartialDate.ofDay(2014, 9, 17),
                    null, null, OfficeStatus.CLOSED, PartialDate.ofYear(2024), "旧备注", Tags.of("重点"), null, null));
            Path file = dir.resolve("offices.csv");
            s.csv("offices").export(file, StandardCharsets.UTF_8, true);
            Files.writeString(file, Files.readString(file).replace("旧备注", "新备注"));
            s.csv("offices").importFile(file, null, (char) 0, OnDuplicate.UPDATE, false, false);
            OfficeAbroad after = s.offices().find(id).orElseThrow();
            assertThat(after.notes()).isEqualTo("新备注");
            assertThat(after.closedOn()).isEqualTo(PartialDate.ofYear(2024));
            assertThat(after.tags()).isEqualTo(Tags.of("重点"));
        }
    }
}
