package org.liaisondesk.ui;

import org.liaisondesk.ui.delegations.DelegationDetailViewModel;

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
    /** Set once the toolkit ran: a flow that reaches Quit ends it for good, and every later one would hang. */
    private static boolean toolkitStarted;

    private static boolean toolkitAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals("JavaFX Application Thread") && t.isAlive());
    }

    /** Fails at once, instead of hanging the build, when an earlier flow ended the toolkit. */
    private static void requireToolkit() {
        if (toolkitStarted && !toolkitAlive()) {
            throw new AssertionError("the JavaFX toolkit was ended by an earlier flow (did it reach Quit?)");
        }
        toolkitStarted = true;
    }

    void start(boolean withSample, String language) throws Exception {
        requireToolkit();
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
        if (!toolkitAlive()) return;
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
                case TIMELINE -> "#timeline";
                case MAP -> "#mapPage";
                case REPORT -> "#annualReport";
                case IMPORT_EXPORT -> "#importExport";
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
    void anEncryptedFolderAsksForItsPasswordAndAgainWhenItIsWrong() throws Exception {
        try (Services s = Services.open(dir)) {
            s.sampleData().load(false);
            s.preferences().save(Preferences.DEFAULTS.withLanguage("zh-CN").withSampleOffered());
            s.encryption().turnOn("Kunming-2026!".toCharArray());
        }
        requireToolkit();
        App.useFolder(dir);
        stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(App.class);
        waitUntil(() -> lookup("#password-current").tryQuery().isPresent());
        assertThat(lookup("#password-error").queryAs(Label.class).isVisible()).isFalse();
        clickOn("#password-current").write("kunming-2026!").type(KeyCode.ENTER);
        waitUntil(() -> lookup("#password-error").tryQuery().map(n -> ((Label) n).getText().startsWith("密码不正确"))
                .orElse(false));
        clickOn("#password-current").write("Kunming-2026!").type(KeyCode.ENTER);
        waitUntil(() -> lookup("#tile-DELEGATION .tile-count").tryQuery().map(n -> ((Label) n).getText().equals("5"))
                .orElse(false));
        assertThat(lookup("#password-current").tryQuery()).isEmpty();
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

    @Test
    void globalSearchFindsAContactByAChineseSubstringAndOpensIt() throws Exception {
        start(true, "zh-CN");
        press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        waitUntil(() -> lookup("#searchField").tryQuery().isPresent());
        interact(() -> lookup("#searchField").queryAs(javafx.scene.control.TextField.class).setText("淑芬"));
        waitUntil(() -> text("#statusLabel").equals("共找到 1 条记录。"));
        type(KeyCode.ENTER);
        waitUntil(() -> lookup("#contactPage").tryQuery().isPresent() && text("#contactPage #titleLabel").equals("林淑芬"));
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

    @Test
    void theTimelineZoomsPansSelectsAndOpensARecord() throws Exception {
        start(true, "zh-CN");
        clickOn("#nav-TIMELINE");
        org.liaisondesk.ui.timeline.TimelineCanvas canvas = lookup("#timelineCanvas").queryAs(org.liaisondesk.ui.timeline.TimelineCanvas.class);
        waitUntil(() -> canvas.scale() != null && !canvas.layoutModel().isEmpty());
        assertThat(text("#countLabel")).isEqualTo("显示 30 条，共 30 条有日期的记录。");
        double before = canvas.scale().daysPerPixel();
        clickOn(canvas);
        type(KeyCode.ADD);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(canvas.scale().daysPerPixel()).isLessThan(before);
        double start = canvas.scale().startDay();
        type(KeyCode.RIGHT);
        assertThat(canvas.scale().startDay()).isGreaterThan(start);
        type(KeyCode.HOME);
        assertThat(canvas.scale().daysPerPixel()).isEqualTo(before);

        // The agreement lane's first row: point at its first item, as drawn.
        org.liaisondesk.ui.timeline.LaneLayout.Lane agreements = canvas.layoutModel().lanes().stream()
                .filter(l -> l.label().equals("协议")).findFirst().orElseThrow();
        org.liaisondesk.domain.timeline.TimelineItem item = agreements.rows().get(0).items().get(0);
        double x = org.liaisondesk.ui.timeline.TimelineCanvas.HEADER + canvas.scale().x(item.start()) + 6;
        double y = org.liaisondesk.ui.timeline.TimelineCanvas.AXIS + agreements.top() + 10;
        javafx.geometry.Point2D onScreen = canvas.localToScreen(x, y);
        assertThat(canvas.itemAt(x, y)).isEqualTo(item);
        clickOn(onScreen);
        waitUntil(() -> item.equals(canvas.selectedProperty().get()));
        assertThat(lookup("#detailsGrid").queryAs(javafx.scene.layout.GridPane.class).getChildren()).isNotEmpty();
        doubleClickOn(onScreen);
        waitUntil(() -> lookup("#agreementForm").tryQuery().isPresent());
        assertThat(lookup("#nav-AGREEMENTS").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isFalse();
    }

    @Test
    void clickingLaosOnTheMapSelectsItAndTheTimelineFollows() throws Exception {
        start(true, "zh-CN");
        clickOn("#nav-MAP");
        org.liaisondesk.ui.map.MapCanvas map = lookup("#mapCanvas").queryAs(org.liaisondesk.ui.map.MapCanvas.class);
        waitUntil(() -> text("#sourceLabel").startsWith("地图数据："));
        // Find a point drawn as Laos, as a person would look for it.
        javafx.geometry.Point2D laos = null;
        for (double y = 0; y < map.getHeight() && laos == null; y += 4) {
            for (double x = 0; x < map.getWidth(); x += 4) {
                if ("LA".equals(map.countryAt(x, y)) && "LA".equals(map.countryAt(x + 3, y + 3))
                        && "LA".equals(map.countryAt(x - 3, y - 3))) {
                    laos = new javafx.geometry.Point2D(x, y);
                    break;
                }
            }
        }
        assertThat(laos).as("Laos is in the first view").isNotNull();
        clickOn(map.localToScreen(laos));
        waitUntil(() -> text("#panelTitle").equals("老挝"));
        clickOn("#nav-TIMELINE");
        waitUntil(() -> lookup("#countryBox").tryQuery().isPresent());
        javafx.scene.control.ComboBox<?> country = lookup("#timeline #countryBox").queryAs(javafx.scene.control.ComboBox.class);
        waitUntil(() -> country.getValue() != null && country.getValue().toString().equals("老挝"));
        clickOn("#nav-MAP");
        waitUntil(() -> text("#panelTitle").equals("老挝"));
        press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitUntil(() -> text("#panelTitle").isEmpty());
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
    void aDashboardReminderAndAChartBarOpenTheRecordsBehindThem() throws Exception {
        start(true, "zh-CN");
        // The Hong Kong visit's gift of 260 CNY (April 2025) stays undeclared: due on any day after May 2025.
        waitUntil(() -> lookup(".reminder-title").queryAll().stream()
                .anyMatch(n -> ((Label) n).getText().startsWith("香港妇女团体交流团")));
        Node line = lookup(".reminder-title").queryAll().stream()
                .filter(n -> ((Label) n).getText().startsWith("香港妇女团体交流团")).findFirst().orElseThrow();
        clickOn(line);
        waitUntil(() -> lookup("#delegationDetail").tryQuery().map(Node::isVisible).orElse(false)
                && text("#titleLabel").startsWith("2025-IN-003"));
        assertThat(lookup("#nav-DELEGATIONS").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();

        clickOn("#nav-DASHBOARD");
        javafx.scene.chart.StackedBarChart<?, ?> years = lookup("#yearsChart").queryAs(javafx.scene.chart.StackedBarChart.class);
        // The chart is drawn again when the counts arrive: take the 2018 events bar once it is laid out.
        Node[] eventsOf2018 = new Node[1];
        waitUntil(() -> {
            if (years.getData().size() < 3) return false;
            eventsOf2018[0] = years.getData().get(2).getData().stream().filter(d -> d.getXValue().equals("2018"))
                    .findFirst().map(javafx.scene.chart.XYChart.Data::getNode).orElse(null);
            return eventsOf2018[0] != null && eventsOf2018[0].getOnMouseClicked() != null;
        });
        interact(() -> eventsOf2018[0].getOnMouseClicked().handle(null));
        waitUntil(() -> lookup("#recordList #countLabel").tryQuery().isPresent()
                && text("#recordList #countLabel").equals("显示 4 条，共 14 条"));
        assertThat(lookup("#nav-EVENTS").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
        assertThat(lookup("#fromYearField").queryAs(javafx.scene.control.TextField.class).getText()).isEqualTo("2018");
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
