package org.liaisondesk.persistence;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.liaisondesk.domain.Attachment;
import org.liaisondesk.domain.RecordKind;

@RegisterConstructorMapper(Attachment.class)
public interface AttachmentDao {
    @SqlUpdate("INSERT INTO attachment (owner_kind, owner_id, file_name, content_hash, size_bytes, caption)"
            + " VALUES (:ownerKind, :ownerId, :fileName, :contentHash, :sizeBytes, :caption)")
    @GetGeneratedKeys("id")
    long insert(@BindMethods Attachment a);

    /** Puts a removed entry back under its id (undo). */
    @SqlUpdate("INSERT INTO attachment (id, owner_kind, owner_id, file_name, content_hash, size_bytes, caption, added_at)"
            + " VALUES (:id, :ownerKind, :ownerId, :fileName, :contentHash, :sizeBytes, :caption, :addedAt)")
    void restore(@BindMethods Attachment a);

    @SqlUpdate("UPDATE attachment SET caption = :caption WHERE id = :id")
    int caption(@Bind("id") long id, @Bind("caption") String caption);

    @SqlUpdate("DELETE FROM attachment WHERE id = ?")
    int delete(long id);

    @SqlQuery("SELECT * FROM attachment WHERE id = ?")
    Optional<Attachment> find(long id);

    @SqlQuery("SELECT * FROM attachment WHERE owner_kind = ? AND owner_id = ? ORDER BY added_at, id")
    List<Attachment> of(RecordKind kind, long ownerId);

    @SqlQuery("SELECT COUNT(*) FROM attachment WHERE content_hash = ?")
    long countByHash(String hash);
}
