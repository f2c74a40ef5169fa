package org.liaisondesk.ui.settings;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.liaisondesk.domain.Messages;
import org.liaisondesk.service.PreferencesService;

/** Settings: the interface language (remembered), the data folder, and the About dialog. */
public final class SettingsViewModel {
    /** The languages offered, Chinese first. */
    public static final List<Locale> LANGUAGES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

    private final PreferencesService preferences;
    private final Locale locale;
    private final Path dataFolder;
    private final Consumer<Locale> languageSwitch;
    private final Runnable about;

    public SettingsViewModel(PreferencesService preferences, Locale locale, Path dataFolder,
                             Consumer<Locale> languageSwitch, Runnable about) {
        this.preferences = preferences;
        this.locale = locale;
        this.dataFolder = dataFolder;
        this.languageSwitch = languageSwitch;
        this.about = about;
    }

    public Locale currentLanguage() { return Messages.supported(locale); }

    public String languageName(Locale l) {
        return Messages.format(locale, l.getLanguage().equals("zh") ? "settings.language.zh" : "settings.language.en", List.of());
    }

    public String dataFolder() { return dataFolder.toString(); }

    /** Remembers the choice and relabels the window, if it differs from the current language. */
    public void chooseLanguage(Locale l) {
        if (l == null || l.equals(currentLanguage())) return;
        preferences.save(preferences.load().withLanguage(l.toLanguageTag()));
        languageSwitch.accept(l);
    }

    public void about() { about.run(); }
}
