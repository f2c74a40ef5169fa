package org.liaisondesk.ui.page;

import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Pane;
import org.liaisondesk.ui.attachments.AttachmentsView;
import org.liaisondesk.ui.common.Choice;
import org.liaisondesk.ui.common.RecordEntry;
import org.liaisondesk.ui.common.RecordEntryCell;
import org.liaisondesk.ui.common.ViewLoader;

/** The pieces every record page shows, for pages with their own layout (the delegation's) as well. */
public final class PageParts {
    private PageParts() {}

    /** Related records open with a double-click or Enter, on whichever page is current. */
    public static void related(ListView<RecordEntry> list, Supplier<RecordPageViewModel> page) {
        list.setCellFactory(RecordEntryCell::new);
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) page.get().open(list.getSelectionModel().getSelectedItem());
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) page.get().open(list.getSelectionModel().getSelectedItem());
        });
    }

    /** Links to the pages of the countries/regions the record concerns. */
    public static void countries(FlowPane links, RecordPageViewModel vm, ResourceBundle bundle) {
        links.getChildren().clear();
        if (vm.countries().isEmpty()) return;
        Label caption = new Label(bundle.getString("page.countries"));
        caption.getStyleClass().add("text-muted");
        links.getChildren().add(caption);
        for (Choice c : vm.countries()) {
            Hyperlink link = new Hyperlink(c.label());
            link.setOnAction(e -> vm.openCountry(c));
            links.getChildren().add(link);
        }
    }

    public static void attachments(Pane box, RecordPageViewModel vm, ResourceBundle bundle) {
        if (vm.isRecord()) box.getChildren().setAll(ViewLoader.load(new AttachmentsView(vm.attachments()), bundle));
        else box.getChildren().clear();
    }
}
