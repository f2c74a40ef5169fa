package org.liaisondesk.ui.dashboard;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import org.liaisondesk.domain.Messages;
import org.liaisondesk.domain.RecordKind;

/**
 * The dashboard for now: how many records of each kind there are, and the sample-data offer
 * while the database is empty. Reminders and the annual report come with their own issue.
 */
public final class DashboardViewModel {
    /** The kinds shown as tiles, in the office's order of importance. */
    public static final List<RecordKind> TILES = List.of(RecordKind.DELEGATION, RecordKind.ORGANISATION,
            RecordKind.CONTACT, RecordKind.AGREEMENT, RecordKind.PROJECT, RecordKind.EVENT, RecordKind.OFFICE_ABROAD,
            RecordKind.DELEGATION_MEMBER, RecordKind.ITINERARY_ITEM, RecordKind.GIFT);

    private final ReadOnlyObjectProperty<Map<RecordKind, Long>> counts;
    private final ReadOnlyLongProperty inventedRecords;
    private final Locale locale;
    private final Runnable loadSample;

    public DashboardViewModel(ReadOnlyObjectProperty<Map<RecordKind, Long>> counts, ReadOnlyLongProperty inventedRecords,
                              Locale locale, Runnable loadSample) {
        this.counts = counts;
        this.inventedRecords = inventedRecords;
        this.locale = locale;
        this.loadSample = loadSample;
    }

    public String label(RecordKind kind) { return Messages.format(locale, "dashboard.tile." + kind.name(), List.of()); }

    /** Says how many invented sample records there are; empty when there are none. */
    public StringBinding sampleNotice() {
        return Bindings.createStringBinding(() -> inventedRecords.get() == 0 ? ""
                : Messages.format(locale, "dashboard.samples", List.of(inventedRecords.get())), inventedRecords);
    }

    public StringBinding countText(RecordKind kind) {
        return Bindings.createStringBinding(() -> {
            Long n = counts.get().get(kind);
            return n == null ? "–" : String.format(locale, "%,d", n);
        }, counts);
    }

    /** True once counts are known and every one is zero. */
    public BooleanBinding emptyProperty() {
        return Bindings.createBooleanBinding(() -> !counts.get().isEmpty()
                && counts.get().values().stream().allMatch(n -> n == 0), counts);
    }

    public void loadSample() { loadSample.run(); }
}
