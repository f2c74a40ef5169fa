package org.liaisondesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.liaisondesk.domain.Preferences;
import org.liaisondesk.service.Services;

/** Encrypted data asking for its password, and the recycle bin. */
class DataSafetyFlowTest extends DesktopFlow {
    @Test
    void anEncryptedFolderAsksForItsPasswordAndAgainWhenItIsWrong() throws Exception {
        try (Services s = Services.open(dir)) {
            s.sampleData().load(false);
            s.preferences().save(Preferences.DEFAULTS.withLanguage("zh-CN").withSampleOffered());
            s.encryption().turnOn("Kunming-2026!".toCharArray());
        }
        launch();
        waitUntil(this::passwordDialogShowing);
        assertThat(lookup("#password-error").queryAs(Label.class).isVisible()).isFalse();
        clickOn("#password-current").write("kunming-2026!").type(KeyCode.ENTER);
        waitUntil(() -> lookup("#password-error").tryQuery().map(n -> ((Label) n).getText().startsWith("密码不正确"))
                .orElse(false));
        // The second dialog's fields exist a moment before its window shows (a flow once clicked too early).
        waitUntil(this::passwordDialogShowing);
        clickOn("#password-current").write("Kunming-2026!").type(KeyCode.ENTER);
        waitUntil(() -> lookup("#tile-DELEGATION .tile-count").tryQuery().map(n -> ((Label) n).getText().equals("5"))
                .orElse(false));
        assertThat(lookup("#password-current").tryQuery()).isEmpty();
    }

    private boolean passwordDialogShowing() {
        return lookup("#password-current").tryQuery()
                .map(n -> n.isVisible() && n.getScene() != null && n.getScene().getWindow().isShowing()).orElse(false);
    }

    @Test
    void aRecordDeletedInAnEarlierSessionComesBackFromTheRecycleBinAndOpens() throws Exception {
        try (Services s = Services.open(dir)) {
            s.sampleData().load(false);
            s.organisations().delete(s.organisations().list(org.liaisondesk.domain.RecordFilter.ALL.withText("玫琳凯")).get(0).id());
        }
        start(false, "zh-CN");
        waitUntil(() -> !text("#tile-DELEGATION .tile-count").equals("–"));
        // The File menu's item is fired directly: Monocle's robot cannot click into a menu popup, and arrow
        // keys depend on which item the popup focuses first (one run chose Quit, which ended the toolkit).
        javafx.scene.control.MenuItem binItem = lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class).getMenus()
                .get(0).getItems().stream().filter(i -> "回收站（已删除的记录）……".equals(i.getText())).findFirst().orElseThrow();
        interact(binItem::fire);
        waitUntil(() -> lookup("#deletedRecords #table").tryQuery()
                .map(t -> ((javafx.scene.control.TableView<?>) t).getItems().size() == 1).orElse(false));
        clickOn(lookup("#deletedRecords .table-row-cell").nth(0).queryAs(Node.class));
        type(KeyCode.ENTER);
        waitUntil(() -> lookup("#deletedRecords #statusLabel").tryQuery()
                .map(l -> ((Label) l).getText().startsWith("已恢复：单位“玫琳凯公司”")).orElse(false));
        // The record's page opens behind the bin, as after Ctrl+Z.
        waitUntil(() -> lookup("#titleLabel").tryQuery().map(l -> ((Label) l).getText().equals("玫琳凯公司")).orElse(false));
        Stage bin = (Stage) lookup("#deletedRecords").query().getScene().getWindow();
        type(KeyCode.ESCAPE);
        waitUntil(() -> !bin.isShowing());
    }
}
