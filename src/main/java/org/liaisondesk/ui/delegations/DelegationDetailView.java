package org.liaisondesk.ui.delegations;

import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ListView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.liaisondesk.ui.common.Choice;
import org.liaisondesk.ui.common.RecordEntry;
import org.liaisondesk.ui.attachments.AttachmentsView;
import org.liaisondesk.ui.common.ViewLoader;
import org.liaisondesk.ui.page.PageParts;
import org.liaisondesk.ui.common.Field;
import org.liaisondesk.ui.common.Focus;

/**
 * Binds the delegation detail: overview grid and the members, programme and gifts tables. Built
 * once and shown again for each delegation opened, so the tables' cells are reused rather than
 * styled anew every time.
 */
public final class DelegationDetailView {
    private static final double ROW_HEIGHT = 34;
    private final ResourceBundle bundle;
    private final Runnable back;
    private DelegationDetailViewModel vm;
    private AttachmentsView attachmentsView;
    @FXML private javafx.scene.control.ScrollPane delegationDetail;
    @FXML private Label titleLabel;
    @FXML private ProgressIndicator loadingIndicator;
    @FXML private GridPane overviewGrid;
    @FXML private TableView<DelegationDetailViewModel.MemberRow> membersTable;
    @FXML private TableView<DelegationDetailViewModel.ItemRow> programmeTable;
    @FXML private TableView<DelegationDetailViewModel.GiftRow> giftsTable;
    @FXML private ListView<RecordEntry> relatedList;
    @FXML private FlowPane countryLinks;
    @FXML private VBox attachmentsBox;
    @FXML private VBox warningsBox;
    @FXML private GridPane planGrid;
    @FXML private TableView<DelegationDetailViewModel.BudgetRow> budgetTable;
    @FXML private Label budgetTotalLabel;

    /** @param back returns to the list the detail was opened from */
    public DelegationDetailView(ResourceBundle bundle, Runnable back) {
        this.bundle = bundle;
        this.back = back;
        this.countriesChanged = c -> PageParts.countries(countryLinks, vm, bundle);
    }

