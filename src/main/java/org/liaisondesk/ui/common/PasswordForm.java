package org.liaisondesk.ui.common;

import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.liaisondesk.domain.Messages;
import org.liaisondesk.domain.PasswordStrength;

/**
 * What a password dialog asks: the current password, a new one typed twice (with its strength
 * shown as it is typed), or both. OK is possible only when what is asked is complete.
 */
public final class PasswordForm {
    private final String title;
    private final String header;
    private final boolean asksCurrent;
    private final boolean asksNew;
    private final StringProperty current = new SimpleStringProperty("");
    private final StringProperty next = new SimpleStringProperty("");
    private final StringProperty repeat = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final StringBinding strength;
    private final StringBinding problem;
    private final BooleanBinding complete;

    public PasswordForm(Locale locale, String title, String header, boolean asksCurrent, boolean asksNew) {
        this.title = title;
        this.header = header;
        this.asksCurrent = asksCurrent;
        this.asksNew = asksNew;
        strength = Bindings.createStringBinding(() -> next.get().isEmpty() ? "" : Messages.format(locale,
                "encryption.strength", List.of(Messages.format(locale, "encryption.strength." + strength(),
                        List.of(PasswordStrength.MIN_LENGTH)))), next);
        problem = Bindings.createStringBinding(() -> asksNew && !repeat.get().isEmpty()
                && !repeat.get().equals(next.get()) ? Messages.format(locale, "encryption.mismatch", List.of()) : "",
                next, repeat);
        complete = Bindings.createBooleanBinding(() -> (!asksCurrent || !current.get().isEmpty())
                && (!asksNew || (strength().acceptable() && next.get().equals(repeat.get()))), current, next, repeat);
    }

    public PasswordStrength strength() { return PasswordStrength.of(next.get().toCharArray()); }

    public String title() { return title; }
    /** What the dialog says above the fields. */
    public String header() { return header; }
    public boolean asksCurrent() { return asksCurrent; }
    public boolean asksNew() { return asksNew; }
    public StringProperty currentProperty() { return current; }
    public StringProperty nextProperty() { return next; }
    public StringProperty repeatProperty() { return repeat; }
    /** A message from the last try, such as "wrong password" (empty if none). */
    public StringProperty errorProperty() { return error; }
    public StringBinding strengthText() { return strength; }
    public StringBinding problemText() { return problem; }
    public BooleanBinding complete() { return complete; }

    public char[] current() { return current.get().toCharArray(); }
    public char[] next() { return next.get().toCharArray(); }
}
