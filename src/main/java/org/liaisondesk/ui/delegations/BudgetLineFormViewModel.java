package org.liaisondesk.ui.delegations;

import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;
import org.liaisondesk.domain.BudgetLine;
import org.liaisondesk.domain.Delegation;
import org.liaisondesk.domain.Messages;
import org.liaisondesk.domain.Problem;
import org.liaisondesk.domain.RecordKind;
import org.liaisondesk.domain.Validation;
import org.liaisondesk.service.Services;
import org.liaisondesk.ui.common.TaskRunner;
import org.liaisondesk.ui.form.FormField;
import org.liaisondesk.ui.form.RecordFormViewModel;

/** One budget line of a visit, with its actual spend. */
public final class BudgetLineFormViewModel extends RecordFormViewModel<BudgetLine> {
    private final Delegation delegation;
    private final FormField item, budget, actual;

    public BudgetLineFormViewModel(Services services, Delegation delegation, BudgetLine original, Locale locale,
                                   TaskRunner tasks, LongConsumer saved) {
        super(services, locale, tasks, saved);
        this.delegation = delegation;
        group("form.group.money");
        item = required(text("item", "field.budgetItem"));
        budget = number("budget_cny", "field.budgetCny");
        actual = number("actual_cny", "field.actualCny");
        begin(original, false);
    }

    @Override public RecordKind kind() { return RecordKind.DELEGATION; }
    @Override protected List<Problem> rules(BudgetLine b) { return Validation.budgetLine(b); }
    @Override protected Long id(BudgetLine b) { return b.id(); }
    @Override protected String name(BudgetLine b) { return b.item(); }

    @Override
    public String title() {
        return delegation.code() + " · " + (isNew() ? Messages.format(locale, "detail.budget.add", List.of())
                : super.title());
    }

    @Override
    protected void fill(BudgetLine b) {
        item.set(b.item());
        budget.set(b.budgetCny());
        actual.set(b.actualCny());
    }

    @Override
    protected BudgetLine build(Long id) {
        return new BudgetLine(id, delegation.id(), 0, item.value(), budget.decimal(), actual.decimal());
    }

    @Override
    protected long write(BudgetLine b) { return services.delegations().saveBudgetLine(b); }
}
