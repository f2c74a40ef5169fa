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

/** The contacts file: organisations by name, passports as keys, native scripts, the round trip. */
class ContactCsvTest {
    static final Path CORPUS = Path.of("src/test/resources/csv");
    @TempDir Path dir;

    @Test
    void contactsFindTheirOrganisationsAndAnUnknownOneIsNamed() throws Exception {
        try (Services s = Services.open(dir.resolve("data"))) {
            s.organisationCsv().importFile(CORPUS.resolve("organizations-gbk-zh.csv"), null, (char) 0, OnDuplicate.SKIP, false, false);
            ImportResult r = s.contactCsv().importFile(CORPUS.resolve("contacts-utf8-bom.csv"), null, (char) 0,
                    OnDuplicate.SKIP, false, false);
            assertThat(r.summary()).isEqualTo("created 0, updated 0, skipped 0, failed 1");
            assertThat(r.problems()).singleElement().satisfies(p -> {
                assertThat(p.line()).isEqualTo(5);
                assertThat(p.column()).isEqualTo("organization");
                assertThat(p.value()).isEqualTo("不存在的单位");
            });
            assertThat(s.contacts().count(RecordFilter.ALL)).isZero();

            ImportResult valid = s.contactCsv().importFile(CORPUS.resolve("contacts-utf8-bom.csv"), null, (char) 0,
                    OnDuplicate.SKIP, true, false);
            assertThat(valid.summary()).isEqualTo("created 3, updated 0, skipped 0, failed 1");
            Contact somsavath = s.contacts().list(RecordFilter.ALL.withText("宋萨瓦")).get(0);
            Organisation phongsaly = s.organisations().list(RecordFilter.ALL.withText("丰沙里")).get(0);
            assertThat(somsavath.organisationId()).isEqualTo(phongsaly.id());
            assertThat(somsavath.nameLocal()).isEqualTo("ສົມສະຫວາດ ພົມມະຈັນ");
            assertThat(somsavath.gender()).isEqualTo(Gender.FEMALE);
            assertThat(somsavath.passportExpiry()).isEqualTo(PartialDate.ofMonth(2030, 2));
            assertThat(somsavath.phone()).isEqualTo("+856 20 5555 1234");
            assertThat(s.contacts().list(RecordFilter.ALL.withText("杜丹丹")).get(0).nationality()).isEqualTo("MM");

            assertThat(s.contactCsv().importFile(CORPUS.resolve("contacts-utf8-bom.csv"), null, (char) 0,
                    OnDuplicate.UPDATE, true, false).summary()).isEqualTo("created 0, updated 3, skipped 0, failed 1");

            Path first = dir.resolve("contacts.csv"), second = dir.resolve("again.csv");
            // The round trip needs the numbers in full; a default export masks them.
            assertThat(s.contactCsv().export(first, StandardCharsets.UTF_8, true, null, true)).isEqualTo(3);
            Path orgs = dir.resolve("orgs.csv");
            s.organisationCsv().export(orgs, StandardCharsets.UTF_8, true);
            try (Services empty = Services.open(dir.resolve("other"))) {
                empty.organisationCsv().importFile(orgs, null, (char) 0, OnDuplicate.SKIP, false, false);
                assertThat(empty.contactCsv().importFile(first, null, (char) 0, OnDuplicate.SKIP, false, false).summary())
                        .isEqualTo("created 3, updated 0, skipped 0, failed 0");
                empty.contactCsv().export(second, StandardCharsets.UTF_8, true, null, true);
            }
            assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
            Path masked = dir.resolve("masked.csv");
            s.contactCsv().export(masked, StandardCharsets.UTF_8, true);
            String text = Files.readString(masked);
            assertThat(text).contains("••••");
            // Importing a masked file over the records (UPDATE) keeps every passport number on record.
            java.util.Map<Long, String> before = new java.util.HashMap<>();
            for (var c : s.contacts().list(RecordFilter.ALL)) before.put(c.id(), c.passportNo());
            s.contactCsv().importFile(masked, null, (char) 0, OnDuplicate.UPDATE, false, false);
            for (var c : s.contacts().list(RecordFilter.ALL)) assertThat(c.passportNo()).isEqualTo(before.get(c.id()));
        }
    }

    @Test
    void namesakesAreResolvedByTheNationalityOrReportedNeverGuessed() throws Exception {
        try (Services s = Services.open(dir.resolve("data"))) {
            for (String country : new String[]{"LA", "VN"}) {
                s.organisations().create(new Organisation(null, "妇女联合会", null, null, null, OrganisationType.WOMENS_ORGANISATION,
                        country, null, null, null, null, null, null, null, OrganisationStatus.ACTIVE, null, Tags.NONE, null, null));
            }
            Path file = Files.writeString(dir.resolve("c.csv"), "中文姓名,单位,国籍\n甲,妇女联合会,越南\n乙,妇女联合会,泰国\n");
            ImportResult r = s.contactCsv().importFile(file, null, (char) 0, OnDuplicate.SKIP, true, false);
            assertThat(r.summary()).isEqualTo("created 1, updated 0, skipped 0, failed 1");
            assertThat(r.problems()).singleElement().extracting(CsvProblem::key).isEqualTo("csv.row.ambiguousOrganisation");
            Contact jia = s.contacts().list(RecordFilter.ALL.withText("甲")).get(0);
            assertThat(s.organisations().find(jia.organisationId()).orElseThrow().country()).isEqualTo("VN");
            Path events = Files.writeString(dir.resolve("e.csv"), "title,kind,start,country,organizers\n会,FORUM,2024,LA,妇女联合会\n");
            assertThat(s.csv("events").importFile(events, null, (char) 0, OnDuplicate.SKIP, false, false).problems())
                    .extracting(CsvProblem::key).containsExactly("csv.row.ambiguousOrganisation");
        }
    }

    @Test
    void anUpdatingImportKeepsWhatTheContactsFileHasNoColumnFor() throws Exception {
        try (Services s = Services.open(dir.resolve("keep"))) {
            long id = s.contacts().create(new Contact(null, "宾玛", null, null, Gender.FEMALE, null, null, "MM", null, null,
                    null, "viber:1", null, PartialDate.ofYear(1975), "MA000001", null, null, "佛教", "轮椅", true, null,
                    Tags.of("重点"), null, null));
            Path file = dir.resolve("keep.csv");
            s.contactCsv().export(file, StandardCharsets.UTF_8, true);
            Files.writeString(file, Files.readString(file).replace("宾玛,", "宾玛,Daw Bin Ma"));
            s.contactCsv().importFile(file, null, (char) 0, OnDuplicate.UPDATE, false, false);
            Contact after = s.contacts().find(id).orElseThrow();
            assertThat(after.nameEn()).isEqualTo("Daw Bin Ma");
            assertThat(after).extracting(Contact::messenger, Contact::dateOfBirth, Contact::passportNo, Contact::religion,
                    Contact::accessNotes, Contact::overseasChinese, Contact::tags)
                    .containsExactly("viber:1", PartialDate.ofYear(1975), "MA000001", "佛教", "轮椅", true, Tags.of("重点"));
        }
    }
}
