package org.liaisondesk.ui.shell;

import java.util.List;
import java.util.ResourceBundle;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.liaisondesk.ui.common.ViewLoader;
import javafx.scene.Node;
import javafx.stage.Popup;
import javafx.stage.Window;
import org.liaisondesk.ui.common.Fonts;
import org.liaisondesk.ui.search.SearchView;
import org.liaisondesk.ui.dashboard.DashboardView;
import org.liaisondesk.ui.delegations.DelegationDetailView;
import org.liaisondesk.ui.delegations.DelegationDetailViewModel;
import org.liaisondesk.ui.form.RecordFormView;
import org.liaisondesk.ui.form.RecordFormViewModel;
import org.liaisondesk.ui.page.RecordPageView;
import org.liaisondesk.ui.page.RecordPageViewModel;
import org.liaisondesk.ui.records.RecordListView;
import org.liaisondesk.ui.records.RecordListViewModel;
import org.liaisondesk.ui.settings.SettingsView;
import org.liaisondesk.ui.timeline.TimelineView;

/**
 * The main window: sidebar, content and status bar. It builds one sidebar button per section and
 * swaps the content when the selection changes; Ctrl+1…9 and Ctrl+, reach the sections by keyboard.
 */
public final class ShellView {
    private static final KeyCode[] DIGITS = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4,
            KeyCode.DIGIT5, KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9};

    private final ShellViewModel vm;
    private final ResourceBundle bundle;
    private final ToggleGroup navigation = new ToggleGroup();
    private DelegationDetailView detailView;
    /** Set while the view itself moves the sidebar selection, so that is not taken for the user's choice. */
    private boolean syncing;
    private RecordListViewModel currentList;
    private Parent detailNode;

    @FXML private VBox sidebar;
    @FXML private StackPane content;
    @FXML private Label dataFolderLabel;
    @FXML private Label countsLabel;
    @FXML private Label noticeLabel;
    @FXML private ProgressBar busyBar;

    public ShellView(ShellViewModel vm, ResourceBundle bundle) {
        this.vm = vm;
        this.bundle = bundle;
    }

    @FXML
    private void initialize() {
        List<Section> sections = vm.sections();
        for (Section s : sections) {
            ToggleButton b = new ToggleButton(bundle.getString(s.titleKey()), new FontIcon(s.icon()));
            b.setId("nav-" + s.name());
            b.setToggleGroup(navigation);
            b.setUserData(s);
            b.setMaxWidth(Double.MAX_VALUE);
            b.getStyleClass().add("nav-button");
            sidebar.getChildren().add(b);
        }
        // A selected button stays selected: clicking it again must not leave the sidebar without one.
        navigation.selectedToggleProperty().addListener((obs, old, now) -> {
            if (syncing) return;
            if (now == null && old != null) navigation.selectToggle(old);
            else if (now != null) {
                vm.select((Section) now.getUserData());
                // The user chose to stay in an unsaved form: the sidebar goes back to where they are.
                if (vm.selectedProperty().get() != now.getUserData()) show(vm.selectedProperty().get(), false);
            }
        });
        vm.selectedProperty().addListener((obs, old, s) -> show(s));
        vm.readyProperty().addListener((obs, old, ready) -> show(vm.selectedProperty().get()));
        vm.detailProperty().addListener((obs, old, detail) -> showDetail(detail));
        show(vm.selectedProperty().get());

        dataFolderLabel.setText(vm.dataFolderText());
        countsLabel.textProperty().bind(vm.countsTextProperty());
        noticeLabel.textProperty().bind(vm.noticeProperty());
        busyBar.visibleProperty().bind(vm.busyProperty().or(vm.openingProperty()));
        sidebar.sceneProperty().addListener((obs, old, scene) -> { if (scene != null) registerShortcuts(scene); });
        vm.startupNoticeProperty().addListener((obs, old, text) -> { if (!text.isEmpty()) notifyDue(text); });
    }

    /** Says once, without blocking, that something is due; a click on it shows the dashboard. */
    private void notifyDue(String text) {
        if (content.getScene() == null || content.getScene().getWindow() == null) return;
        org.controlsfx.control.Notifications.create()
                .title(bundle.getString("notification.due.title"))
                .text(text)
                .owner(content.getScene().getWindow())
                .position(javafx.geometry.Pos.BOTTOM_RIGHT)
                .hideAfter(javafx.util.Duration.seconds(15))
                .onAction(e -> vm.showDashboard())
                .showWarning();
        for (Window w : Window.getWindows()) {
            if (w instanceof javafx.stage.PopupWindow popup && w.getScene() != null
                    && w.getScene().getRoot().lookup(".notification-bar") != null) {
                // Esc belongs to the window (it closes pages), not to a passing notification.
                popup.setHideOnEscape(false);
                // The popup has a scene of its own: give it the colours ControlsFX's stylesheet looks up.
                if (!w.getScene().getRoot().getStylesheets().contains(MainWindow.STYLESHEET)) {
                    w.getScene().getRoot().getStylesheets().add(MainWindow.STYLESHEET);
                }
            }
        }
    }

    private void registerShortcuts(Scene scene) {
        List<Section> sections = vm.sections();
        for (int i = 0; i < DIGITS.length && i < sections.size(); i++) {
            Section s = sections.get(i);
            scene.getAccelerators().put(new KeyCodeCombination(DIGITS[i], KeyCombination.SHORTCUT_DOWN), () -> vm.select(s));
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN),
                () -> vm.select(Section.SETTINGS));
        // Text fields keep Ctrl+Z for their own undo; elsewhere it undoes the last delete.
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), vm::undoDelete);
    }

    private void show(Section s) { show(s, true); }

    private void show(Section s, boolean rebuild) {
        syncing = true;
        navigation.getToggles().stream().filter(t -> t.getUserData() == s).findFirst().ifPresent(navigation::selectToggle);
        syncing = false;
        if (!rebuild) return;
        currentList = null;
        if (!vm.readyProperty().get()) {
            Label opening = new Label(bundle.getString("status.opening"));
            opening.setId("opening");
            opening.getStyleClass().add("text-muted");
            content.getChildren().setAll(opening);
            return;
        }
        Parent page = switch (s) {
            case DASHBOARD -> ViewLoader.load(new DashboardView(vm.dashboard()), bundle);
            case SETTINGS -> ViewLoader.load(new SettingsView(vm.settings(), vm.mapData(), vm.backups(), vm.encryption()), bundle);
            case TIMELINE -> ViewLoader.load(new TimelineView(vm.timeline(), bundle), bundle);
            case MAP -> ViewLoader.load(new org.liaisondesk.ui.map.MapView(vm.map()), bundle);
            case REPORT -> ViewLoader.load(new org.liaisondesk.ui.report.AnnualReportView(vm.annualReport()), bundle);
            case IMPORT_EXPORT -> ViewLoader.load(new org.liaisondesk.ui.importexport.ImportExportView(vm.importExport(), bundle), bundle);
            default -> list(s);
        };
        content.getChildren().setAll(page);
    }

    private Parent list(Section s) {
        currentList = vm.list(s);
        return ViewLoader.load(new RecordListView(currentList), bundle);
    }

    /** A record opens over its list, which keeps its filter and place underneath; back removes it. */
    private void showDetail(Object detail) {
        if (content.getChildren().size() > 1) content.getChildren().remove(1, content.getChildren().size());
        Node list = content.getChildren().isEmpty() ? null : content.getChildren().get(0);
        if (list != null) list.setVisible(detail == null);
        // Back on the list: what was saved or deleted meanwhile shows, the filter stays.
        if (detail == null && currentList != null) currentList.load();
        if (detail instanceof DelegationDetailViewModel delegation) {
            if (detailView == null) {
                detailView = new DelegationDetailView(bundle, vm::closeDetail);
                detailNode = ViewLoader.load(detailView, bundle);
            }
            content.getChildren().add(detailNode);
            detailView.show(delegation);
        } else if (detail instanceof RecordPageViewModel page) {
            content.getChildren().add(ViewLoader.load(new RecordPageView(page, bundle, vm::closeDetail), bundle));
        } else if (detail instanceof RecordFormViewModel<?> form) {
            content.getChildren().add(ViewLoader.load(new RecordFormView(form, bundle, vm::closeDetail), bundle));
        }
    }

    /** Ctrl+K: the search box floats over the window until a record is chosen or Esc is pressed. */
    @FXML
    private void onSearch() {
        if (!vm.readyProperty().get() || content.getScene() == null) return;
        Popup popup = new Popup();
        popup.setAutoHide(true);
        popup.setHideOnEscape(true);
        SearchView view = new SearchView(vm.search(popup::hide), popup::hide);
        Parent root = ViewLoader.load(view, bundle);
        root.getStylesheets().add(MainWindow.STYLESHEET);
        Fonts.apply(root);
        popup.getContent().add(root);
        Window w = content.getScene().getWindow();
        popup.show(w, w.getX() + Math.max(0, (w.getWidth() - 640) / 2), w.getY() + 90);
        view.focus();
    }

    @FXML
    private void onAbout() { vm.about(); }

    @FXML
    private void onDeleted() {
        var deleted = vm.deletedRecords();
        if (deleted == null || content.getScene() == null) return;
        org.liaisondesk.ui.deleted.DeletedRecordsView.open(content.getScene().getWindow(), deleted, bundle, MainWindow.STYLESHEET);
    }

    @FXML
    private void onQuit() { Platform.exit(); }
}
