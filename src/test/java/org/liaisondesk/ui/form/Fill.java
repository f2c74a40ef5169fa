package org.liaisondesk.ui.form;

import org.liaisondesk.ui.common.Choice;

/** Types into a form by field name, as a user would through its inputs. */
public final class Fill {
    private Fill() {}

    public static FormField field(RecordFormViewModel<?> vm, String name) {
        return vm.fields().stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no field " + name + " in " + vm.kind()));
    }

    public static void type(RecordFormViewModel<?> vm, String name, String text) { field(vm, name).text.set(text); }

    /** Chooses the option with this code (enum name, ISO code or record id). */
    public static void choose(RecordFormViewModel<?> vm, String name, Object code) {
        FormField f = field(vm, name);
        f.choice.set(option(f, code));
    }

    public static void add(RecordFormViewModel<?> vm, String name, Object code) {
        FormField f = field(vm, name);
        f.chosen.add(option(f, code));
    }

    private static Choice option(FormField f, Object code) {
        return f.options().stream().filter(o -> o.code().equals(String.valueOf(code))).findFirst()
                .orElseThrow(() -> new AssertionError("no option " + code + " in " + f.name()));
    }
}
