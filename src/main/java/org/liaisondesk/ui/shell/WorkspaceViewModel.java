package org.liaisondesk.ui.shell;

import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.liaisondesk.domain.*;
import org.liaisondesk.service.Failures;
import org.liaisondesk.service.Services;
import org.liaisondesk.ui.agreements.AgreementFormViewModel;
import org.liaisondesk.ui.agreements.AgreementPageViewModel;
import org.liaisondesk.ui.common.DialogService;
import org.liaisondesk.ui.common.RecordEntry;
import org.liaisondesk.ui.common.TaskRunner;
import org.liaisondesk.ui.contacts.ContactFormViewModel;
import org.liaisondesk.ui.contacts.ContactPageViewModel;
import org.liaisondesk.ui.countries.CountryPageViewModel;
import org.liaisondesk.ui.delegations.DelegationDetailViewModel;
import org.liaisondesk.ui.delegations.DelegationFormViewModel;
import org.liaisondesk.ui.events.EventFormViewModel;
import org.liaisondesk.ui.events.EventPageViewModel;
import org.liaisondesk.ui.form.RecordFormViewModel;
import org.liaisondesk.ui.offices.OfficeFormViewModel;
import org.liaisondesk.ui.offices.OfficePageViewModel;
import org.liaisondesk.ui.organisations.OrganisationFormViewModel;
import org.liaisondesk.ui.organisations.OrganisationPageViewModel;
import org.liaisondesk.ui.page.PageActions;
import org.liaisondesk.ui.page.RecordPageViewModel;
import org.liaisondesk.ui.projects.ProjectFormViewModel;
import org.liaisondesk.ui.projects.ProjectPageViewModel;

/**
 * What is open over the lists: a record's page or its form. Opens any record by kind and id,
 * opens forms (new, edit, duplicate), keeps the last delete so that Ctrl+Z can undo it, and asks
 * before an unsaved form is left.
 */
public final class WorkspaceViewModel implements PageActions {
    private final Services services;
    private final Locale locale;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Runnable changed;
    private final ObjectProperty<Object> detail = new SimpleObjectProperty<>();
    private final javafx.beans.property.BooleanProperty opening = new javafx.beans.property.SimpleBooleanProperty();
    private final StringProperty notice = new SimpleStringProperty("");
    private DeletedRecord<?> lastDeleted;
    private String lastDeletedName;
    private java.util.function.Consumer<RecordKind> showSection = k -> { };
    /** The record whose part (a member, a programme item, a gift) the open form edits; leaving returns there. */
    private RecordKind ownerKind;
    private long ownerId;

    /** @param changed told when records were saved, deleted or restored (counts change) */
    WorkspaceViewModel(Services services, Locale locale, TaskRunner tasks, DialogService dialogs, Runnable changed) {
        this.services = services;
        this.locale = locale;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.changed = changed;
    }

    /** Lets a record opened from elsewhere (search, undo) show with its own section selected in the sidebar. */
    void onShowSection(java.util.function.Consumer<RecordKind> show) { this.showSection = show; }

    /** The page or form open over the current list, or null when the list shows. */
    public ObjectProperty<Object> detailProperty() { return detail; }

    public ReadOnlyStringProperty noticeProperty() { return notice; }

    /** True while a form reads its record and pick lists (seconds with 100,000 contacts). */
    public javafx.beans.property.ReadOnlyBooleanProperty openingProperty() { return opening; }

    public void openRecord(RecordKind kind, long id) {
        ownerKind = null;
        detail.set(page(kind, id));
    }

    @Override
    public void open(RecordEntry e) {
        if (!mayLeave()) return;
        showSection.accept(e.kind());
        openRecord(e.kind(), e.id());
    }

    @Override
    public void openCountry(String iso2) {
        detail.set(new CountryPageViewModel(services, iso2, locale, tasks, dialogs, this));
    }

    @Override
    public void edit(RecordKind kind, long id, boolean copy) { openForm(kind, id, copy); }

    /** A new, empty record of the kind. */
    public void create(RecordKind kind) {
        if (mayLeave()) openForm(kind, null, false);
    }

    @Override
    public void deleted(DeletedRecord<?> gone, String name) {
        lastDeleted = gone;
        lastDeletedName = name;
        detail.set(null);
        changed.run();
        notice.set(Messages.format(locale, "delete.done", List.of(name)));
    }

    /** Ctrl+Z: puts the last deleted record back, with its parts and links, and shows it. */
    public void undoDelete() {
        DeletedRecord<?> gone = lastDeleted;
        if (gone == null) return;
        lastDeleted = null;
        tasks.run(() -> {
            services.records(gone.kind()).restoreAny(gone);
            return gone;
        }, g -> {
            notice.set(Messages.format(locale, "delete.undone", List.of(lastDeletedName)));
            changed.run();
            if (mayLeave()) {
                showSection.accept(g.kind());
                openRecord(g.kind(), g.id());
            }
        }, this::failed);
    }

