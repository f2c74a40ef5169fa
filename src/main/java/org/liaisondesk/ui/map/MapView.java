package org.liaisondesk.ui.map;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import org.liaisondesk.ui.common.Choice;
import org.liaisondesk.ui.common.Field;
import org.liaisondesk.ui.common.Focus;
import org.liaisondesk.ui.common.RecordEntry;
import org.liaisondesk.ui.common.RecordEntryCell;

/** Binds the partner map: measure and years, the canvas, the chosen country/region's panel; saves and prints. */
public final class MapView {
    /** Pictures are drawn at this many times the screen's pixels: enough for A4 print. */
    private static final double PRINT_SCALE = 3;
    private final MapViewModel vm;
    private final MapCanvas canvas = new MapCanvas();
    @FXML private ComboBox<Choice> measureBox;
    @FXML private TextField fromField;
    @FXML private TextField toField;
    @FXML private StackPane canvasHolder;
    @FXML private ProgressIndicator loadingIndicator;
    @FXML private Label panelTitle;
    @FXML private Label hintLabel;
    @FXML private Label sourceLabel;
    @FXML private GridPane factsGrid;
    @FXML private Hyperlink countryLink;
    @FXML private ListView<RecordEntry> panelList;

    public MapView(MapViewModel vm) { this.vm = vm; }

    @FXML
    private void initialize() {
        canvas.setId("mapCanvas");
        canvasHolder.getChildren().add(0, canvas);
        canvas.setNames(vm::name);
        canvas.setDescribe(vm::describe);
        canvas.setOnSelect(vm::select);
        vm.mapProperty().addListener((o, a, m) -> canvas.setMap(m));
        vm.valuesProperty().addListener((o, a, v) -> canvas.setValues(v, vm.breaks(), vm.legendTitle()));
        vm.markersProperty().addListener((o, a, m) -> canvas.setMarkers(m));
        vm.selectedProperty().addListener((o, a, iso) -> canvas.setSelected(iso));
        canvas.setSelected(vm.selectedProperty().get());
        loadingIndicator.visibleProperty().bind(vm.loadingProperty());
        measureBox.getItems().setAll(vm.measures());
        measureBox.valueProperty().bindBidirectional(vm.measureProperty());
        year(fromField, vm.fromYearProperty());
        year(toField, vm.toYearProperty());
        sourceLabel.textProperty().bind(vm.sourceProperty());
        vm.sourceProperty().addListener((o, a, text) -> canvas.setCaption(text));
        panelTitle.textProperty().bind(vm.panelTitleProperty());
        var none = vm.selectedProperty().isNull();
        hintLabel.visibleProperty().bind(none);
        hintLabel.managedProperty().bind(none);
        countryLink.visibleProperty().bind(none.not());
        panelList.visibleProperty().bind(none.not());
        panelList.managedProperty().bind(none.not());
        vm.panelFacts().addListener((ListChangeListener<Field>) c -> Field.fill(factsGrid, vm.panelFacts()));
        panelList.setItems(vm.panelItems());
        panelList.setCellFactory(RecordEntryCell::new);
        panelList.setOnMouseClicked(e -> { if (e.getClickCount() == 2) vm.open(panelList.getSelectionModel().getSelectedItem()); });
        panelList.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) vm.open(panelList.getSelectionModel().getSelectedItem());
        });
        Focus.whenShown(canvas);
        vm.load();
    }

    private static void year(TextField field, javafx.beans.property.ObjectProperty<Integer> year) {
        field.textProperty().addListener((o, a, b) -> {
            String t = b == null ? "" : b.strip();
            year.set(t.matches("\\d{4}") ? Integer.valueOf(t) : null);
        });
    }

    public MapCanvas canvas() { return canvas; }

    @FXML private void onZoomIn() { canvas.zoom(1.4); }
    @FXML private void onZoomOut() { canvas.zoom(1 / 1.4); }
    @FXML private void onRegion() { canvas.regionView(); }
    @FXML private void onWorld() { canvas.worldView(); }
    @FXML private void onCountryPage() { vm.openCountry(); }

    /** The current view drawn again at print resolution, off screen. */
    private WritableImage picture() {
        double w = canvas.getWidth(), h = canvas.getHeight();
        Canvas big = new Canvas(w * PRINT_SCALE, h * PRINT_SCALE);
        canvas.draw(big.getGraphicsContext2D(), w, h, PRINT_SCALE);
        return big.snapshot(null, null);
    }

    @FXML
    private void onExport() {
        WritableImage image = picture();
        int w = (int) image.getWidth(), h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        vm.exportPng(w, h, argb);
    }

    @FXML
    private void onPrint() {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            vm.printUnavailable();
            return;
        }
        if (!job.showPrintDialog(canvas.getScene().getWindow())) return;
        ImageView view = new ImageView(picture());
        PageLayout page = job.getJobSettings().getPageLayout();
        double scale = Math.min(page.getPrintableWidth() / view.getImage().getWidth(),
                page.getPrintableHeight() / view.getImage().getHeight());
        view.setFitWidth(view.getImage().getWidth() * scale);
        view.setPreserveRatio(true);
        if (job.printPage(view)) job.endJob();
        else job.cancelJob();
    }
}
