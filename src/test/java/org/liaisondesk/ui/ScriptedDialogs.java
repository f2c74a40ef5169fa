package org.liaisondesk.ui;

import java.util.ArrayList;
import java.util.List;
import org.liaisondesk.ui.common.DialogService;

/** A {@link DialogService} that answers confirmations as told and records what it was shown. */
public final class ScriptedDialogs implements DialogService {
    public final List<String> shown = new ArrayList<>();
    public boolean answer = true;
    /** What the next file choice returns, the next question is answered with, and the files opened. */
    public List<java.nio.file.Path> files = List.of();
    public String reply;
    public final List<java.nio.file.Path> opened = new ArrayList<>();

    @Override
    public boolean confirm(String title, String text) {
        shown.add("confirm: " + title + "\n" + text);
        return answer;
    }

    @Override
    public List<java.nio.file.Path> chooseFiles(String title) { return files; }

    @Override
    public void open(java.nio.file.Path file) { opened.add(file); }

    /** Where the next "save as" goes; null cancels. */
    public java.nio.file.Path saveTo;

    @Override
    public java.util.Optional<java.nio.file.Path> chooseSaveFile(String title, String suggestedName) {
        return java.util.Optional.ofNullable(saveTo);
    }

    /** The next folder chosen; null cancels. */
    public java.nio.file.Path folder;

    @Override
    public java.util.Optional<java.nio.file.Path> chooseFolder(String title) { return java.util.Optional.ofNullable(folder); }

    @Override
    public java.util.Optional<String> ask(String title, String text, String initial) {
        shown.add("ask: " + title);
        return java.util.Optional.ofNullable(reply);
    }

    @Override
    public void info(String title, String text) { shown.add("info: " + title + "\n" + text); }

    @Override
    public void error(String title, String text) { shown.add("error: " + text); }

    /** How the next password forms are filled, in turn: {current, new, repeat}; none left cancels. */
    public final java.util.Deque<String[]> passwords = new java.util.ArrayDeque<>();
    /** The forms shown, as the user saw them when they were filled in. */
    public final List<org.liaisondesk.ui.common.PasswordForm> forms = new ArrayList<>();

    @Override
    public boolean askPasswords(org.liaisondesk.ui.common.PasswordForm form) {
        shown.add("passwords: " + form.title() + (form.errorProperty().get().isEmpty() ? "" : "\n" + form.errorProperty().get()));
        forms.add(form);
        String[] typed = passwords.poll();
        if (typed == null) return false;
        form.currentProperty().set(typed[0]);
        form.nextProperty().set(typed[1]);
        form.repeatProperty().set(typed[2]);
        return form.complete().get();
    }
}
