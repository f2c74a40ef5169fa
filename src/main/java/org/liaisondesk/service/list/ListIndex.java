package org.liaisondesk.service.list;

import org.liaisondesk.domain.ListColumn;
import org.liaisondesk.domain.ListQuery;
import org.liaisondesk.domain.ListRow;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Every row of one record list, in memory, so that filtering 100,000 rows as the user types takes
 * milliseconds rather than a table scan per keystroke. Rows arrive in the list's natural order.
 */
public final class ListIndex {
    private static final int RECENT = 12;
    private final List<ListRow> rows;
    private final long version;
    private final Map<ListQuery, List<ListRow>> recent = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ListQuery, List<ListRow>> eldest) { return size() > RECENT; }
    };

    public ListIndex(List<ListRow> rows, long version) {
        this.rows = List.copyOf(rows);
        this.version = version;
    }

    public long version() { return version; }

    public int size() { return rows.size(); }

    /**
     * The rows that match, in natural order. Recent results are kept: typing one more letter
     * filters the previous result instead of every row, and backspace finds its answer ready.
     */
    public synchronized List<ListRow> filter(ListQuery q) {
        if (q.equals(ListQuery.ALL)) return rows;
        List<ListRow> known = recent.get(q);
        if (known != null) return known;
        List<ListRow> from = rows;
        for (Map.Entry<ListQuery, List<ListRow>> e : recent.entrySet()) {
            if (narrows(q, e.getKey()) && e.getValue().size() < from.size()) from = e.getValue();
        }
        List<ListRow> out = new ArrayList<>();
        for (ListRow r : from) if (q.matches(r)) out.add(r);
        recent.put(q, out);
        return out;
    }

    /** Every row matching {@code q} also matches {@code wider}: same other filters, wider text a part of q's. */
    private static boolean narrows(ListQuery q, ListQuery wider) {
        return java.util.Objects.equals(q.country(), wider.country()) && java.util.Objects.equals(q.status(), wider.status())
                && java.util.Objects.equals(q.kind(), wider.kind())
                && java.util.Objects.equals(q.fromYear(), wider.fromYear())
                && java.util.Objects.equals(q.toYear(), wider.toYear())
                && (wider.text() == null || q.text() != null && q.text().contains(wider.text()));
    }

    /** The rows with these ids, in natural order: a scan, which at 100,000 rows takes about a millisecond. */
    public List<ListRow> withIds(java.util.Collection<Long> ids) {
        List<ListRow> out = new ArrayList<>();
        if (ids.isEmpty()) return out;
        long[][] byId = idIndex();
        int[] found = ids.stream().distinct().mapToInt(id -> {
            int at = java.util.Arrays.binarySearch(byId[0], id);
            return at < 0 ? -1 : (int) byId[1][at];
        }).filter(i -> i >= 0).sorted().toArray();
        for (int i : found) out.add(rows.get(i));
        return out;
    }

    /** Ids in order with each row's place, built on first use: a page's related records are found without a scan. */
    private long[][] idIndex() {
        long[][] built = idIndex;
        if (built != null) return built;
        Integer[] order = new Integer[rows.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        java.util.Arrays.sort(order, java.util.Comparator.comparingLong(i -> rows.get(i).id()));
        built = new long[2][order.length];
        for (int i = 0; i < order.length; i++) {
            built[0][i] = rows.get(order[i]).id();
            built[1][i] = order[i];
        }
        idIndex = built;
        return built;
    }

    private volatile long[][] idIndex;

    /**
     * Sorts rows by a column: text as people of this language expect (pinyin order for Chinese),
     * ISO dates as text, numbers as numbers; empty cells last.
     */
    public static List<ListRow> sort(List<ListRow> rows, int column, ListColumn.Type type, boolean ascending,
                                     Locale locale) {
        if (type != ListColumn.Type.TEXT) {
            Comparator<String> values = type == ListColumn.Type.NUMBER
                    ? Comparator.comparingLong(Long::parseLong) : Comparator.naturalOrder();
            Comparator<ListRow> byCell = Comparator.comparing(r -> r.cell(column),
                    Comparator.nullsLast(ascending ? values : values.reversed()));
            List<ListRow> out = new ArrayList<>(rows);
            out.sort(byCell);
            return out;
        }
        Collator collator = Collator.getInstance(locale);
        // Collation keys once per row: comparing raw strings with a Collator is slow at 100,000 rows.
        record Keyed(java.text.CollationKey key, ListRow row) {}
        Keyed[] keyed = new Keyed[rows.size()];
        for (int i = 0; i < keyed.length; i++) {
            String v = rows.get(i).cell(column);
            keyed[i] = new Keyed(collator.getCollationKey(v == null ? "" : v), rows.get(i));
        }
        Comparator<Keyed> order = Comparator.comparing(Keyed::key);
        Arrays.sort(keyed, ascending ? order : order.reversed());
        List<ListRow> out = new ArrayList<>(keyed.length);
        for (Keyed k : keyed) out.add(k.row());
        return out;
    }
}
