package org.liaisondesk.persistence;

import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Figures across tables that no single record DAO owns. */
public interface StatisticsDao {
    /** Records carrying the tag, over every table that has tags (tags are stored "a;b;c"). */
    @SqlQuery("SELECT (SELECT COUNT(*) FROM organisation WHERE (';' || tags || ';') LIKE :p)"
            + " + (SELECT COUNT(*) FROM contact WHERE (';' || tags || ';') LIKE :p)"
            + " + (SELECT COUNT(*) FROM agreement WHERE (';' || tags || ';') LIKE :p)"
            + " + (SELECT COUNT(*) FROM delegation WHERE (';' || tags || ';') LIKE :p)"
            + " + (SELECT COUNT(*) FROM project WHERE (';' || tags || ';') LIKE :p)"
            + " + (SELECT COUNT(*) FROM event WHERE (';' || tags || ';') LIKE :p)"
            + " + (SELECT COUNT(*) FROM office_abroad WHERE (';' || tags || ';') LIKE :p)")
    long countTagged(String p);
}
