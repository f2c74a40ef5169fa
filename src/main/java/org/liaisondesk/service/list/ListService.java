package org.liaisondesk.service.list;

import org.liaisondesk.domain.ListColumn;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.liaisondesk.domain.RecordKind;
import org.liaisondesk.service.DataVersion;
import org.liaisondesk.service.Services;

/**
 * The record lists, kept in memory per kind and language and rebuilt when the data has changed
 * since. Building a list reads every record of its kind once; filtering then never touches the database.
 */
public final class ListService {
    private final Services services;
    private final DataVersion version;
    private final Map<String, ListIndex> indexes = new ConcurrentHashMap<>();

    public ListService(Services services, DataVersion version) {
        this.services = services;
        this.version = version;
    }

    public List<ListColumn> columns(RecordKind kind) { return RecordListings.COLUMNS.get(kind); }

    public static boolean hasList(RecordKind kind) { return RecordListings.COLUMNS.containsKey(kind); }

    /** The current index, built (or rebuilt after a change) when needed: call it off the FX thread. */
    public ListIndex index(RecordKind kind, Locale locale) {
        String key = kind + "/" + locale.toLanguageTag();
        long now = version.current();
        ListIndex cached = indexes.get(key);
        if (cached != null && cached.version() == now) return cached;
        ListIndex built = new ListIndex(new RecordListings(services, locale).rows(kind), now);
        indexes.put(key, built);
        return built;
    }
}
