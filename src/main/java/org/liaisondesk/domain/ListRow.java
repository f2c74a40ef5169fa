package org.liaisondesk.domain;

/**
 * One line of a record list as the user sees it: the record's id, its cells already in the
 * user's language, and what the filters compare against (kind: an organisation's type, a delegation's direction…). Kept small: 100,000 of them stay in memory.
 */
public record ListRow(long id, String[] cells, String search, String country, String status, int year, String kind) {
    public ListRow(long id, String[] cells, String search, String country, String status, int year) {
        this(id, cells, search, country, status, year, null);
    }

    public static final int NO_YEAR = Integer.MIN_VALUE;

    public String cell(int column) { return cells[column]; }
}
