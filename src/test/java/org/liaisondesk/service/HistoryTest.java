package org.liaisondesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.domain.*;

class HistoryTest {
    @TempDir Path dir;
    Services s;

    @BeforeEach
    void open() { s = Services.open(dir); }

    @AfterEach
    void close() { s.close(); }

    private Organisation org(Long id, String phone, String notes) {
        return new Organisation(id, "老街省妇联", "Lao Cai Women's Union", null, null, OrganisationType.WOMENS_ORGANISATION,
                "VN", null, "Lào Cai", null, null, null, phone, PartialDate.ofMonth(2015, 11), OrganisationStatus.ACTIVE,
                notes, Tags.NONE, null, null);
    }

    @Test
    void createUpdateDeleteAndRestoreAreRecordedWithTheFieldsThatChanged() {
        long id = s.organisations().create(org(null, "0214 3840 000", null));
        s.organisations().update(org(id, "0214 3840 111", "2026年互访"));
        s.organisations().update(org(id, "0214 3840 111", "2026年互访"));
        DeletedRecord<Organisation> gone = s.organisations().deleteUndoably(id);
        s.organisations().restore(gone);

        List<Change> h = s.history().of(RecordKind.ORGANISATION, id);
        assertThat(h).extracting(Change::action).containsExactly("RESTORE", "DELETE", "UPDATE", "CREATE");
        Change update = h.get(2);
        assertThat(update.title()).isEqualTo("老街省妇联");
        assertThat(update.fields()).containsExactly(new Change.Field("phone", "0214 3840 000", "0214 3840 111"),
                new Change.Field("notes", "", "2026年互访"));
        assertThat(h.get(3).fields()).contains(new Change.Field("partnerSince", "", "2015-11"),
                new Change.Field("type", "", "WOMENS_ORGANISATION"));
        assertThat(h.get(1).fields()).as("what was deleted").contains(new Change.Field("nameZh", "老街省妇联", ""));
    }

    @Test
    void projectsWithSitesAreRecordedToo() {
        long funder = s.organisations().create(org(null, null, null));
        Project p = new Project(null, "P-1", "项目", funder, List.of(), PartialDate.ofYear(2020), null, null, null,
                ProjectStatus.ACTIVE, null, null, null, null, Tags.NONE, null, null);
        long id = s.projects().create(p, List.of());
        assertThat(s.history().of(RecordKind.PROJECT, id)).extracting(Change::action).containsExactly("CREATE");
    }
}
