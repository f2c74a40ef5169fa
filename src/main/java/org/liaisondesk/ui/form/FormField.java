package org.liaisondesk.ui.form;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.liaisondesk.domain.InvalidInputException;
import org.liaisondesk.domain.Messages;
import org.liaisondesk.domain.Numbers;
import org.liaisondesk.domain.PartialDate;
import org.liaisondesk.domain.Tags;
import org.liaisondesk.ui.common.Choice;

/**
 * One input of a record form and what the user has put in it. {@link #name} is the field name the
 * office's rules use ({@code Validation}), so their problems land on the right input. Values that
 * cannot be read (a date like "2018-13") read as null here; {@link #formatProblem} says why.
 */
public final class FormField {
    /** How the field is entered; the view picks the control from it. */
    public enum Input { TEXT, AREA, DATE, NUMBER, WHOLE, CHOICE, PICK, PICK_MANY, CHECK }

    private final String name;
    private final String labelKey;
    private final String groupKey;
    private final Input input;
    private final boolean required;
    private final List<Choice> options;
    private String hintKey;
    public final StringProperty text = new SimpleStringProperty("");
    public final ObjectProperty<Choice> choice = new SimpleObjectProperty<>();
    public final ObservableList<Choice> chosen = FXCollections.observableArrayList();
    public final BooleanProperty flag = new SimpleBooleanProperty();

    FormField(String name, String labelKey, String groupKey, Input input, boolean required, List<Choice> options) {
        this.name = name;
        this.labelKey = labelKey;
        this.groupKey = groupKey;
        this.input = input;
        this.required = required;
        this.options = options == null ? List.of() : options;
    }

    public String name() { return name; }
    public String labelKey() { return labelKey; }
    public String groupKey() { return groupKey; }
    public Input input() { return input; }
    public boolean required() { return required; }
    /** A bundle key for the grey example shown in an empty text box, or null. */
    public String hintKey() { return hintKey; }

    /** Shows this example in the empty box; returns the field. */
    public FormField hint(String key) {
        hintKey = key;
        return this;
    }

    /** What a choice or picker offers, in the order shown. */
    public List<Choice> options() { return options; }

    /** What changes when the user edits this field. */
    Observable[] observables() { return new Observable[]{text, choice, chosen, flag}; }

    /** Trimmed text, or null when blank. */
    public String value() {
        String v = text.get();
        return v == null || v.isBlank() ? null : v.strip();
    }

    public PartialDate date() {
        try {
            return PartialDate.parse(text.get());
        } catch (InvalidInputException e) {
            return null;
        }
    }

    public BigDecimal decimal() {
        try {
            return Numbers.parse(text.get());
        } catch (InvalidInputException e) {
            return null;
        }
    }

    public Integer whole() {
        try {
            return Numbers.parseWhole(text.get());
        } catch (InvalidInputException e) {
            return null;
        }
    }

    public Tags tags() { return Tags.parse(text.get()); }

    public boolean checked() { return flag.get(); }

    /** The chosen code, or null. */
    public String code() { return choice.get() == null ? null : choice.get().code(); }

    /** The chosen record's id, for pickers whose codes are ids. */
    public Long id() { return code() == null ? null : Long.valueOf(code()); }

    public List<Long> ids() { return chosen.stream().map(c -> Long.valueOf(c.code())).toList(); }

    public List<String> codes() { return chosen.stream().map(Choice::code).toList(); }

    public <E extends Enum<E>> E choice(Class<E> type) { return code() == null ? null : Enum.valueOf(type, code()); }

    public void set(String value) { text.set(value == null ? "" : value); }

    public void set(PartialDate value) { text.set(value == null ? "" : value.iso()); }

    public void set(BigDecimal value) { text.set(value == null ? "" : value.toPlainString()); }

    public void set(Integer value) { text.set(value == null ? "" : value.toString()); }

    public void set(Tags value) { text.set(value == null ? "" : value.joined()); }

    public void set(boolean value) { flag.set(value); }

    /** Chooses the option with this code (an enum name, an ISO code or an id); an unknown code chooses nothing. */
    public void choose(Object code) {
        choice.set(code == null ? null : find(String.valueOf(code)));
    }

    public void chooseAll(List<?> codes) {
        chosen.setAll(codes.stream().map(c -> find(String.valueOf(c))).filter(java.util.Objects::nonNull).toList());
    }

    private Choice find(String code) {
        return options.stream().filter(o -> code.equals(o.code())).findFirst().orElse(null);
    }

    /** Why the text cannot be read as this field's kind of value, or null when it can (or is blank). */
    public String formatProblem(Locale locale) {
        try {
            switch (input) {
                case DATE -> PartialDate.parse(text.get());
                case NUMBER -> {
                    BigDecimal d = Numbers.parse(text.get());
                    if (d != null && d.signum() < 0) throw new InvalidInputException("error.negative", d);
                }
                case WHOLE -> {
                    Integer i = Numbers.parseWhole(text.get());
                    if (i != null && i < 0) throw new InvalidInputException("error.negative", i);
                }
                default -> { }
            }
            return null;
        } catch (InvalidInputException e) {
            return Messages.format(locale, e);
        }
    }
}
