package org.liaisondesk.ui.delegations;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongConsumer;
import org.liaisondesk.domain.Delegation;
import org.liaisondesk.domain.ItineraryItem;
import org.liaisondesk.domain.ItineraryKind;
import org.liaisondesk.domain.Messages;
import org.liaisondesk.domain.PartialDate;
import org.liaisondesk.domain.Problem;
import org.liaisondesk.domain.RecordKind;
import org.liaisondesk.domain.Validation;
import org.liaisondesk.service.Services;
import org.liaisondesk.ui.common.TaskRunner;
import org.liaisondesk.ui.form.FormField;
import org.liaisondesk.ui.form.RecordFormViewModel;

/** One item of a visit's day-by-day programme; it must lie within the visit's dates. */
public final class ItineraryFormViewModel extends RecordFormViewModel<ItineraryItem> {
    private final Delegation delegation;
    private final FormField date, start, end, kind, title, venue, ours, attire, interpreter, vehicle, notes;

    /** @param original the item to edit or copy, or null for a new one on {@code day} */
    public ItineraryFormViewModel(Services services, Delegation delegation, ItineraryItem original, boolean copy,
                                  LocalDate day, Locale locale, TaskRunner tasks, LongConsumer saved) {
        super(services, locale, tasks, saved);
        this.delegation = delegation;
        group("form.group.main");
        date = required(date("date", "detail.col.date")).hint("field.itemDate.hint");
        start = text("start_time", "field.startTime").hint("field.time.hint");
        end = text("end_time", "field.endTime").hint("field.time.hint");
        kind = choice("kind", "column.kind", ItineraryKind.class);
        title = required(text("title", "field.activity"));
        venue = text("venue", "detail.col.venue");
        group("form.group.people");
        ours = text("ours", "detail.col.ours");
        attire = text("attire", "field.attire");
        interpreter = text("interpreter", "detail.col.interpreter");
        vehicle = text("vehicle", "detail.col.vehicle");
        notes = area("notes", "field.notes");
        if (day != null) date.set(PartialDate.of(day));
        begin(original, copy);
    }

    @Override public RecordKind kind() { return RecordKind.ITINERARY_ITEM; }
    @Override protected List<Problem> rules(ItineraryItem i) { return Validation.itinerary(i, delegation); }
    @Override protected Long id(ItineraryItem i) { return i.id(); }
    @Override protected String name(ItineraryItem i) { return i.itemDate() + " " + i.title(); }

    @Override
    public String title() { return delegation.code() + " · " + super.title(); }

    @Override
    protected Map<String, String> readProblems() {
        Map<String, String> out = new LinkedHashMap<>();
        PartialDate d = date.date();
        if (d != null && d.precision() != PartialDate.Precision.DAY) out.put("date", text("error.itinerary.day"));
        for (FormField f : List.of(start, end)) {
            if (f.value() != null && time(f) == null) out.put(f.name(), text("error.time.format"));
        }
        return out;
    }

    @Override
    protected void fill(ItineraryItem i) {
        date.set(PartialDate.of(i.itemDate()));
        start.set(i.startTime() == null ? null : i.startTime().toString());
        end.set(i.endTime() == null ? null : i.endTime().toString());
        if (i.kind() != null) kind.choose(i.kind().name());
        title.set(i.title());
        venue.set(i.venue());
        ours.set(i.ourParticipants());
        attire.set(i.attire());
        interpreter.set(i.interpreter());
        vehicle.set(i.vehicle());
        notes.set(i.notes());
    }

    @Override
    protected ItineraryItem build(Long id) {
        PartialDate d = date.date();
        LocalDate day = d == null || d.precision() != PartialDate.Precision.DAY ? null : d.start();
        return new ItineraryItem(id, delegation.id(), day, time(start), time(end), kind.choice(ItineraryKind.class),
                title.value(), venue.value(), ours.value(), attire.value(), interpreter.value(), vehicle.value(),
                notes.value());
    }

    @Override
    protected long write(ItineraryItem i) {
        if (i.id() == null) return services.delegations().addItineraryItem(i);
        services.delegations().updateItineraryItem(i);
        return i.id();
    }

    /** 9:30, 09:30 or 0930 (full-width digits and colon too); null when empty or unreadable. */
    static LocalTime time(FormField f) {
        String v = f.value();
        if (v == null) return null;
        String t = org.liaisondesk.domain.Numbers.halfWidth(v).replace('：', ':').replace('.', ':').strip();
        if (t.matches("\\d{3,4}")) t = t.substring(0, t.length() - 2) + ":" + t.substring(t.length() - 2);
        if (t.matches("\\d:\\d{2}")) t = "0" + t;
        try {
            return LocalTime.parse(t);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private String text(String key) { return Messages.format(locale, key, List.of()); }
}
