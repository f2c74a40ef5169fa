package org.liaisondesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.domain.InvalidInputException;
import org.liaisondesk.domain.RecordFilter;
import org.liaisondesk.domain.RecordKind;
import org.liaisondesk.testing.Exports;

class DeletedRecordsTest {
    @TempDir Path dir;

    private static long first(RecordService<?> r) { return idOf(r.list(RecordFilter.ALL).get(0)); }

    private static long idOf(Object record) {
        try {
            return (Long) record.getClass().getMethod("id").invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyKindOfRecordDeletedComesBackFromTheHistoryAfterARestartWithItsPartsAndLinks() throws Exception {
        Path data = dir.resolve("data");
        Map<String, String> before;
        try (Services s = Services.open(data)) {
            s.sampleData().load(false);
            Path scan = dir.resolve("邀请函.pdf");
            Files.writeString(scan, "%PDF-1.4 sample");
            long visit = s.delegations().list(RecordFilter.ALL.withText("2026-IN-011")).get(0).id();
            s.attachments().add(RecordKind.DELEGATION, visit, scan);
            before = Exports.of(s, dir, "before");
            // Deleted in an order where later ones lost links to earlier ones; the rich visit (members,
            // programme, gifts, plan, budget, an attachment) among them.
            s.organisations().delete(s.organisations().list(RecordFilter.ALL.withText("老街")).get(0).id());
            s.delegations().delete(visit);
            for (RecordKind k : List.of(RecordKind.CONTACT, RecordKind.AGREEMENT, RecordKind.PROJECT, RecordKind.EVENT,
                    RecordKind.OFFICE_ABROAD)) {
                s.records(k).delete(first(s.records(k)));
            }
        }
        try (Services s = Services.open(data)) {
            List<DeletedRecords.Entry> gone = s.deleted().list();
            assertThat(gone).hasSize(7);
            assertThat(gone).extracting(DeletedRecords.Entry::kind).startsWith(RecordKind.OFFICE_ABROAD)
                    .endsWith(RecordKind.DELEGATION, RecordKind.ORGANISATION);
            assertThat(gone.get(6).title()).contains("老街");
            assertThat(gone.get(5).title()).startsWith("2026-IN-011 缅甸木姐");
            assertThat(Exports.of(s, dir, "deleted").get("delegation_members")).isNotEqualTo(before.get("delegation_members"));
            // Newest first, as the office would undo them.
            for (DeletedRecords.Entry e : gone) s.deleted().restore(e.historyId());
            assertThat(s.deleted().list()).isEmpty();
            Map<String, String> after = Exports.of(s, dir, "after");
            for (String type : Exports.TYPES) assertThat(after.get(type)).as(type).isEqualTo(before.get(type));
            long visit = s.delegations().list(RecordFilter.ALL.withText("2026-IN-011")).get(0).id();
            assertThat(s.attachments().of(RecordKind.DELEGATION, visit)).extracting(a -> a.fileName())
                    .containsExactly("邀请函.pdf");
            assertThatThrownBy(() -> s.deleted().restore(gone.get(0).historyId()))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> org.assertj.core.api.Assertions.assertThat(e.key()).isEqualTo("error.history.notDeleted"));
            assertThat(s.history().of(gone.get(0).kind(), gone.get(0).recordId())).extracting(c -> c.action())
                    .startsWith("RESTORE", "DELETE");
        }
    }

    @Test
    void aRecordWhoseOwnLinkIsGoneSaysSoAndChangesNothing() throws Exception {
        try (Services s = Services.open(dir.resolve("data"))) {
            s.sampleData().load(false);
            var contact = s.contacts().list(RecordFilter.ALL).stream().filter(c -> c.organisationId() != null).findFirst().orElseThrow();
            s.contacts().delete(contact.id());
            // Its organisation goes too, and stays gone.
            s.organisations().delete(contact.organisationId());
            DeletedRecords.Entry entry = s.deleted().list().stream().filter(e -> e.kind() == RecordKind.CONTACT).findFirst().orElseThrow();
            assertThatThrownBy(() -> s.deleted().restore(entry.historyId()))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> org.assertj.core.api.Assertions.assertThat(e.key()).isEqualTo("error.history.needsOther"));
            assertThat(s.contacts().find(contact.id())).isEmpty();
            assertThat(s.deleted().list()).hasSize(2);
        }
    }
}
