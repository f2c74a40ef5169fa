package org.liaisondesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.liaisondesk.ui.delegations.DelegationDetailViewModel;

/** A delegation's page: its list, members in precedence, the reception sheet's preview. */
class DelegationFlowTest extends DesktopFlow {
    @Test
    void aDelegationOpensFromItsListAndEscapeReturnsToTheFilteredList() throws Exception {
        start(true, "zh-CN");
        openDelegation("老街", "2019-IN-004");
        javafx.scene.control.TableView<?> members = lookup("#membersTable").queryAs(javafx.scene.control.TableView.class);
        waitUntil(() -> members.getItems().size() == 6);
        assertThat(lookup("••••4567").tryQuery()).as("passport masked").isPresent();
        type(KeyCode.ESCAPE);
        waitUntil(() -> lookup("#delegationDetail").tryQuery().isEmpty());
        assertThat(lookup("#recordList").query().isVisible()).isTrue();
        assertThat(lookup("#filterField").queryAs(javafx.scene.control.TextField.class).getText()).isEqualTo("老街");
    }

    @Test
    void theReceptionSheetPreviewShowsEveryPageInTheChosenLanguage() throws Exception {
        start(true, "zh-CN");
        openDelegation("木姐", "2026-IN-011");
        clickOn("#sheetButton");
        waitUntil(() -> lookup("#pageBox").tryQuery().map(b -> ((javafx.scene.layout.VBox) b).getChildren().size() == 2)
                .orElse(false));
        javafx.scene.layout.VBox pages = lookup("#pageBox").queryAs(javafx.scene.layout.VBox.class);
        javafx.stage.Stage preview = (javafx.stage.Stage) pages.getScene().getWindow();
        assertThat(preview.getTitle()).contains("2026-IN-011");
        assertThat(lookup("#thumbnails").queryAs(javafx.scene.control.ListView.class).getItems()).hasSize(2);
        assertThat(lookup("#statusLabel").tryQuery()).isPresent();
        picture(pages, "preview-zh");
        assertThat(lookup((javafx.scene.text.Text t) -> "宾玛".equals(t.getText())).tryQuery()).isPresent();

        javafx.scene.control.ChoiceBox<org.liaisondesk.ui.common.Choice> lang =
                lookup("#languageBox").queryAs(javafx.scene.control.ChoiceBox.class);
        interact(() -> lang.setValue(lang.getItems().get(1)));
        waitUntil(() -> lookup((javafx.scene.text.Text t) -> "Reception plan".equals(t.getText())).tryQuery().isPresent());
        picture(lookup("#pageBox").queryAs(javafx.scene.layout.VBox.class), "preview-en");
        interact(preview::close);
    }

    @Test
    void aMemberAddedOnTheDelegationPageTakesTheirPlaceAndMovesWithAltArrows() throws Exception {
        start(true, "zh-CN");
        openDelegation("木姐", "2026-IN-011");
        javafx.scene.control.TableView<DelegationDetailViewModel.MemberRow> members =
                lookup("#membersTable").queryAs(javafx.scene.control.TableView.class);
        waitUntil(() -> members.getItems().size() == 4);
        assertThat(lookup((Label l) -> l.getText() != null && l.getText().startsWith("⚠")).tryQuery())
                .as("no warnings for the sample visit").isEmpty();
        clickOn("#addMemberButton");
        waitUntil(() -> lookup("#delegation_memberForm #nameEnInput").tryQuery().isPresent());
        // The form puts the caret in its first field (the contact picker) once shown; typing in another
        // field then must keep the focus there (it jumped back to the first field after one character).
        javafx.scene.Node picker = lookup("#delegation_memberForm #contactInput").query();
        waitUntil(() -> picker.getScene().getFocusOwner() != null
                && isInside(picker.getScene().getFocusOwner(), picker));
        clickOn("#delegation_memberForm #nameEnInput").write("Nang Hom");
        javafx.scene.control.TextField precedence =
                lookup("#delegation_memberForm #precedenceInput").queryAs(javafx.scene.control.TextField.class);
        interact(() -> precedence.setText("2"));
        waitUntil(() -> !lookup("#delegation_memberForm #saveButton").query().isDisabled());
        push(KeyCode.CONTROL, KeyCode.S);
        waitUntil(() -> lookup("#membersTable").tryQuery().isPresent()
                && lookup("#membersTable").queryAs(javafx.scene.control.TableView.class).getItems().size() == 5);
        javafx.scene.control.TableView<DelegationDetailViewModel.MemberRow> after =
                lookup("#membersTable").queryAs(javafx.scene.control.TableView.class);
        assertThat(after.getItems().get(1).name()).isEqualTo("Nang Hom");
        interact(() -> {
            after.requestFocus();
            after.getSelectionModel().select(1);
        });
        push(KeyCode.ALT, KeyCode.UP);
        waitUntil(() -> after.getItems().get(0).name().equals("Nang Hom"));
        assertThat(after.getSelectionModel().getSelectedIndex()).as("the moved row stays selected").isEqualTo(0);
    }

    private static boolean isInside(javafx.scene.Node n, javafx.scene.Node parent) {
        for (javafx.scene.Node x = n; x != null; x = x.getParent()) if (x == parent) return true;
        return false;
    }

    /** Filters the delegations list and opens the one delegation found by double-click. */
    private void openDelegation(String filter, String code) throws Exception {
        clickOn("#nav-DELEGATIONS");
        waitUntil(() -> text("#recordList #countLabel").equals("显示 5 条，共 5 条"));
        clickOn("#filterField").write(filter);
        waitUntil(() -> text("#recordList #countLabel").equals("显示 1 条，共 5 条"));
        doubleClickOn(code);
        waitUntil(() -> lookup("#delegationDetail").tryQuery().map(javafx.scene.Node::isVisible).orElse(false)
                && text("#titleLabel").startsWith(code));
    }

    /** Every page of the preview as a PNG under target/sheets, for people to look at. */
    private void picture(javafx.scene.layout.VBox pages, String name) throws Exception {
        java.nio.file.Files.createDirectories(Path.of("target", "sheets"));
        for (int i = 0; i < pages.getChildren().size(); i++) {
            javafx.scene.Node page = ((javafx.scene.Group) pages.getChildren().get(i)).getChildren().get(0);
            int n = i + 1;
            javafx.scene.image.WritableImage[] image = new javafx.scene.image.WritableImage[1];
            interact(() -> image[0] = page.snapshot(null, null));
            int w = (int) image[0].getWidth();
            int h = (int) image[0].getHeight();
            int[] argb = new int[w * h];
            image[0].getPixelReader().getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), argb, 0, w);
            assertThat(java.util.Arrays.stream(argb).filter(c -> (c & 0xFFFFFF) < 0x404040).count())
                    .as("dark (text) pixels on page %d", n).isGreaterThan(500);
            org.liaisondesk.service.PngFile.write(Path.of("target", "sheets", name + "-" + n + ".png"), w, h, argb);
        }
    }
}
