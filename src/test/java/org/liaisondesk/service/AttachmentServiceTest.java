package org.liaisondesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.domain.*;

class AttachmentServiceTest {
    @TempDir Path dir;
    Services s;
    long org;

    @BeforeEach
    void open() {
        s = Services.open(dir.resolve("data"));
        org = s.organisations().create(new Organisation(null, "老挝妇女联合会", null, null, null, OrganisationType.WOMENS_ORGANISATION,
                "LA", null, null, null, null, null, null, null, null, null, Tags.NONE, null, null));
    }

    @AfterEach
    void close() { s.close(); }

    @Test
    void aFileIsCopiedUnderItsHashSoMovingTheOriginalBreaksNothing() throws Exception {
        Path scan = Files.writeString(dir.resolve("备忘录.pdf"), "%PDF-1.4 scan");
        Attachment a = s.attachments().add(RecordKind.ORGANISATION, org, scan);
        Files.move(scan, dir.resolve("renamed.pdf"));
        assertThat(a.fileName()).isEqualTo("备忘录.pdf");
        assertThat(a.sizeBytes()).isEqualTo(13);
        assertThat(s.attachments().file(a)).startsWith(dir.resolve("data")).hasContent("%PDF-1.4 scan");
        assertThat(s.attachments().file(a).getFileName().toString()).isEqualTo(a.contentHash()).hasSize(64);

        Attachment again = s.attachments().add(RecordKind.ORGANISATION, org, dir.resolve("renamed.pdf"));
        assertThat(again.contentHash()).isEqualTo(a.contentHash());
        s.attachments().caption(again.id(), " 签字页 ");
        assertThat(s.attachments().of(RecordKind.ORGANISATION, org)).extracting(Attachment::caption).containsExactly(null, "签字页");

        s.attachments().remove(a.id());
        assertThat(s.attachments().file(again)).as("still used by the other entry").exists();
        s.attachments().remove(again.id());
        assertThat(s.attachments().file(again)).doesNotExist();
        assertThat(s.attachments().of(RecordKind.ORGANISATION, org)).isEmpty();
    }

    @Test
    void aMissingFileIsRefusedAndNothingIsRecorded() {
        assertThatThrownBy(() -> s.attachments().add(RecordKind.ORGANISATION, org, dir.resolve("gone.jpg")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("error.attachment.read");
        assertThat(s.attachments().of(RecordKind.ORGANISATION, org)).isEmpty();
    }

    @Test
    void anUndoneDeleteBringsTheAttachmentsBack() throws Exception {
        Attachment a = s.attachments().add(RecordKind.ORGANISATION, org, Files.writeString(dir.resolve("photo.jpg"), "jpeg"));
        DeletedRecord<Organisation> gone = s.organisations().deleteUndoably(org);
        assertThat(s.attachments().of(RecordKind.ORGANISATION, org)).isEmpty();
        s.organisations().restore(gone);
        assertThat(s.attachments().of(RecordKind.ORGANISATION, org)).containsExactly(a);
        assertThat(s.attachments().file(a)).exists();
    }
}
