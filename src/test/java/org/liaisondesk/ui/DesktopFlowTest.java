package org.liaisondesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.App;
import org.liaisondesk.domain.Preferences;
import org.liaisondesk.service.Services;
import org.liaisondesk.ui.shell.Section;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real application in a headless window, driven as a person would. */
class DesktopFlowTest extends FxRobot {
    @TempDir Path dir;
    Application app;
    Stage stage;

    void start(boolean withSample, String language) throws Exception {
        try (Services s = Services.open(dir)) {
            if (withSample) s.sampleData().load(false);
            Preferences p = Preferences.DEFAULTS.withLanguage(language);
            s.preferences().save(withSample ? p.withSampleOffered() : p);
        }
        App.useFolder(dir);
        stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(App.class);
        interact(() -> stage.requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void opensInChineseWithCountsAndReachesEverySection() throws Exception {
        start(true, Locale.SIMPLIFIED_CHINESE.toLanguageTag());
        waitUntil(() -> !text("#tile-DELEGATION .tile-count").equals("–"));
        assertThat(stage.getTitle()).startsWith("外联工作台");
        assertThat(text("#tile-DELEGATION .tile-count")).isEqualTo("5");
        assertThat(((Labeled) lookup("#nav-ORGANISATIONS").query()).getText()).isEqualTo("单位");

        for (Section s : Section.values()) {
            clickOn("#nav-" + s.name());
            String page = switch (s) {
                case DASHBOARD -> "#dashboard";
                case SETTINGS -> "#settings";
                case TIMELINE, MAP, IMPORT_EXPORT -> "#planned";
                default -> "#recordList";
            };
            assertThat(lookup(page).tryQuery()).as(s.name()).isPresent();
        }
        clickOn("#nav-ORGANISATIONS");
        waitUntil(() -> text("#recordList #countLabel").equals("显示 23 条，共 23 条"));
        clickOn("#filterField").write("老街");
        waitUntil(() -> text("#recordList #countLabel").equals("显示 1 条，共 23 条"));
    }

    @Test
    void aDelegationOpensFromItsListAndEscapeReturnsToTheFilteredList() throws Exception {
        start(true, "zh-CN");
        clickOn("#nav-DELEGATIONS");
        waitUntil(() -> text("#recordList #countLabel").equals("显示 5 条，共 5 条"));
        clickOn("#filterField").write("老街");
        waitUntil(() -> text("#recordList #countLabel").equals("显示 1 条，共 5 条"));
        doubleClickOn("2019-IN-004");
        waitUntil(() -> lookup("#delegationDetail").tryQuery().map(javafx.scene.Node::isVisible).orElse(false)
                && text("#titleLabel").startsWith("2019-IN-004"));
        javafx.scene.control.TableView<?> members = lookup("#membersTable").queryAs(javafx.scene.control.TableView.class);
        waitUntil(() -> members.getItems().size() == 6);
        assertThat(lookup("••••4567").tryQuery()).as("passport masked").isPresent();
        type(KeyCode.ESCAPE);
        waitUntil(() -> lookup("#delegationDetail").tryQuery().isEmpty());
        assertThat(lookup("#recordList").query().isVisible()).isTrue();
        assertThat(lookup("#filterField").queryAs(javafx.scene.control.TextField.class).getText()).isEqualTo("老街");
    }

    @Test
    void globalSearchFindsAContactByAChineseSubstringAndOpensIt() throws Exception {
        start(true, "zh-CN");
        press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        waitUntil(() -> lookup("#searchField").tryQuery().isPresent());
        interact(() -> lookup("#searchField").queryAs(javafx.scene.control.TextField.class).setText("淑芬"));
        waitUntil(() -> text("#statusLabel").equals("共找到 1 条记录。"));
        type(KeyCode.ENTER);
        waitUntil(() -> lookup("#recordList").tryQuery().isPresent()
                && text("#recordList #countLabel").equals("显示 1 条，共 10 条"));
        assertThat(lookup("#nav-CONTACTS").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
    }

    @Test
    void anOrganisationShowsItsRelatedRecordsAndOpensThem() throws Exception {
        start(true, "zh-CN");
        clickOn("#nav-ORGANISATIONS");
        waitUntil(() -> text("#recordList #countLabel").equals("显示 23 条，共 23 条"));
        clickOn("#filterField").write("老街");
        waitUntil(() -> text("#recordList #countLabel").equals("显示 1 条，共 23 条"));
        type(KeyCode.DOWN, KeyCode.ENTER);
        waitUntil(() -> lookup("#organisationDetail").tryQuery().isPresent() && text("#titleLabel").equals("越南老街省妇女联合会"));
        javafx.scene.control.ListView<org.liaisondesk.ui.common.RecordEntry> related =
                lookup("#relatedList").queryAs(javafx.scene.control.ListView.class);
        waitUntil(() -> related.getItems().stream().anyMatch(e -> "阮氏花".equals(e.title())));
        interact(() -> {
            related.getSelectionModel().select(related.getItems().stream().filter(e -> "阮氏花".equals(e.title()))
                    .findFirst().orElseThrow());
            related.requestFocus();
        });
        type(KeyCode.ENTER);
        waitUntil(() -> lookup("#recordList").tryQuery().map(javafx.scene.Node::isVisible).orElse(false)
                && text("#recordList #countLabel").equals("显示 1 条，共 10 条"));
        assertThat(lookup("#nav-CONTACTS").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
    }

    @Test
    void anOrganisationIsCreatedInLaosAndLeavingAnUnsavedFormAsksFirst() throws Exception {
        start(true, "zh-CN");
        clickOn("#nav-ORGANISATIONS");
        waitUntil(() -> text("#recordList #countLabel").equals("显示 23 条，共 23 条"));
        press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitUntil(() -> lookup("#organisationEditor").tryQuery().isPresent());
        assertThat(lookup("#saveButton").query().isDisabled()).isTrue();
        clickOn("#nameEnField").write("Oudomxay Provincial Lao Women's Union");
        clickOn("#nav-CONTACTS");
        waitUntil(() -> lookup(".dialog-pane").tryQuery().isPresent());
        clickOn("否");
        assertThat(lookup("#organisationEditor").tryQuery()).as("stays in the form").isPresent();
        assertThat(lookup("#nav-ORGANISATIONS").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
        interact(() -> {
            var type = lookup("#organisationEditor #typeBox").queryAs(javafx.scene.control.ComboBox.class);
            type.getSelectionModel().select(0);
            // the list underneath has a country box too: ask for the form's
            var country = lookup("#organisationEditor #countryBox").queryAs(org.controlsfx.control.SearchableComboBox.class);
            country.getItems().stream().filter(c -> c.toString().equals("老挝")).findFirst()
                    .ifPresent(c -> country.getSelectionModel().select(c));
        });
        waitUntil(() -> !lookup("#saveButton").query().isDisabled());
        press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> lookup("#organisationDetail").tryQuery().isPresent()
                && text("#titleLabel").equals("Oudomxay Provincial Lao Women's Union"));
        type(KeyCode.ESCAPE);
        waitUntil(() -> text("#recordList #countLabel").equals("显示 24 条，共 24 条"));
    }

    @Test
    void keyboardShortcutsReachSections() throws Exception {
        start(true, "zh-CN");
        press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        assertThat(lookup("#nav-DELEGATIONS").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
        press(KeyCode.CONTROL, KeyCode.COMMA).release(KeyCode.COMMA, KeyCode.CONTROL);
        assertThat(lookup("#settings").tryQuery()).isPresent();
    }

    @Test
    void languageSwitchRelabelsTheWindowAndIsRemembered() throws Exception {
        start(true, "zh-CN");
        clickOn("#nav-SETTINGS");
        clickOn("#languageBox");
        clickOn("English 英文");
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> ((Labeled) lookup("#nav-DASHBOARD").query()).getText().equals("Dashboard"));
        assertThat(((Labeled) lookup("#nav-ORGANISATIONS").query()).getText()).isEqualTo("Organisations");
        assertThat(lookup("#settings").tryQuery()).as("stays on the settings page").isPresent();
        assertThat(stage.getTitle()).startsWith("Liaison Desk");
        FxToolkit.cleanupApplication(app);
        app = null;
        try (Services s = Services.open(dir)) {
            assertThat(s.preferences().load().language()).isEqualTo("en");
            assertThat(s.preferences().load().windowWidth()).isPositive();
        }
    }

    @Test
    void firstStartOffersTheSampleAndLoadsIt() throws Exception {
        start(false, "zh-CN");
        waitUntil(() -> lookup(".dialog-pane").tryQuery().isPresent());
        clickOn("是");
        waitUntil(() -> text("#tile-EVENT .tile-count").matches("[1-9]\\d*"));
        assertThat(text("#tile-OFFICE_ABROAD .tile-count")).isEqualTo("2");
    }

    private String text(String query) {
        Node n = lookup(query).query();
        return ((Label) n).getText();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }
}
