package org.liaisondesk.ui.attachments;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** A record's files: photos show a thumbnail; double-click or Enter opens, Delete removes. */
public final class AttachmentsView {
    private static final double THUMB = 44;
    private AttachmentsViewModel vm;
    @FXML private ListView<AttachmentsViewModel.Row> attachmentList;
    @FXML private Button addButton;
    @FXML private Button openButton;
    @FXML private Button captionButton;
    @FXML private Button removeButton;

    public AttachmentsView(AttachmentsViewModel vm) { this.vm = vm; }

    @FXML
    private void initialize() {
        attachmentList.setCellFactory(l -> new RowCell());
        var none = attachmentList.getSelectionModel().selectedItemProperty().isNull();
        openButton.disableProperty().bind(none);
        captionButton.disableProperty().bind(none);
        removeButton.disableProperty().bind(none);
        attachmentList.setOnMouseClicked(e -> { if (e.getClickCount() == 2) vm.open(selected()); });
        attachmentList.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) vm.open(selected());
            else if (e.getCode() == KeyCode.DELETE) {
                e.consume();
                vm.remove(selected());
            }
        });
        show(vm);
    }

    /**
     * Shows another record's files in the same view (the delegation page is built once and reused).
     * The page loads them once the record itself is shown.
     */
    public void show(AttachmentsViewModel next) {
        vm = next;
        attachmentList.setItems(vm.rows());
        addButton.disableProperty().bind(vm.busyProperty());
    }

    private AttachmentsViewModel.Row selected() { return attachmentList.getSelectionModel().getSelectedItem(); }

    @FXML private void onAdd() { vm.add(); }
    @FXML private void onOpen() { vm.open(selected()); }
    @FXML private void onCaption() { vm.caption(selected()); }
    @FXML private void onRemove() { vm.remove(selected()); }

    private static final class RowCell extends ListCell<AttachmentsViewModel.Row> {
        @Override
        protected void updateItem(AttachmentsViewModel.Row r, boolean empty) {
            super.updateItem(r, empty);
            if (empty || r == null) {
                setGraphic(null);
                return;
            }
            javafx.scene.Node picture;
            if (r.photo() != null) {
                // Loaded in the background and scaled down, so a large photo never stalls the list.
                ImageView v = new ImageView(new Image(r.photo().toUri().toString(), THUMB, THUMB, true, true, true));
                v.setFitWidth(THUMB);
                v.setFitHeight(THUMB);
                v.setPreserveRatio(true);
                picture = v;
            } else {
                FontIcon icon = new FontIcon(Feather.FILE);
                icon.setIconSize(24);
                picture = icon;
            }
            Label detail = new Label(r.detail());
            detail.getStyleClass().add("text-muted");
            HBox line = new HBox(10, picture, new VBox(1, new Label(r.name()), detail));
            line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            setGraphic(line);
        }
    }
}
