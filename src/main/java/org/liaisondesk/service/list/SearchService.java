package org.liaisondesk.service.list;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.liaisondesk.domain.ListQuery;
import org.liaisondesk.domain.ListRow;
import org.liaisondesk.domain.RecordKind;
import org.liaisondesk.domain.SearchHit;

/**
 * One box across every record list: the same in-memory indexes as the lists, so Chinese
 * substrings match without word splitting. Within a kind, a cell equal to the text ranks first,
 * then a cell starting with it, then the rest in the list's order.
 */
public final class SearchService {
    /** The kinds searched, in the order their groups are shown. */
    public static final List<RecordKind> KINDS = List.of(RecordKind.DELEGATION, RecordKind.ORGANISATION,
            RecordKind.CONTACT, RecordKind.AGREEMENT, RecordKind.PROJECT, RecordKind.EVENT, RecordKind.OFFICE_ABROAD);

    static final int RANK_WINDOW = 5_000;
    private final ListService lists;

    public SearchService(ListService lists) { this.lists = lists; }

    public List<SearchHit> search(String text, Locale locale, int perKind) {
        ListQuery q = new ListQuery(text, null, null, null, null);
        List<SearchHit> out = new ArrayList<>();
        if (q.text() == null) return out;
        for (RecordKind kind : KINDS) {
            List<ListRow> found = lists.index(kind, locale).filter(q);
            if (!found.isEmpty()) out.add(new SearchHit(kind, found.size(), best(found, q.text(), perKind)));
        }
        return out;
    }

    /**
     * The best few: exact, then prefix, then the rest. Only the first {@value #RANK_WINDOW} matches
     * (in list order) are ranked: a one- or two-letter query can match 200,000 rows, and ranking them
     * all took longer than a keystroke may; the next letter narrows the matches anyway.
     */
    private static List<ListRow> best(List<ListRow> found, String text, int limit) {
        List<ListRow> exact = new ArrayList<>();
        List<ListRow> prefix = new ArrayList<>();
        List<ListRow> rest = new ArrayList<>();
        for (ListRow r : found.size() > RANK_WINDOW ? found.subList(0, RANK_WINDOW) : found) {
            int rank = rank(r, text);
            List<ListRow> bucket = rank == 0 ? exact : rank == 1 ? prefix : rest;
            if (bucket.size() < limit) bucket.add(r);
            if (exact.size() >= limit) break;
        }
        List<ListRow> out = new ArrayList<>(exact);
        for (List<ListRow> more : List.of(prefix, rest)) {
            for (ListRow r : more) if (out.size() < limit) out.add(r);
        }
        return out;
    }

    /** 0: a cell is the text; 1: a cell starts with it; 2: it is inside. */
    static int rank(ListRow r, String text) {
        int best = 2;
        for (String cell : r.cells()) {
            // Compared in place, ignoring case: ranking may look at 100,000 rows per keystroke.
            if (cell == null || !cell.regionMatches(true, 0, text, 0, text.length())) continue;
            if (cell.length() == text.length()) return 0;
            best = 1;
        }
        return best;
    }

}
