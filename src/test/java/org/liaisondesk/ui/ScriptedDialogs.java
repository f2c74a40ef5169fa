package org.liaisondesk.ui;

import java.util.ArrayList;
import java.util.List;
import org.liaisondesk.ui.common.DialogService;

/** A {@link DialogService} that answers confirmations as told and records what it was shown. */
public final class ScriptedDialogs implements DialogService {
    public final List<String> shown = new ArrayList<>();
    public boolean answer = true;

    @Override
    public boolean confirm(String title, String text) {
        shown.add("confirm: " + title);
        return answer;
    }

    @Override
    public void info(String title, String text) { shown.add("info: " + title + "\n" + text); }

    @Override
    public void error(String title, String text) { shown.add("error: " + text); }
}
