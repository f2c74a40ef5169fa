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
    @FXML private javafx.scene.layout.VBox backupSection;
    @FXML private Label backupLastLabel;
    @FXML private Label backupFolderLabel;
    @FXML private Label backupStatusLabel;
    @FXML private javafx.scene.control.Button backupNowButton;
    @FXML private javafx.scene.control.Button restoreButton;
    private final MapDataViewModel mapData;
    private final BackupsViewModel backups;
    private final EncryptionViewModel encryption;
    @FXML private javafx.scene.layout.VBox encryptionSection;
    @FXML private Label encryptionStateLabel;
    @FXML private Label encryptionStatusLabel;
    @FXML private javafx.scene.control.Button encryptionOnButton;
    @FXML private javafx.scene.control.Button encryptionChangeButton;
    @FXML private javafx.scene.control.Button encryptionOffButton;

    /**
     * @param mapData the map data choice; null while the data folder is still being opened
     * @param backups backups; null while the data folder is still being opened
     * @param encryption encryption; null while the data folder is still being opened
     */
    public SettingsView(SettingsViewModel vm, MapDataViewModel mapData, BackupsViewModel backups,
                        EncryptionViewModel encryption) {
        this.vm = vm;
        this.mapData = mapData;
        this.backups = backups;
        this.encryption = encryption;
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
        backupSection.setVisible(backups != null);
        backupSection.setManaged(backups != null);
        if (backups != null) {
            backupLastLabel.textProperty().bind(backups.lastProperty());
            backupLastLabel.styleProperty().bind(javafx.beans.binding.Bindings.when(backups.overdueProperty())
                    .then("-fx-text-fill: -color-danger-fg;").otherwise(""));
            backupFolderLabel.textProperty().bind(backups.folderProperty());
            backupStatusLabel.textProperty().bind(backups.statusProperty());
            backupNowButton.disableProperty().bind(backups.busyProperty());
            restoreButton.disableProperty().bind(backups.busyProperty());
        }
        encryptionSection.setVisible(encryption != null);
        encryptionSection.setManaged(encryption != null);
        if (encryption != null) {
            encryptionStateLabel.textProperty().bind(encryption.stateProperty());
            encryptionStatusLabel.textProperty().bind(encryption.statusProperty());
            encryptionOnButton.disableProperty().bind(encryption.onProperty().or(encryption.busyProperty()));
            encryptionChangeButton.disableProperty().bind(encryption.onProperty().not().or(encryption.busyProperty()));
            encryptionOffButton.disableProperty().bind(encryption.onProperty().not().or(encryption.busyProperty()));
        }
    }

    @FXML
    private void onEncryptionOn() { encryption.turnOn(); }

    @FXML
    private void onEncryptionChange() { encryption.change(); }

    @FXML
    private void onEncryptionOff() { encryption.turnOff(); }

    @FXML
    private void onBackupNow() { backups.backupNow(); }

    @FXML
    private void onRestore() { backups.restore(); }

    @FXML
    private void onBackupFolder() { backups.chooseFolder(); }

    @FXML
    private void onBackupDefault() { backups.useDefaultFolder(); }

    @FXML
    private void onReplaceMap() { mapData.replace(); }

    @FXML
    private void onStandardMap() { mapData.useStandard(); }

    @FXML
    private void onAbout() { vm.about(); }
}
