package org.liaisondesk.ui.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Group;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.transform.Scale;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.liaisondesk.ui.sheet.SheetPreviewViewModel.PageMarks;
import org.liaisondesk.ui.common.Fonts;
import org.liaisondesk.ui.common.ViewLoader;

/** The print preview window: page thumbnails, the pages themselves, language, passports, zoom, print, PDF. */
public final class SheetPreviewView {
    private final SheetPreviewViewModel vm;
    private final List<Pane> pageNodes = new ArrayList<>();
    private FxSheetPrinting printing;
    @FXML private BorderPane root;
    @FXML private ChoiceBox<org.liaisondesk.ui.common.Choice> languageBox;
    @FXML private CheckBox passportsBox;
    @FXML private Label zoomLabel;
    @FXML private ListView<Integer> thumbnails;
    @FXML private ScrollPane scroller;
    @FXML private VBox pageBox;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Label statusLabel;

    public SheetPreviewView(SheetPreviewViewModel vm) { this.vm = vm; }

    /** Opens the preview in its own window and starts laying out the sheet. */
    public static Stage open(Window owner, SheetPreviewViewModel vm, ResourceBundle bundle, String stylesheet) {
        SheetPreviewView view = new SheetPreviewView(vm);
        Parent root = ViewLoader.load(view, bundle);
        if (stylesheet != null) root.getStylesheets().add(stylesheet);
        Fonts.apply(root);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setScene(new Scene(root));
        stage.titleProperty().bind(vm.titleProperty());
        view.printing = new FxSheetPrinting(stage);
        view.keys(stage);
        stage.show();
        vm.load();
        return stage;
    }

    /** The page nodes shown, for tests that picture every page. */
    public List<Pane> pageNodes() { return pageNodes; }

    @FXML
    private void initialize() {
        languageBox.getItems().setAll(vm.languageChoices());
        languageBox.valueProperty().bindBidirectional(vm.languageChoiceProperty());
        passportsBox.selectedProperty().bindBidirectional(vm.showPassportsProperty());
        zoomLabel.textProperty().bind(vm.zoomProperty().multiply(100).asString("%.0f%%"));
        statusLabel.textProperty().bind(vm.statusProperty());
        busyIndicator.visibleProperty().bind(vm.busyProperty());
        vm.pages().addListener((ListChangeListener<PageMarks>) c -> showPages());
        vm.zoomProperty().addListener((o, a, b) -> applyZoom());
        thumbnails.setCellFactory(l -> new ThumbnailCell());
        thumbnails.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null && b < pageNodes.size()) scrollTo(b);
        });
    }

    private void keys(Stage stage) {
        Scene scene = stage.getScene();
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN), this::onPrint);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), this::onSavePdf);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN), vm::zoomIn);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN), vm::zoomIn);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN), vm::zoomOut);
    }

    private final List<WritableImage> thumbs = new ArrayList<>();

    private void showPages() {
        pageNodes.clear();
        thumbs.clear();
        List<javafx.scene.Node> shown = new ArrayList<>();
        SnapshotParameters small = new SnapshotParameters();
        small.setTransform(new Scale(0.2, 0.2));
        for (PageMarks p : vm.pages()) {
            Pane node = SheetPageNode.of(p);
            node.setStyle("-fx-effect: dropshadow(gaussian, rgba(0,0,0,0.35), 8, 0, 0, 2);");
            pageNodes.add(node);
            thumbs.add(node.snapshot(small, null));
            shown.add(new Group(node));
        }
        pageBox.getChildren().setAll(shown);
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < pageNodes.size(); i++) numbers.add(i);
        thumbnails.getItems().setAll(numbers);
        applyZoom();
    }

    private void applyZoom() {
        double z = vm.zoomProperty().get();
        for (Pane p : pageNodes) {
            p.getTransforms().setAll(new Scale(z, z, 0, 0));
        }
    }

    private void scrollTo(int page) {
        double y = pageNodes.get(page).getParent().getBoundsInParent().getMinY();
        double total = pageBox.getBoundsInLocal().getHeight() - scroller.getViewportBounds().getHeight();
        scroller.setVvalue(total <= 0 ? 0 : Math.min(1, y / total));
    }

    @FXML private void onZoomIn() { vm.zoomIn(); }
    @FXML private void onZoomOut() { vm.zoomOut(); }
    @FXML private void onFitWidth() { vm.fitWidth(scroller.getViewportBounds().getWidth()); }
    @FXML private void onPageSetup() { printing.pageSetup(); }
    @FXML private void onPrint() { vm.print(printing); }
    @FXML private void onSavePdf() { vm.savePdf(); }
    @FXML private void onClose() { ((Stage) root.getScene().getWindow()).close(); }

    /** A page's thumbnail with its number under it. */
    private final class ThumbnailCell extends ListCell<Integer> {
        @Override
        protected void updateItem(Integer page, boolean empty) {
            super.updateItem(page, empty);
            if (empty || page == null || page >= thumbs.size()) {
                setGraphic(null);
                setText(null);
                return;
            }
            setGraphic(new ImageView(thumbs.get(page)));
            setText(Integer.toString(page + 1));
            setContentDisplay(javafx.scene.control.ContentDisplay.TOP);
        }
    }
}
