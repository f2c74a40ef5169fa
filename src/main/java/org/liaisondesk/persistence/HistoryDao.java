package org.liaisondesk.persistence;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.liaisondesk.domain.HistoryEntry;

/** The change history of main records. */
public interface HistoryDao {
    @SqlUpdate("INSERT INTO change_history (record_kind, record_id, action, title, changes, snapshot)"
            + " VALUES (:kind, :id, :action, :title, :changes, :snapshot)")
    void add(@Bind("kind") String kind, @Bind("id") long id, @Bind("action") String action, @Bind("title") String title,
             @Bind("changes") String changes, @Bind("snapshot") String snapshot);

    /** A change to a part of a record (a member of a delegation, say), kept with that record. */
    @SqlUpdate("INSERT INTO change_history (record_kind, record_id, action, title, changes, parent_kind, parent_id)"
            + " VALUES (:kind, :id, :action, :title, :changes, :parentKind, :parentId)")
    void addPart(@Bind("kind") String kind, @Bind("id") long id, @Bind("action") String action, @Bind("title") String title,
                 @Bind("changes") String changes, @Bind("parentKind") String parentKind, @Bind("parentId") long parentId);

    /** Deletes that can be undone from the history (they kept what they removed), newest first. */
    @SqlQuery("SELECT id, changed_at, record_kind, record_id, action, title, changes FROM change_history"
            + " WHERE action = 'DELETE' AND snapshot IS NOT NULL ORDER BY changed_at DESC, id DESC LIMIT :limit")
    @RegisterConstructorMapper(HistoryEntry.class)
    List<HistoryEntry> deletes(@Bind("limit") int limit);

    @SqlQuery("SELECT snapshot FROM change_history WHERE id = :id AND action = 'DELETE'")
    java.util.Optional<String> snapshot(@Bind("id") long historyId);

    @SqlQuery("SELECT id, changed_at, record_kind, record_id, action, title, changes FROM change_history"
            + " WHERE (record_kind = :kind AND record_id = :id) OR (parent_kind = :kind AND parent_id = :id)"
            + " ORDER BY changed_at DESC, id DESC")
    @RegisterConstructorMapper(HistoryEntry.class)
    List<HistoryEntry> of(@Bind("kind") String kind, @Bind("id") long id);
}
