package org.liaisondesk.ui.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.liaisondesk.domain.ListRow;
import org.liaisondesk.domain.Messages;
import org.liaisondesk.domain.SearchHit;
import org.liaisondesk.service.Services;
import org.liaisondesk.ui.common.RecordEntry;
import org.liaisondesk.ui.common.TaskRunner;

/**
 * Global search (Ctrl+K): one box across every kind of record, results grouped by kind and
 * ranked, Enter opens the chosen one. Searching runs off the FX thread; a newer keystroke wins.
 */
public final class SearchViewModel {
    static final int PER_KIND = 8;

    private final Services services;
    private final Locale locale;
    private final TaskRunner tasks;
    private final Consumer<RecordEntry> opener;
    private final StringProperty query = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty();
    private final ObservableList<RecordEntry> entries = FXCollections.observableArrayList();
    private long requested;

    /** @param opener shows the chosen record */
    public SearchViewModel(Services services, Locale locale, TaskRunner tasks, Consumer<RecordEntry> opener) {
        this.services = services;
        this.locale = locale;
        this.tasks = tasks;
        this.opener = opener;
        status.set(text("search.hint"));
        query.addListener((o, a, b) -> search());
    }

    public StringProperty queryProperty() { return query; }
    public ReadOnlyStringProperty statusProperty() { return status; }
    public ObservableList<RecordEntry> entries() { return entries; }

    public void open(RecordEntry e) {
        if (e != null && !e.header()) opener.accept(e);
    }

    private void search() {
        String text = query.get();
        long ticket = ++requested;
        tasks.run(() -> services.search().search(text, locale, PER_KIND), hits -> {
            if (ticket != requested) return;
            List<RecordEntry> out = new ArrayList<>();
            int total = 0;
            for (SearchHit h : hits) {
                total += h.total();
                out.add(RecordEntry.header(h.kind(), Messages.format(locale, "search.group",
                        List.of(text("dashboard.tile." + h.kind().name()), String.format(locale, "%,d", h.total())))));
                for (ListRow r : h.best()) out.add(RecordEntry.of(h.kind(), r));
            }
            entries.setAll(out);
            status.set(text == null || text.isBlank() ? text("search.hint")
                    : total == 0 ? text("search.none") : Messages.format(locale, "search.found",
                    List.of(String.format(locale, "%,d", total))));
        }, t -> status.set(String.valueOf(t.getMessage())));
    }

    private String text(String key) { return Messages.format(locale, key, List.of()); }
}