    /** Shows this delegation: binds to its view model and starts loading it. */
    public void show(DelegationDetailViewModel next) {
        if (vm != null) {
            vm.overview().removeListener(overviewChanged);
            vm.warnings().removeListener(warningsChanged);
            vm.plan().removeListener(planChanged);
            vm.countries().removeListener(countriesChanged);
        }
        vm = next;
        overviewGrid.getChildren().clear();
        titleLabel.textProperty().bind(vm.titleProperty());
        loadingIndicator.visibleProperty().bind(vm.loadingProperty());
        vm.overview().addListener(overviewChanged);
        vm.memberFocusProperty().addListener((o, a, b) -> {
            if (b.intValue() >= 0) {
                membersTable.getSelectionModel().select(b.intValue());
                membersTable.requestFocus();
            }
        });
        warningsBox.getChildren().clear();
        vm.warnings().addListener(warningsChanged);
        membersTable.setItems(vm.members());
        programmeTable.setItems(vm.programme());
        giftsTable.setItems(vm.gifts());
        budgetTable.setItems(vm.budget());
        budgetTotalLabel.textProperty().bind(vm.budgetTotalProperty());
        planGrid.getChildren().clear();
        vm.plan().addListener(planChanged);
        relatedList.setItems(vm.related());
        // The members and programme show first; related records and files join once they are read,
        // so the visit's own tables are not laid out together with two more lists.
        relatedList.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.related()));
        relatedList.managedProperty().bind(relatedList.visibleProperty());
        vm.countries().addListener(countriesChanged);
        countryLinks.getChildren().clear();
        // Built once, like the rest of this view: loading its FXML on every open would cost each open.
        if (attachmentsView == null) {
            attachmentsView = new AttachmentsView(vm.attachments());
            attachmentsBox.getChildren().setAll(ViewLoader.load(attachmentsView, bundle));
        } else {
            attachmentsView.show(vm.attachments());
        }
        attachmentsBox.visibleProperty().bind(vm.attachments().loadedProperty());
        attachmentsBox.managedProperty().bind(attachmentsBox.visibleProperty());
        delegationDetail.setVvalue(0);
        vm.load();
    }

    private final ListChangeListener<Field> overviewChanged = c -> Field.fill(overviewGrid, vm.overview());
    private final ListChangeListener<Field> planChanged = c -> Field.fill(planGrid, vm.plan());
    private final ListChangeListener<String> warningsChanged = c -> warningsBox.getChildren().setAll(
            vm.warnings().stream().map(w -> {
                Label l = new Label("⚠ " + w);
                l.setWrapText(true);
                l.getStyleClass().add("warning");
                l.setOnMouseClicked(e -> vm.showAllWarnings());
                return (javafx.scene.Node) l;
            }).toList());
    private final ListChangeListener<Choice> countriesChanged;

    @FXML
    private void initialize() {
        // Esc goes back. (A cancel button would do it too, but the scene then keeps every closed detail alive.)
        delegationDetail.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                e.consume();
                back.run();
            } else if (e.getCode() == javafx.scene.input.KeyCode.E && e.isShortcutDown()) {
                e.consume();
                vm.edit();
            } else if (e.getCode() == javafx.scene.input.KeyCode.P && e.isShortcutDown()) {
                e.consume();
                onSheet();
            }
        });
        Focus.whenShown(delegationDetail);
        PageParts.related(relatedList, () -> vm);
        column(membersTable, "detail.col.precedence", DelegationDetailViewModel.MemberRow::precedence);
        column(membersTable, "column.name", DelegationDetailViewModel.MemberRow::name);
        column(membersTable, "column.otherNames", DelegationDetailViewModel.MemberRow::otherNames);
        column(membersTable, "detail.col.role", DelegationDetailViewModel.MemberRow::role);
        column(membersTable, "column.jobTitle", DelegationDetailViewModel.MemberRow::title);
        column(membersTable, "column.organisation", DelegationDetailViewModel.MemberRow::organisation);
        column(membersTable, "column.nationality", DelegationDetailViewModel.MemberRow::nationality);
        column(membersTable, "detail.col.passport", DelegationDetailViewModel.MemberRow::passport);
        column(membersTable, "detail.col.needs", DelegationDetailViewModel.MemberRow::needs);
        column(membersTable, "detail.col.room", DelegationDetailViewModel.MemberRow::room);
        column(programmeTable, "detail.col.date", DelegationDetailViewModel.ItemRow::date);
        column(programmeTable, "detail.col.time", DelegationDetailViewModel.ItemRow::time);
        column(programmeTable, "column.kind", DelegationDetailViewModel.ItemRow::kind);
        column(programmeTable, "column.title", DelegationDetailViewModel.ItemRow::title);
        column(programmeTable, "detail.col.venue", DelegationDetailViewModel.ItemRow::venue);
        column(programmeTable, "detail.col.ours", DelegationDetailViewModel.ItemRow::ours);
        column(programmeTable, "detail.col.interpreter", DelegationDetailViewModel.ItemRow::interpreter);
        column(programmeTable, "detail.col.vehicle", DelegationDetailViewModel.ItemRow::vehicle);
        column(giftsTable, "detail.col.date", DelegationDetailViewModel.GiftRow::date);
        column(giftsTable, "column.direction", DelegationDetailViewModel.GiftRow::direction);
        column(giftsTable, "detail.col.item", DelegationDetailViewModel.GiftRow::item);
        column(giftsTable, "detail.col.counterpart", DelegationDetailViewModel.GiftRow::counterpart);
        column(giftsTable, "detail.col.value", DelegationDetailViewModel.GiftRow::value);
        column(giftsTable, "field.declaredOn", DelegationDetailViewModel.GiftRow::declared);
        PartKeys.bind(membersTable, r -> vm.editMember(r), r -> vm.removeMember(r), () -> vm.addMember());
        PartKeys.bind(programmeTable, r -> vm.editItem(r, false), r -> vm.removeItem(r),
                () -> vm.addItem(programmeTable.getSelectionModel().getSelectedItem()));
        PartKeys.bind(giftsTable, r -> vm.editGift(r), r -> vm.removeGift(r), () -> vm.addGift());
        PartKeys.reorderable(membersTable, (r, by) -> vm.moveMember(r, by));
        column(budgetTable, "field.budgetItem", DelegationDetailViewModel.BudgetRow::item);
        column(budgetTable, "field.budgetCny", DelegationDetailViewModel.BudgetRow::budget);
        column(budgetTable, "field.actualCny", DelegationDetailViewModel.BudgetRow::actual);
        PartKeys.bind(budgetTable, r -> vm.editBudgetLine(r), r -> vm.removeBudgetLine(r), () -> vm.addBudgetLine());
        for (TableView<?> t : java.util.List.of(membersTable, programmeTable, giftsTable, budgetTable)) {
            t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
            t.setFixedCellSize(ROW_HEIGHT); // one height for all rows: no per-row measuring on every layout
        }
    }

    private <R> void column(TableView<R> table, String key, Function<R, String> cell) {
        TableColumn<R, String> col = new TableColumn<>(bundle.getString(key));
        col.setCellValueFactory(f -> new ReadOnlyStringWrapper(cell.apply(f.getValue())));
        col.setSortable(false);
        table.getColumns().add(col);
    }

    @FXML
    private void onBack() { back.run(); }

    @FXML private void onEdit() { vm.edit(); }

    private DelegationDetailViewModel.MemberRow member() { return membersTable.getSelectionModel().getSelectedItem(); }
    private DelegationDetailViewModel.ItemRow item() { return programmeTable.getSelectionModel().getSelectedItem(); }
    private DelegationDetailViewModel.GiftRow gift() { return giftsTable.getSelectionModel().getSelectedItem(); }

    @FXML private void onAddMember() { vm.addMember(); }
    @FXML private void onEditMember() { vm.editMember(member()); }
    @FXML private void onMemberUp() { vm.moveMember(member(), -1); }
    @FXML private void onMemberDown() { vm.moveMember(member(), 1); }
    @FXML private void onRemoveMember() { vm.removeMember(member()); }
    @FXML private void onAddItem() { vm.addItem(item()); }
    @FXML private void onEditItem() { vm.editItem(item(), false); }
    @FXML private void onCopyItem() { vm.editItem(item(), true); }
    @FXML private void onCopyDay() { vm.copyDay(item()); }
    @FXML private void onRemoveItem() { vm.removeItem(item()); }
    @FXML private void onAddGift() { vm.addGift(); }
    @FXML private void onEditGift() { vm.editGift(gift()); }
    @FXML private void onRemoveGift() { vm.removeGift(gift()); }
    @FXML private void onEditPlan() { vm.editPlan(); }
    @FXML private void onAddBudget() { vm.addBudgetLine(); }
    @FXML private void onEditBudget() { vm.editBudgetLine(budgetTable.getSelectionModel().getSelectedItem()); }
    @FXML private void onRemoveBudget() { vm.removeBudgetLine(budgetTable.getSelectionModel().getSelectedItem()); }

    /** Opens the reception sheet's print preview in its own window (Ctrl+P). */
    @FXML
    private void onSheet() {
        org.liaisondesk.ui.sheet.SheetPreviewView.open(delegationDetail.getScene().getWindow(), vm.sheetPreview(), bundle,
                org.liaisondesk.ui.shell.MainWindow.STYLESHEET);
    }
    @FXML private void onDuplicate() { vm.duplicate(); }
    @FXML private void onDelete() { vm.delete(); }
}
