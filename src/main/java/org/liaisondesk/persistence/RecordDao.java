package org.liaisondesk.persistence;

import java.util.List;
import java.util.Optional;
import org.liaisondesk.domain.RecordFilter;

/**
 * What every main record's DAO offers; each DAO gives these methods their SQL. Lets one service
 * class serve every record family.
 */
public interface RecordDao<T> {
    long insert(T record);

    int update(T record);

    int delete(long id);

    Optional<T> find(long id);

    List<T> list(RecordFilter filter);

    long count(RecordFilter filter);

    /** Inserts a deleted record again under its own id (undo). */
    void restore(T record);
}
