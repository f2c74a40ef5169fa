package org.liaisondesk.ui.delegations;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongConsumer;
import org.liaisondesk.domain.Delegation;
import org.liaisondesk.domain.Gift;
import org.liaisondesk.domain.GiftDirection;
import org.liaisondesk.domain.Messages;
import org.liaisondesk.domain.PartialDate;
import org.liaisondesk.domain.Problem;
import org.liaisondesk.domain.RecordKind;
import org.liaisondesk.domain.Validation;
import org.liaisondesk.service.Services;
import org.liaisondesk.ui.common.TaskRunner;
import org.liaisondesk.ui.form.FormField;
import org.liaisondesk.ui.form.RecordFormViewModel;

/** A gift given or received during a visit; received gifts of 200 CNY or more are declared within a month. */
public final class GiftFormViewModel extends RecordFormViewModel<Gift> {
    private final Delegation delegation;
    private final FormField direction, item, counterpart, value, givenOn, declaredOn, notes;

    public GiftFormViewModel(Services services, Delegation delegation, Gift original, Locale locale, TaskRunner tasks,
                             LongConsumer saved) {
        super(services, locale, tasks, saved);
        this.delegation = delegation;
        group("form.group.main");
        direction = required(choice("direction", "column.direction", GiftDirection.class));
        item = required(text("item", "detail.col.item"));
        counterpart = text("counterpart", "detail.col.counterpart");
        value = number("value_cny", "field.valueCny");
        givenOn = required(date("date", "detail.col.date"));
        declaredOn = date("declaredOn", "field.declaredOn").hint("field.declaredOn.hint");
        notes = area("notes", "field.notes");
        direction.choose(GiftDirection.GIVEN.name());
        if (delegation.startDate() != null) givenOn.set(delegation.startDate().precision() == PartialDate.Precision.DAY
                ? delegation.startDate() : null);
        begin(original, false);
    }

    @Override public RecordKind kind() { return RecordKind.GIFT; }
    @Override protected List<Problem> rules(Gift g) { return Validation.gift(g); }
    @Override protected Long id(Gift g) { return g.id(); }
    @Override protected String name(Gift g) { return g.item(); }

    @Override
    public String title() { return delegation.code() + " · " + super.title(); }

    @Override
    protected Map<String, String> readProblems() {
        Map<String, String> out = new LinkedHashMap<>();
        for (FormField f : List.of(givenOn, declaredOn)) {
            PartialDate d = f.date();
            if (d != null && d.precision() != PartialDate.Precision.DAY) out.put(f.name(), text("error.itinerary.day"));
        }
        return out;
    }

    @Override
    protected void fill(Gift g) {
        direction.choose(g.direction().name());
        item.set(g.item());
        counterpart.set(g.counterpart());
        value.set(g.valueCny());
        givenOn.set(PartialDate.of(g.givenOn()));
        declaredOn.set(g.declaredOn() == null ? null : PartialDate.of(g.declaredOn()));
        notes.set(g.notes());
    }

    @Override
    protected Gift build(Long id) {
        return new Gift(id, delegation.id(), null, direction.choice(GiftDirection.class), item.value(),
                counterpart.value(), value.decimal(), day(givenOn), day(declaredOn), notes.value());
    }

    @Override
    protected long write(Gift g) {
        if (g.id() == null) return services.delegations().addGift(g);
        services.delegations().updateGift(g);
        return g.id();
    }

    private static LocalDate day(FormField f) {
        PartialDate d = f.date();
        return d == null || d.precision() != PartialDate.Precision.DAY ? null : d.start();
    }

    private String text(String key) { return Messages.format(locale, key, List.of()); }
}
