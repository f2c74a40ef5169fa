package org.liaisondesk.ui.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.liaisondesk.domain.RecordKind;
import org.liaisondesk.domain.reminder.CountryExchanges;
import org.liaisondesk.domain.reminder.ExchangeYear;

/** Binds the dashboard's reminder lists, charts and tiles; a click or Enter forwards to the view model. */
public final class DashboardView {
    private final DashboardViewModel vm;
    @FXML private FlowPane tiles;
    @FXML private Button loadSampleButton;
    @FXML private Label sampleNotice;
    @FXML private Label summary;
    @FXML private Label backupWarning;
    @FXML private Label quietMore;
    @FXML private ListView<ReminderLine> coming;
    @FXML private ListView<ReminderLine> due;
    @FXML private ListView<ReminderLine> quiet;
    @FXML private StackedBarChart<String, Number> yearsChart;
    @FXML private StackedBarChart<Number, String> countriesChart;

    public DashboardView(DashboardViewModel vm) { this.vm = vm; }

    @FXML
    private void initialize() {
        for (RecordKind kind : DashboardViewModel.TILES) {
            Label count = new Label();
            count.textProperty().bind(vm.countText(kind));
            count.getStyleClass().addAll("title-1", "tile-count");
            Label name = new Label(vm.label(kind));
            name.getStyleClass().add("text-muted");
            VBox tile = new VBox(4, count, name);
            tile.getStyleClass().add("tile");
            tile.setId("tile-" + kind.name());
            tiles.getChildren().add(tile);
        }
        sampleNotice.textProperty().bind(vm.sampleNotice());
        showWhenText(sampleNotice);
        loadSampleButton.visibleProperty().bind(vm.emptyProperty());
        loadSampleButton.managedProperty().bind(loadSampleButton.visibleProperty());
        summary.textProperty().bind(vm.summaryProperty());
        backupWarning.textProperty().bind(vm.backupWarningProperty());
        showWhenText(backupWarning);
        quietMore.textProperty().bind(vm.quietMoreProperty());
        showWhenText(quietMore);
        bindList(coming, vm.coming(), "dashboard.coming.none");
        bindList(due, vm.due(), "dashboard.due.none");
        bindList(quiet, vm.quiet(), "dashboard.quiet.none");
        vm.years().addListener((ListChangeListener<ExchangeYear>) c -> drawYears());
        vm.countries().addListener((ListChangeListener<CountryExchanges>) c -> drawCountries());
        org.liaisondesk.ui.common.ChartAxes.wholeNumbers((javafx.scene.chart.NumberAxis) yearsChart.getYAxis());
        org.liaisondesk.ui.common.ChartAxes.wholeNumbers((javafx.scene.chart.NumberAxis) countriesChart.getXAxis());
        vm.load();
    }

    private static void showWhenText(Label l) {
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
    }

    private void bindList(ListView<ReminderLine> list, javafx.collections.ObservableList<ReminderLine> items, String none) {
        list.setItems(items);
        list.setPlaceholder(new Label(vm.text(none)));
        list.setCellFactory(v -> new ReminderCell());
        list.setOnMouseClicked(e -> {
            ReminderLine line = list.getSelectionModel().getSelectedItem();
            if (e.getButton() == MouseButton.PRIMARY && line != null) vm.open(line);
        });
        list.setOnKeyPressed(e -> {
            ReminderLine line = list.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && line != null) vm.open(line);
        });
    }

    private void drawYears() {
        List<XYChart.Series<String, Number>> all = new ArrayList<>();
        for (int s = 0; s < 3; s++) {
            int series = s;
            XYChart.Series<String, Number> x = new XYChart.Series<>();
            x.setName(vm.seriesName(s));
            for (ExchangeYear y : vm.years()) {
                long n = s == DashboardViewModel.RECEIVED ? y.incoming() : s == DashboardViewModel.SENT ? y.outgoing() : y.events();
                XYChart.Data<String, Number> d = new XYChart.Data<>(String.valueOf(y.year()), n);
                clickable(d, vm.seriesName(s) + " " + y.year() + "：" + n, node -> vm.openYear(y.year(), series));
                x.getData().add(d);
            }
            all.add(x);
        }
        yearsChart.getData().setAll(all);
    }

    private void drawCountries() {
        List<XYChart.Series<Number, String>> all = new ArrayList<>();
        for (boolean events : new boolean[] {false, true}) {
            XYChart.Series<Number, String> x = new XYChart.Series<>();
            x.setName(vm.countriesSeriesName(events));
            List<CountryExchanges> list = new ArrayList<>(vm.countries());
            java.util.Collections.reverse(list); // the category axis draws its first category at the bottom
            for (CountryExchanges c : list) {
                long n = events ? c.events() : c.delegations();
                XYChart.Data<Number, String> d = new XYChart.Data<>(n, vm.countryName(c));
                clickable(d, vm.countryName(c) + " " + vm.countriesSeriesName(events) + "：" + n,
                        node -> vm.openCountry(c.iso2(), events));
                x.getData().add(d);
            }
            all.add(x);
        }
        countriesChart.getData().setAll(all);
    }

    /** The bar's node appears once the chart lays the data out. */
    private static <X, Y> void clickable(XYChart.Data<X, Y> d, String tip, Consumer<Node> open) {
        d.nodeProperty().addListener((o, old, node) -> {
            if (node == null) return;
            node.getStyleClass().add("chart-bar");
            Tooltip.install(node, new Tooltip(tip));
            node.setOnMouseClicked(e -> open.accept(node));
        });
    }

    @FXML
    private void onLoadSample() { vm.loadSample(); }

    /** One reminder: when on the left, what and why on the right; overdue lines stand out. */
    private static final class ReminderCell extends ListCell<ReminderLine> {
        private final Label when = new Label();
        private final Label relative = new Label();
        private final Label title = new Label();
        private final Label detail = new Label();
        private final HBox box;

        ReminderCell() {
            when.getStyleClass().add("reminder-when");
            relative.getStyleClass().add("reminder-when");
            title.getStyleClass().add("reminder-title");
            detail.getStyleClass().add("reminder-detail");
            title.setMinWidth(0);
            detail.setMinWidth(0);
            VBox what = new VBox(1, title, detail);
            HBox.setHgrow(what, Priority.ALWAYS);
            what.setMinWidth(0);
            VBox at = new VBox(1, when, relative);
            at.getStyleClass().add("reminder-at");
            box = new HBox(10, at, what);
            // The cell takes the list's width instead of its text's, so long titles end in "…", not a scroll bar.
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(ReminderLine line, boolean empty) {
            super.updateItem(line, empty);
            box.getStyleClass().remove("reminder-urgent");
            if (empty || line == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            when.setText(line.when());
            relative.setText(line.relative());
            title.setText(line.title());
            detail.setText(line.detail());
            if (line.urgent()) box.getStyleClass().add("reminder-urgent");
            setTooltip(new Tooltip(line.title() + "\n" + line.detail()));
            setGraphic(box);
        }
    }
}
