package org.liaisondesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Records linked to one another, made and found again through their pages. */
class RecordLinksFlowTest extends DesktopFlow {
    @Test
    void anOrganisationShowsItsRelatedRecordsAndOpensThem() throws Exception {
        start(true, "zh-CN");
        clickOn("#nav-ORGANISATIONS");
        waitUntil(() -> text("#recordList #countLabel").equals("显示 23 条，共 23 条"));
        clickOn("#filterField").write("老街");
        waitUntil(() -> text("#recordList #countLabel").equals("显示 1 条，共 23 条"));
        type(KeyCode.DOWN, KeyCode.ENTER);
        waitUntil(() -> lookup("#organisationPage").tryQuery().isPresent()
                && text("#organisationPage #titleLabel").equals("越南老街省妇女联合会"));
        javafx.scene.control.ListView<org.liaisondesk.ui.common.RecordEntry> related =
                lookup("#relatedList").queryAs(javafx.scene.control.ListView.class);
        waitUntil(() -> related.getItems().stream().anyMatch(e -> "阮氏花".equals(e.title())));
        interact(() -> {
            related.getSelectionModel().select(related.getItems().stream().filter(e -> "阮氏花".equals(e.title()))
                    .findFirst().orElseThrow());
            related.requestFocus();
        });
        type(KeyCode.ENTER);
        waitUntil(() -> lookup("#contactPage").tryQuery().isPresent() && text("#contactPage #titleLabel").equals("阮氏花"));
        assertThat(lookup("#nav-CONTACTS").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
        type(KeyCode.ESCAPE);
        waitUntil(() -> lookup("#recordList").tryQuery().map(javafx.scene.Node::isVisible).orElse(false)
                && text("#recordList #countLabel").equals("显示 10 条，共 10 条"));
    }

    /**
     * The flow: an organisation in Laos, a contact in it, an event with both; the organisation's
     * page lists them; deleting it names what refers to it and the user keeps it; search finds the
     * contact by a Chinese substring. On the way, leaving an unsaved form asks first.
     */
    @Test
    void anOrganisationContactAndEventAreLinkedAndFoundAgain() throws Exception {
        start(true, "zh-CN");
        clickOn("#nav-ORGANISATIONS");
        waitUntil(() -> text("#recordList #countLabel").equals("显示 23 条，共 23 条"));
        press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitUntil(() -> lookup("#organisationForm").tryQuery().isPresent());
        assertThat(lookup("#organisationForm #saveButton").query().isDisabled()).isTrue();
        assertThat(text("#organisationForm #countryProblem")).isEqualTo("必填。");
        clickOn("#organisationForm #nameInput").write("乌多姆赛省妇女联合会");
        clickOn("#nav-CONTACTS");
        waitUntil(() -> lookup(".dialog-pane").tryQuery().isPresent());
        clickOn("否");
        assertThat(lookup("#organisationForm").tryQuery()).as("stays in the form").isPresent();
        assertThat(lookup("#nav-ORGANISATIONS").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
        pick("#organisationForm #typeInput", "妇女组织");
        pick("#organisationForm #countryInput", "老挝");
        waitUntil(() -> !lookup("#organisationForm #saveButton").query().isDisabled());
        press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> lookup("#organisationPage").tryQuery().isPresent()
                && text("#organisationPage #titleLabel").equals("乌多姆赛省妇女联合会"));

        clickOn("#nav-CONTACTS");
        press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitUntil(() -> lookup("#contactForm").tryQuery().isPresent());
        clickOn("#contactForm #nameInput").write("宋萨瓦·本玛尼");
        pick("#contactForm #organisationInput", "乌多姆赛省妇女联合会 · 老挝");
        press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> lookup("#contactPage").tryQuery().isPresent());

        clickOn("#nav-EVENTS");
        press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitUntil(() -> lookup("#eventForm").tryQuery().isPresent());
        clickOn("#eventForm #titleInput").write("中老边境妇女发展座谈会");
        pick("#eventForm #kindInput", "圆桌会");
        clickOn("#eventForm #startInput").write("2026-11");
        pick("#eventForm #countryInput", "老挝");
        pick("#eventForm #organisersInput", "乌多姆赛省妇女联合会 · 老挝");
        pick("#eventForm #attendeesInput", "宋萨瓦·本玛尼 · 乌多姆赛省妇女联合会");
        waitUntil(() -> !lookup("#eventForm #saveButton").query().isDisabled());
        clickOn("#eventForm #saveButton");
        waitUntil(() -> lookup("#eventPage").tryQuery().isPresent());

        javafx.scene.control.ListView<org.liaisondesk.ui.common.RecordEntry> eventRelated =
                lookup("#eventPage #relatedList").queryAs(javafx.scene.control.ListView.class);
        waitUntil(() -> eventRelated.getItems().stream().anyMatch(e -> "乌多姆赛省妇女联合会".equals(e.title())));
        interact(() -> {
            eventRelated.getSelectionModel().select(eventRelated.getItems().stream()
                    .filter(e -> "乌多姆赛省妇女联合会".equals(e.title())).findFirst().orElseThrow());
            eventRelated.requestFocus();
        });
        type(KeyCode.ENTER);
        waitUntil(() -> lookup("#organisationPage").tryQuery().isPresent());
        javafx.scene.control.ListView<org.liaisondesk.ui.common.RecordEntry> related =
                lookup("#organisationPage #relatedList").queryAs(javafx.scene.control.ListView.class);
        waitUntil(() -> related.getItems().stream().anyMatch(e -> "宋萨瓦·本玛尼".equals(e.title()))
                && related.getItems().stream().anyMatch(e -> "中老边境妇女发展座谈会".equals(e.title())));

        clickOn("#organisationPage #deleteButton");
        waitUntil(() -> lookup(".dialog-pane").tryQuery().isPresent());
        String asked = ((javafx.scene.control.Label) lookup(".dialog-pane .label").queryAll().stream()
                .filter(n -> ((javafx.scene.control.Label) n).getText().contains("引用")).findFirst().orElseThrow()).getText();
        assertThat(asked).contains("1 联系人", "1 活动");
        clickOn("否");
        assertThat(lookup("#organisationPage").tryQuery()).as("kept").isPresent();

        press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        waitUntil(() -> lookup("#searchField").tryQuery().isPresent());
        interact(() -> lookup("#searchField").queryAs(javafx.scene.control.TextField.class).setText("萨瓦"));
        waitUntil(() -> text("#statusLabel").equals("共找到 1 条记录。"));
        type(KeyCode.ENTER);
        waitUntil(() -> lookup("#contactPage").tryQuery().isPresent()
                && text("#contactPage #titleLabel").equals("宋萨瓦·本玛尼"));
    }

    /** Chooses the item with this text in a choice box or searchable box. */
    private void pick(String query, String item) throws Exception {
        javafx.scene.control.ComboBox<?> box = lookup(query).queryAs(javafx.scene.control.ComboBox.class);
        interact(() -> {
            Object found = box.getItems().stream().filter(i -> String.valueOf(i).equals(item)).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + item + " in " + query));
            box.getSelectionModel().select(box.getItems().indexOf(found));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
