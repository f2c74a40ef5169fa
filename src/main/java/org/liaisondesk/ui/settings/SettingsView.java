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
    @FXML private javafx.scene.layout.VBox mapSection;
    @FXML private Label mapSourceLabel;
    private final MapDataViewModel mapData;

    /** @param mapData the map data choice; null while the data folder is still being opened */
    public SettingsView(SettingsViewModel vm, MapDataViewModel mapData) {
        this.vm = vm;
        this.mapData = mapData;
    }

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
        mapSection.setVisible(mapData != null);
        mapSection.setManaged(mapData != null);
        if (mapData != null) {
            mapSourceLabel.textProperty().bind(mapData.sourceProperty());
            mapData.load();
        }
    }

    @FXML
    private void onReplaceMap() { mapData.replace(); }

    @FXML
    private void onStandardMap() { mapData.useStandard(); }

    @FXML
    private void onAbout() { vm.about(); }
}