    /** A record came back from the recycle bin: it is shown, and Ctrl+Z no longer tries to bring it back again. */
    public void restoredFromBin(RecordKind kind, long id, String name) {
        if (lastDeleted != null && lastDeleted.kind() == kind && lastDeleted.id() == id) lastDeleted = null;
        notice.set(Messages.format(locale, "delete.undone", List.of(name)));
        changed.run();
        if (mayLeave()) {
            showSection.accept(kind);
            openRecord(kind, id);
        }
    }

    @Override
    public void editPart(RecordKind kind, long id,
                         java.util.function.Function<LongConsumer, RecordFormViewModel<?>> form) {
        LongConsumer saved = partId -> {
            changed.run();
            openRecord(kind, id);
        };
        opening.set(true);
        tasks.run(() -> form.apply(saved), f -> {
            opening.set(false);
            detail.set(f);
            ownerKind = kind;
            ownerId = id;
        }, t -> {
            opening.set(false);
            failed(t);
        });
    }

    /**
     * Back to the list, or from a part's form back to its record's page; from a form with unsaved
     * changes only if the user agrees to discard them.
     */
    public void close() {
        if (!mayLeave()) return;
        if (ownerKind != null && detail.get() instanceof RecordFormViewModel<?>) openRecord(ownerKind, ownerId);
        else detail.set(null);
    }

    /** True unless a form with unsaved changes is open and the user keeps it. */
    public boolean mayLeave() {
        return !(detail.get() instanceof RecordFormViewModel<?> form && form.dirtyProperty().get())
                || dialogs.confirm(text("editor.discard.title"), text("editor.discard.text"));
    }

    private RecordPageViewModel page(RecordKind kind, long id) {
        return switch (kind) {
            case ORGANISATION -> new OrganisationPageViewModel(services, id, locale, tasks, dialogs, this);
            case CONTACT -> new ContactPageViewModel(services, id, locale, tasks, dialogs, this);
            case AGREEMENT -> new AgreementPageViewModel(services, id, locale, tasks, dialogs, this);
            case DELEGATION -> new DelegationDetailViewModel(services, id, locale, tasks, dialogs, this);
            case PROJECT -> new ProjectPageViewModel(services, id, locale, tasks, dialogs, this);
            case EVENT -> new EventPageViewModel(services, id, locale, tasks, dialogs, this);
            case OFFICE_ABROAD -> new OfficePageViewModel(services, id, locale, tasks, dialogs, this);
            default -> throw new IllegalArgumentException("no page for " + kind);
        };
    }

    /** Reads the record and the pickers' options in the background, then shows the form. */
    private void openForm(RecordKind kind, Long id, boolean copy) {
        LongConsumer saved = newId -> {
            changed.run();
            notice.set(Messages.format(locale, "form.saved", List.of(Labels.label(kind, locale))));
            openRecord(kind, newId);
        };
        opening.set(true);
        tasks.run(() -> {
            Object original = id == null ? null : services.records(kind).find(id)
                    .orElseThrow(() -> new InvalidInputException("error.record.missing", kind, id));
            return form(kind, original, copy, saved);
        }, form -> {
            opening.set(false);
            detail.set(form);
        }, t -> {
            opening.set(false);
            failed(t);
        });
    }

    private RecordFormViewModel<?> form(RecordKind kind, Object original, boolean copy, LongConsumer saved) {
        return switch (kind) {
            case ORGANISATION -> new OrganisationFormViewModel(services, (Organisation) original, copy, locale, tasks, saved);
            case CONTACT -> new ContactFormViewModel(services, (Contact) original, copy, locale, tasks, saved);
            case AGREEMENT -> new AgreementFormViewModel(services, (Agreement) original, copy, locale, tasks, saved);
            case DELEGATION -> new DelegationFormViewModel(services, (Delegation) original, copy, locale, tasks, saved);
            case PROJECT -> new ProjectFormViewModel(services, (Project) original, copy, locale, tasks, saved);
            case EVENT -> new EventFormViewModel(services, (Event) original, copy, locale, tasks, saved);
            case OFFICE_ABROAD -> new OfficeFormViewModel(services, (OfficeAbroad) original, copy, locale, tasks, saved);
            default -> throw new IllegalArgumentException("no form for " + kind);
        };
    }

    private void failed(Throwable t) {
        dialogs.error(text("dialog.error"), Failures.describe(locale, t, services.dataFolder()));
    }

    private String text(String key) { return Messages.format(locale, key, List.of()); }
}
