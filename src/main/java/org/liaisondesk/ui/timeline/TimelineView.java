package org.liaisondesk.ui.timeline;

import java.util.ResourceBundle;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;
import org.controlsfx.control.SearchableComboBox;
import org.liaisondesk.domain.RecordKind;
import org.liaisondesk.domain.timeline.TimelineItem;
import org.liaisondesk.ui.common.Choice;
import org.liaisondesk.ui.common.Field;
import org.liaisondesk.ui.common.Focus;

/** Binds the timeline's filters, canvas and details panel; saves and prints what is shown. */
public final class TimelineView {
    private final TimelineViewModel vm;
    private final ResourceBundle bundle;
    private final TimelineCanvas canvas = new TimelineCanvas();
    @FXML private ComboBox<Choice> modeBox;
    @FXML private SearchableComboBox<Choice> countryBox;
    @FXML private SearchableComboBox<Choice> organisationBox;
    @FXML private TextField textField;
    @FXML private TextField fromField;
    @FXML private TextField toField;
    @FXML private TextField yearField;
    @FXML private FlowPane kindsPane;
    @FXML private StackPane canvasHolder;
    @FXML private ProgressIndicator loadingIndicator;
    @FXML private GridPane detailsGrid;
    @FXML private Label countLabel;
    @FXML private Label hintLabel;
    @FXML private Button openButton;

    public TimelineView(TimelineViewModel vm, ResourceBundle bundle) {
        this.vm = vm;
        this.bundle = bundle;
    }

    @FXML
    private void initialize() {
        canvas.setId("timelineCanvas");
        canvasHolder.getChildren().add(0, canvas);
        canvas.setLocale(vm.locale());
        canvas.setDescribe(vm::describe);
        canvas.setOnOpen(vm::open);
        canvas.selectedProperty().bindBidirectional(vm.selectedProperty());
        loadingIndicator.visibleProperty().bind(vm.loadingProperty());
        vm.layoutProperty().addListener((o, a, layout) -> canvas.setLayout(layout, vm.takeFit()));

        modeBox.getItems().setAll(vm.modes());
        modeBox.getSelectionModel().select(vm.modeProperty().get().ordinal());
        modeBox.valueProperty().addListener((o, a, b) -> vm.modeProperty().set(LaneLayout.Mode.valueOf(b.code())));
        countryBox.setItems(vm.countries());
        countryBox.valueProperty().bindBidirectional(vm.countryProperty());
        organisationBox.setItems(vm.organisations());
        organisationBox.valueProperty().bindBidirectional(vm.organisationProperty());
        textField.textProperty().bindBidirectional(vm.textProperty());
        year(fromField, vm.fromYearProperty());
        year(toField, vm.toYearProperty());
        for (RecordKind k : TimelineViewModel.KINDS) {
            CheckBox box = new CheckBox(vm.label(k));
            box.setId("show-" + k.name());
            Rectangle swatch = new Rectangle(10, 10, TimelineCanvas.colour(k, TimelineItem.Style.PLAIN));
            box.setGraphic(swatch);
            box.selectedProperty().bindBidirectional(vm.shownProperty(k));
            kindsPane.getChildren().add(box);
        }
        countLabel.textProperty().bind(vm.countTextProperty());
        vm.details().addListener((ListChangeListener<Field>) c -> Field.fill(detailsGrid, vm.details()));
        openButton.disableProperty().bind(vm.selectedProperty().isNull());
        hintLabel.visibleProperty().bind(vm.selectedProperty().isNull());
        hintLabel.managedProperty().bind(vm.selectedProperty().isNull());
        Focus.whenShown(canvas);
        vm.load();
    }

    /** A year box: a number sets the filter, anything else clears it. */
    private static void year(TextField field, javafx.beans.property.ObjectProperty<Integer> year) {
        field.textProperty().addListener((o, a, b) -> {
            String t = b == null ? "" : b.strip();
            year.set(t.matches("\\d{4}") ? Integer.valueOf(t) : null);
        });
        year.addListener((o, a, b) -> {
            if (b == null && field.getText().strip().matches("\\d{4}")) field.setText("");
        });
    }

    public TimelineCanvas canvas() { return canvas; }

    @FXML private void onClear() { vm.clearFilters(); }
    @FXML private void onZoomIn() { canvas.zoom(0.7); }
    @FXML private void onZoomOut() { canvas.zoom(1 / 0.7); }
    @FXML private void onFit() { canvas.fitAll(); }
    @FXML private void onToday() { canvas.today(); }
    @FXML private void onOpen() { vm.openSelected(); }

    @FXML
    private void onJump() {
        String t = yearField.getText().strip();
        if (t.matches("\\d{4}")) canvas.showYear(Integer.parseInt(t));
        canvas.requestFocus();
    }

    @FXML
    private void onExport() {
        canvas.drawNow();
        WritableImage image = canvas.snapshot(null, null);
        int w = (int) image.getWidth(), h = (int) image.getHeight();
        int[] argb = new int[w * h];
        PixelReader pixels = image.getPixelReader();
        pixels.getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), argb, 0, w);
        vm.exportPng(w, h, argb);
    }

    /** Prints what is shown, scaled to the page. */
    @FXML
    private void onPrint() {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            vm.printUnavailable();
            return;
        }
        if (!job.showPrintDialog(canvas.getScene().getWindow())) return;
        canvas.drawNow();
        ImageView picture = new ImageView(canvas.snapshot(null, null));
        PageLayout page = job.getJobSettings().getPageLayout();
        double scale = Math.min(page.getPrintableWidth() / picture.getImage().getWidth(),
                page.getPrintableHeight() / picture.getImage().getHeight());
        picture.setFitWidth(picture.getImage().getWidth() * scale);
        picture.setPreserveRatio(true);
        if (job.printPage(picture)) job.endJob();
        else job.cancelJob();
    }
}
