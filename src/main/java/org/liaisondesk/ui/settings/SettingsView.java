package org.liaisondesk.ui.settings;

import java.util.Locale;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.util.StringConverter;

/** Binds the settings page; the language box forwards the choice to the view model. */
public final class SettingsView {
    private final SettingsViewModel vm;
    @FXML private ComboBox<Locale> languageBox;
    @FXML private Label dataFolderLabel;

    public SettingsView(SettingsViewModel vm) { this.vm = vm; }

    @FXML
    private void initialize() {
        languageBox.getItems().setAll(SettingsViewModel.LANGUAGES);
        languageBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(Locale l) { return l == null ? "" : vm.languageName(l); }

            @Override
            public Locale fromString(String s) { return null; }
        });
        languageBox.getSelectionModel().select(vm.currentLanguage());
        languageBox.valueProperty().addListener((obs, old, l) -> vm.chooseLanguage(l));
        dataFolderLabel.setText(vm.dataFolder());
    }

    @FXML
    private void onAbout() { vm.about(); }
}
