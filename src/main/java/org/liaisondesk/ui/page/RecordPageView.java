package org.liaisondesk.ui.page;

import java.util.ResourceBundle;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.liaisondesk.ui.common.Choice;
import org.liaisondesk.ui.common.Field;
import org.liaisondesk.ui.common.Focus;
import org.liaisondesk.ui.common.RecordEntry;

/**
 * Binds a record's page: its fields, links to its countries/regions, the related records (double-click
 * or Enter opens one), its attachments. Esc goes back, Delete deletes (after asking), Ctrl+E edits.
 */
public final class RecordPageView {
    private final RecordPageViewModel vm;
    private final ResourceBundle bundle;
    private final Runnable back;
    @FXML private VBox recordPage;
    @FXML private Label titleLabel;
    @FXML private ProgressIndicator loadingIndicator;
    @FXML private HBox recordActions;
    @FXML private GridPane overviewGrid;
    @FXML private FlowPane countryLinks;
    @FXML private ListView<RecordEntry> relatedList;
    @FXML private VBox attachmentsBox;

    public RecordPageView(RecordPageViewModel vm, ResourceBundle bundle, Runnable back) {
        this.vm = vm;
        this.bundle = bundle;
        this.back = back;
    }

    @FXML
    private void initialize() {
        recordPage.setId(vm.kind().name().toLowerCase(java.util.Locale.ROOT) + "Page");
        titleLabel.textProperty().bind(vm.titleProperty());
        loadingIndicator.visibleProperty().bind(vm.loadingProperty());
        vm.overview().addListener((ListChangeListener<Field>) c -> Field.fill(overviewGrid, vm.overview()));
        vm.countries().addListener((ListChangeListener<Choice>) c -> PageParts.countries(countryLinks, vm, bundle));
        PageParts.related(relatedList, () -> vm);
        relatedList.setItems(vm.related());
        recordActions.setVisible(vm.isRecord());
        recordActions.setManaged(vm.isRecord());
        PageParts.attachments(attachmentsBox, vm, bundle);
        recordPage.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                back.run();
            } else if (e.getCode() == KeyCode.DELETE && relatedList.isFocused()) {
                e.consume();
                vm.delete();
            } else if (e.getCode() == KeyCode.E && e.isShortcutDown()) {
                e.consume();
                vm.edit();
            }
        });
        Focus.whenShown(relatedList);
        vm.load();
    }

    @FXML private void onBack() { back.run(); }
    @FXML private void onEdit() { vm.edit(); }
    @FXML private void onDuplicate() { vm.duplicate(); }
    @FXML private void onDelete() { vm.delete(); }
}
