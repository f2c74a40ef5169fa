package org.liaisondesk.ui.settings;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.liaisondesk.domain.Messages;
import org.liaisondesk.service.Failures;
import org.liaisondesk.service.Services;
import org.liaisondesk.ui.common.DialogService;
import org.liaisondesk.ui.common.PasswordForm;
import org.liaisondesk.ui.common.TaskRunner;

/**
 * Encryption in Settings: on or off, and the three things one can do about it. Each asks for
 * passwords in a dialog, then converts the data in the background (the database closes for a
 * moment) and says what became of the backups.
 */
public final class EncryptionViewModel {
    private final Services services;
    private final Locale locale;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final BooleanProperty on = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty state = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");

    public EncryptionViewModel(Services services, Locale locale, TaskRunner tasks, DialogService dialogs) {
        this.services = services;
        this.locale = locale;
        this.tasks = tasks;
        this.dialogs = dialogs;
        show();
    }

    public ReadOnlyBooleanProperty onProperty() { return on; }
    public ReadOnlyBooleanProperty busyProperty() { return busy; }
    public ReadOnlyStringProperty stateProperty() { return state; }
    public ReadOnlyStringProperty statusProperty() { return status; }

    private void show() {
        on.set(services.encryption().isOn());
        state.set(text(on.get() ? "encryption.state.on" : "encryption.state.off"));
    }

    public void turnOn() {
        run(new PasswordForm(locale, text("encryption.dialog.on"), text("encryption.hint"), false, true),
                f -> services.encryption().turnOn(f.next()), "encryption.done.on");
    }

    public void change() {
        run(new PasswordForm(locale, text("encryption.dialog.change"), text("encryption.hint"), true, true),
                f -> services.encryption().change(f.current(), f.next()), "encryption.done.change");
    }

    public void turnOff() {
        run(new PasswordForm(locale, text("encryption.dialog.off"), text("encryption.state.off"), true, false),
                f -> services.encryption().turnOff(f.current()), "encryption.done.off");
    }

    /** @param work returns how many backups stayed as they were */
    private void run(PasswordForm form, Function<PasswordForm, Integer> work, String done) {
        if (busy.get() || !dialogs.askPasswords(form)) return;
        busy.set(true);
        status.set(text("encryption.working"));
        tasks.run(() -> work.apply(form), left -> {
            busy.set(false);
            show();
            String message = text(done) + (left > 0 ? "\n" + text("encryption.done.left", left) : "");
            status.set(message);
            dialogs.info(text("encryption.title"), message);
        }, t -> {
            busy.set(false);
            status.set("");
            show();
            dialogs.error(text("dialog.error"), Failures.describe(locale, t, services.dataFolder()));
        });
    }

    private String text(String key, Object... args) { return Messages.format(locale, key, List.of(args)); }
}
