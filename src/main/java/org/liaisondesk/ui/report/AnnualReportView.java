package org.liaisondesk.ui.report;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;
import org.liaisondesk.ui.common.Choice;

/** Binds the annual report: year and language on top, a heading, chart and table per section. */
public final class AnnualReportView {
    private static final double ROW = 26;
    private final AnnualReportViewModel vm;
    @FXML private Spinner<Integer> yearSpinner;
    @FXML private ComboBox<Choice> languageBox;
    @FXML private ProgressIndicator busy;
    @FXML private VBox sections;
    @FXML private Label status;
    @FXML private Button pdfButton;
    @FXML private Button csvButton;

    public AnnualReportView(AnnualReportViewModel vm) { this.vm = vm; }

    @FXML
    private void initialize() {
        SpinnerValueFactory.IntegerSpinnerValueFactory years = new SpinnerValueFactory.IntegerSpinnerValueFactory(
                vm.firstYear(), 9998, vm.yearProperty().get());
        yearSpinner.setValueFactory(years);
        years.valueProperty().addListener((o, a, y) -> vm.yearProperty().set(y));
        languageBox.getItems().setAll(vm.languages());
        languageBox.valueProperty().bindBidirectional(vm.languageProperty());
        busy.visibleProperty().bind(vm.busyProperty());
        status.textProperty().bind(vm.statusProperty());
        pdfButton.disableProperty().bind(vm.busyProperty());
        csvButton.disableProperty().bind(vm.busyProperty());
        vm.tables().addListener((ListChangeListener<ReportSection>) c -> draw());
        sections.sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN),
                    vm::savePdf);
        });
        vm.load();
    }

    private void draw() {
        sections.getChildren().clear();
        Label title = new Label(vm.titleProperty().get());
        title.getStyleClass().add("title-2");
        Label sub = new Label(vm.subtitleProperty().get());
        sub.getStyleClass().add("text-muted");
        sections.getChildren().addAll(title, sub);
        int n = 0;
        for (ReportSection t : vm.tables()) {
            Label heading = new Label((++n) + "  " + t.title());
            heading.getStyleClass().add("title-4");
            heading.setId("report-" + t.id());
            sections.getChildren().add(heading);
            if (t.hasChart()) sections.getChildren().add(chart(t));
            if (t.rows().isEmpty()) {
                Label none = new Label(vm.text("report.none"));
                none.getStyleClass().add("text-muted");
                sections.getChildren().add(none);
            } else {
                sections.getChildren().add(table(t));
            }
        }
    }

    private Node chart(ReportSection t) {
        NumberAxis counts = new NumberAxis();
        org.liaisondesk.ui.common.ChartAxes.wholeNumbers(counts);
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), counts);
        chart.setAnimated(false);
        chart.setPrefHeight(220);
        chart.setLegendVisible(t.compared());
        XYChart.Series<String, Number> now = new XYChart.Series<>();
        now.setName(String.valueOf(vm.yearProperty().get()));
        XYChart.Series<String, Number> before = new XYChart.Series<>();
        before.setName(String.valueOf(vm.yearProperty().get() - 1));
        for (ReportSection.Bar b : t.bars()) {
            now.getData().add(new XYChart.Data<>(b.label(), b.current()));
            if (b.previous() >= 0) before.getData().add(new XYChart.Data<>(b.label(), b.previous()));
        }
        chart.getData().add(now);
        if (!before.getData().isEmpty()) chart.getData().add(before);
        return chart;
    }

    private Node table(ReportSection t) {
        TableView<List<String>> table = new TableView<>(FXCollections.observableArrayList(t.rows()));
        double total = t.weights().stream().mapToDouble(Float::doubleValue).sum();
        for (int i = 0; i < t.headers().size(); i++) {
            int col = i;
            TableColumn<List<String>, String> c = new TableColumn<>(t.headers().get(i).replace('\n', ' '));
            c.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().get(col).replace('\n', ' ')));
            c.prefWidthProperty().bind(table.widthProperty().subtract(20).multiply(t.weights().get(i) / total));
            c.setSortable(false);
            table.getColumns().add(c);
        }
        table.setFixedCellSize(ROW);
        table.setPrefHeight(ROW * (t.rows().size() + 2));
        table.setMinHeight(table.getPrefHeight());
        return table;
    }

    @FXML
    private void onPdf() { vm.savePdf(); }

    @FXML
    private void onCsv() { vm.saveCsv(); }
}
