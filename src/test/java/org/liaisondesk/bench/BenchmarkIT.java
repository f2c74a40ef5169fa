package org.liaisondesk.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.application.Application;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.liaisondesk.App;
import org.liaisondesk.ui.shell.Section;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The benchmark suite ({@code ./mvnw -Pbench verify}): figures as medians of repeated runs after
 * a warm-up, written to target/bench/results.json. Timings never fail the build.
 */
@Tag("bench")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BenchmarkIT {
    static final Path SCALE20 = Figures.OUT.resolve("scale20");
    final Figures figures = new Figures();

    @Test
    @Order(1)
    void generateScale20() throws Exception {
        String cp = Jvm.classPath(false);
        Path warm = Figures.OUT.resolve("scale1");
        delete(warm);
        Jvm.run(Jvm.HEADLESS, "org.liaisondesk.Main", cp, "--data-dir", warm.toString(), "generate", "--scale", "1");
        List<Long> runs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            delete(SCALE20);
            String out = Jvm.run(Jvm.HEADLESS, "org.liaisondesk.Main", cp, "--data-dir", SCALE20.toString(),
                    "generate", "--scale", "20");
            runs.add(Jvm.number(out, "in (\\d+) ms"));
        }
        figures.put("generate_scale20_ms", Figures.median(runs));
    }

    @Test
    @Order(2)
    void startupAgainstABareStage() throws Exception {
        org.assertj.core.api.Assumptions.assumeThat(SCALE20).exists();
        String appCp = Jvm.classPath(false);
        String bareCp = Jvm.classPath(true);
        List<Long> app = new ArrayList<>();
        List<Long> bare = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            long a = Jvm.number(Jvm.run(Jvm.HEADLESS, "org.liaisondesk.Main", appCp, "--data-dir", SCALE20.toString(),
                    "--exit-after-first-frame"), "first_frame_ms=(\\d+)");
            long b = Jvm.number(Jvm.run(Jvm.HEADLESS, BareStage.class.getName(), bareCp), "first_frame_ms=(\\d+)");
            if (i >= 2) { // the first two are warm-up (file cache, class data)
                app.add(a);
                bare.add(b);
            }
        }
        double appMs = Figures.median(app);
        double bareMs = Figures.median(bare);
        figures.put("startup_first_frame_ms", appMs);
        figures.put("baseline_fx_first_frame_ms", bareMs);
        figures.put("startup_ratio", appMs / bareMs);
    }

    @Test
    @Order(3)
    void listFilterHeapAndOpenRecord() throws Exception {
        org.assertj.core.api.Assumptions.assumeThat(SCALE20).exists();
        BigDelegation.ensure(SCALE20);
        App.useFolder(SCALE20);
        Stage stage = FxToolkit.registerPrimaryStage();
        Application app = FxToolkit.setupApplication(App.class);
        FxRobot robot = new FxRobot();
        robot.interact(stage::requestFocus);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#nav-CONTACTS").tryQuery().isPresent()
                && !robot.lookup("#opening").tryQuery().isPresent());
        robot.clickOn("#nav-CONTACTS");
        Label count = robot.lookup("#countLabel").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> count.getText().startsWith("Showing 100,000"));
        TableView<?> contacts = robot.lookup("#table").queryAs(TableView.class);
        figures.put("list_filter_p95_ms_100k",
                Figures.percentile(typeAndTime(robot, "#filterField", contacts.getItems(), contacts.getScene()), 95));

        // Every list, as the figure says (the timeline and map pages have figures of their own).
        for (Section s : Section.values()) {
            if (s.records() == null) continue;
            robot.clickOn("#nav-" + s.name());
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#loadingIndicator").tryQuery()
                    .map(n -> !n.isVisible()).orElse(true));
        }
        for (int i = 0; i < 3; i++) System.gc();
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        figures.put("heap_used_mb_100k", used / (1024.0 * 1024.0));

        robot.clickOn("#nav-DELEGATIONS");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> robot.lookup("#countLabel").queryAs(Label.class).getText().startsWith("Showing"));
        robot.clickOn("#filterField").write(BigDelegation.CODE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#countLabel").queryAs(Label.class).getText().startsWith("Showing 1 of"));
        List<Long> opens = openRepeatedly(robot);
        System.out.println("BENCH open runs (ms) " + opens);
        figures.put("open_record_p95_ms", Figures.percentile(opens, 95));

        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#searchField").tryQuery().isPresent());
        javafx.scene.control.ListView<?> results = robot.lookup("#results").queryAs(javafx.scene.control.ListView.class);
        figures.put("search_p95_ms_100k",
                Figures.percentile(typeAndTime(robot, "#searchField", results.getItems(), results.getScene()), 95));

        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    /**
     * Types "nguyen" into a field and deletes it again, four times (the first round warms up); each
     * sample runs from the key press to the first pulse (layout and render) after the shown items changed.
     */
    private static List<Long> typeAndTime(FxRobot robot, String field, javafx.collections.ObservableList<?> items,
                                          javafx.scene.Scene scene) throws Exception {
        AtomicLong shownAt = new AtomicLong();
        javafx.collections.ListChangeListener<Object> changed = c -> {
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                scene.removePostLayoutPulseListener(once[0]);
                shownAt.set(System.nanoTime());
            };
            scene.addPostLayoutPulseListener(once[0]);
        };
        robot.interact(() -> items.addListener(changed));
        robot.clickOn(field);
        List<Long> samples = new ArrayList<>();
        KeyCode[] word = {KeyCode.N, KeyCode.G, KeyCode.U, KeyCode.Y, KeyCode.E, KeyCode.N};
        for (int round = 0; round < 4; round++) {
            for (int i = 0; i < word.length * 2; i++) {
                KeyCode key = i < word.length ? word[i] : KeyCode.BACK_SPACE;
                long before = System.nanoTime();
                shownAt.set(0);
                robot.type(key);
                long deadline = before + TimeUnit.SECONDS.toNanos(10);
                while (shownAt.get() == 0 && System.nanoTime() < deadline) Thread.sleep(0, 200_000);
                if (round > 0) samples.add((shownAt.get() - before) / 1_000_000);
            }
        }
        robot.interact(() -> items.removeListener(changed));
        return samples;
    }

    /**
     * Opens the big delegation from its list row and goes back, 23 times (the first 3 warm up).
     * Each sample runs from the Enter key to the first pulse (layout and render) at which the
     * detail shows all its programme items.
     */
    private static List<Long> openRepeatedly(FxRobot robot) throws Exception {
        List<Long> samples = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            TableView<?> list = robot.lookup("#table").queryAs(TableView.class);
            var scene = list.getScene();
            AtomicLong shownAt = new AtomicLong();
            Runnable[] watch = new Runnable[1];
            watch[0] = () -> {
                var programme = (TableView<?>) scene.lookup("#programmeTable");
                if (programme != null && programme.getItems().size() == BigDelegation.ITEMS && shownAt.get() == 0) {
                    shownAt.set(System.nanoTime());
                }
            };
            robot.interact(() -> {
                list.getSelectionModel().select(0);
                list.requestFocus();
                scene.addPostLayoutPulseListener(watch[0]);
            });
            long before = System.nanoTime();
            robot.interact(() -> list.fireEvent(new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED,
                    "", "", KeyCode.ENTER, false, false, false, false)));
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shownAt.get() != 0);
            robot.interact(() -> scene.removePostLayoutPulseListener(watch[0]));
            if (i >= 3) samples.add((shownAt.get() - before) / 1_000_000);
            robot.clickOn("#backButton");
        }
        return samples;
    }

    /** One timeline frame while zooming and panning, 10,000 and 100,000 items, software rendering. */
    @Test
    @Order(4)
    void timelineFrames() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        FxRobot robot = new FxRobot();
        org.liaisondesk.ui.timeline.TimelineCanvas canvas = new org.liaisondesk.ui.timeline.TimelineCanvas();
        robot.interact(() -> {
            stage.setScene(new javafx.scene.Scene(canvas, 1280, 720));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        figures.put("timeline_frame_p95_ms_10k", Figures.percentile(TimelineFrames.measure(robot, canvas, 10_000, false), 95));
        figures.put("timeline_frame_p95_ms_100k", Figures.percentile(TimelineFrames.measure(robot, canvas, 100_000, false), 95));
        // With software rasterising and copy-back of every 1280×720 frame; an empty timeline for comparison.
        figures.put("timeline_frame_readback_p95_ms_empty", Figures.percentile(TimelineFrames.measure(robot, canvas, 0, true), 95));
        figures.put("timeline_frame_readback_p95_ms_100k", Figures.percentile(TimelineFrames.measure(robot, canvas, 100_000, true), 95));
        robot.interact(stage::hide);
    }

    /** The partner map: parsing and projecting the shipped geometry; one frame while zooming and panning over Asia. */
    @Test
    @Order(5)
    void mapLoadAndFrames() throws Exception {
        Path folder = Figures.OUT.resolve("map-data");
        List<Long> loads = new ArrayList<>();
        org.liaisondesk.domain.map.WorldMap world = null;
        try (org.liaisondesk.service.Services s = org.liaisondesk.service.Services.open(folder)) {
            for (int i = 0; i < 8; i++) {
                long t0 = System.nanoTime();
                world = s.map().read(java.nio.file.Path.of("src/main/resources/org/liaisondesk/map/world.zh.json"), "iso_a2");
                if (i >= 2) loads.add((System.nanoTime() - t0) / 1_000_000);
            }
        }
        figures.put("map_load_ms", Figures.median(loads));
        Stage stage = FxToolkit.registerPrimaryStage();
        FxRobot robot = new FxRobot();
        org.liaisondesk.ui.map.MapCanvas canvas = new org.liaisondesk.ui.map.MapCanvas();
        org.liaisondesk.domain.map.WorldMap shown = world;
        robot.interact(() -> {
            stage.setScene(new javafx.scene.Scene(canvas, 1280, 720));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<Double> frames = new ArrayList<>();
        List<Double> withReadback = new ArrayList<>();
        robot.interact(() -> {
            javafx.scene.image.WritableImage image = new javafx.scene.image.WritableImage(1280, 720);
            canvas.setMap(shown);
            java.util.Map<String, Integer> values = new java.util.HashMap<>();
            for (var shape : shown.shapes()) values.put(shape.iso2(), shape.iso2().hashCode() % 9);
            canvas.setValues(values, new int[]{1, 2, 4, 6}, "All exchanges");
            for (int round = 0; round < 4; round++) {
                canvas.regionView();
                for (int step = 0; step < 160; step++) {
                    if (step < 40) canvas.zoomAt(1.06, 640 + step * 3, 360);
                    else if (step < 80) canvas.pan(-14, 6);
                    else if (step < 120) canvas.zoomAt(1 / 1.08, 400, 300);
                    else canvas.pan(12, -4);
                    long t0 = System.nanoTime();
                    canvas.drawNow();
                    // The last round also rasterises each frame in software and copies it back (see the timeline's note).
                    if (round == 3) canvas.snapshot(null, image);
                    double ms = (System.nanoTime() - t0) / 1e6;
                    if (round == 1 || round == 2) frames.add(ms);
                    if (round == 3) withReadback.add(ms);
                }
            }
        });
        figures.put("map_frame_p95_ms", Figures.percentile(frames, 95));
        figures.put("map_frame_readback_p95_ms", Figures.percentile(withReadback, 95));
        robot.interact(stage::hide);
    }

    /** 100,000 contacts: CSV import against the same rows inserted by a plain batch; and export. */
    @Test
    @Order(6)
    void csvContacts() throws Exception {
        Path csv = Figures.OUT.resolve("contacts-100k.csv");
        List<org.liaisondesk.domain.Contact> rows = ContactFile.write(csv, 100_000, 400);
        List<Long> raw = new ArrayList<>(), imports = new ArrayList<>(), exports = new ArrayList<>();
        for (int run = 0; run < 3; run++) {
            Path a = Figures.OUT.resolve("csv-raw-" + run), b = Figures.OUT.resolve("csv-import-" + run);
            delete(a);
            delete(b);
            org.liaisondesk.persistence.Database db = org.liaisondesk.persistence.Database.open(a);
            try {
                List<org.liaisondesk.domain.Contact> linked = ContactFile.organisations(db.jdbi(), rows, 400);
                long t0 = System.nanoTime();
                ContactFile.rawInsert(db.jdbi(), linked);
                raw.add((System.nanoTime() - t0) / 1_000_000);
            } finally {
                db.close();
            }
            org.liaisondesk.persistence.Database seed = org.liaisondesk.persistence.Database.open(b);
            try {
                ContactFile.organisations(seed.jdbi(), rows, 400);
            } finally {
                seed.close();
            }
            try (org.liaisondesk.service.Services s = org.liaisondesk.service.Services.open(b)) {
                long t0 = System.nanoTime();
                var r = s.contactCsv().importFile(csv, null, (char) 0,
                        org.liaisondesk.service.csv.RecordCsv.OnDuplicate.SKIP, false, false);
                imports.add((System.nanoTime() - t0) / 1_000_000);
                if (!r.summary().equals("created 100000, updated 0, skipped 0, failed 0")) {
                    throw new AssertionError("the import did not take every row: " + r.summary() + " " + r.problems().stream().limit(3).toList());
                }
                Path out = Figures.OUT.resolve("contacts-export.csv");
                long t1 = System.nanoTime();
                s.contactCsv().export(out, java.nio.charset.StandardCharsets.UTF_8, true);
                exports.add((System.nanoTime() - t1) / 1_000_000);
            }
            delete(a);
            delete(b);
        }
        figures.put("raw_insert_contacts_100k_ms", Figures.median(raw));
        figures.put("import_contacts_100k_ms", Figures.median(imports));
        figures.put("import_to_raw_ratio", Figures.median(imports) / Figures.median(raw));
        figures.put("export_contacts_100k_ms", Figures.median(exports));

        // A million rows: the heap kept after each garbage collection while it imports, against before it started.
        Path million = Figures.OUT.resolve("contacts-1m.csv");
        List<org.liaisondesk.domain.Contact> big = ContactFile.write(million, 1_000_000, 400);
        big = null;
        Path m = Figures.OUT.resolve("csv-million");
        delete(m);
        org.liaisondesk.persistence.Database seed = org.liaisondesk.persistence.Database.open(m);
        try {
            ContactFile.organisations(seed.jdbi(), List.of(), 400);
        } finally {
            seed.close();
        }
        try (org.liaisondesk.service.Services s = org.liaisondesk.service.Services.open(m)) {
            System.gc();
            long before = retained();
            long[] peak = {before};
            long t0 = System.nanoTime();
            var r = s.contactCsv().importFile(million, null, (char) 0, org.liaisondesk.service.csv.RecordCsv.OnDuplicate.SKIP,
                    false, false, fraction -> {
                        peak[0] = Math.max(peak[0], retained());
                        return true;
                    }, java.util.Map.of());
            figures.put("import_contacts_1m_ms", (double) (System.nanoTime() - t0) / 1_000_000);
            figures.put("import_contacts_1m_retained_growth_mb", (peak[0] - before) / (1024.0 * 1024.0));
            if (r.created() != 1_000_000) throw new AssertionError("the million-row import took " + r.summary());
        }
        delete(m);
        java.nio.file.Files.deleteIfExists(million);
    }

    /** Heap in use after the latest collection of each heap pool: what is really kept, not garbage waiting. */
    private static long retained() {
        long sum = 0;
        for (var pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP && pool.getCollectionUsage() != null) {
                sum += pool.getCollectionUsage().getUsed();
            }
        }
        return sum;
    }

    /** A 60-member, 14-day, 100-item delegation's reception sheet: read, laid out and written as PDF. */
    @Test
    @Order(7)
    void sheetPdf60x14() throws Exception {
        Path folder = Figures.OUT.resolve("sheet-data");
        delete(folder);
        List<Long> times = new ArrayList<>();
        try (org.liaisondesk.service.Services s = org.liaisondesk.service.Services.open(folder)) {
            org.liaisondesk.service.sheet.BigDelegation.create(s);
            var options = new org.liaisondesk.service.sheet.SheetOptions(
                    org.liaisondesk.service.sheet.SheetLanguage.BOTH, false, java.time.LocalDate.now());
            for (int i = 0; i < 25; i++) {
                long t0 = System.nanoTime();
                var sheet = s.sheets().layout(org.liaisondesk.service.sheet.BigDelegation.CODE, options);
                s.sheets().writePdf(sheet, Figures.OUT.resolve("sheet-60x14.pdf"));
                if (i >= 5) times.add((System.nanoTime() - t0) / 1_000_000);
            }
        }
        System.out.println("BENCH sheet runs (ms) " + times);
        figures.put("sheet_pdf_ms_60x14", Figures.percentile(times, 95));
    }

    /** The 2018 annual report on the scale-20 data: figures read (SQL aggregates), laid out and written as PDF. */
    @Test
    @Order(8)
    void reportScale20() throws Exception {
        org.assertj.core.api.Assumptions.assumeThat(SCALE20).exists();
        List<Long> times = new ArrayList<>();
        try (org.liaisondesk.service.Services s = org.liaisondesk.service.Services.open(SCALE20)) {
            for (int i = 0; i < 12; i++) {
                long t0 = System.nanoTime();
                var report = s.reports().report(2018);
                s.reports().write(report, org.liaisondesk.service.sheet.SheetLanguage.ZH,
                        Figures.OUT.resolve("report-2018-scale20.pdf"), java.time.LocalDate.now());
                if (i >= 2) times.add((System.nanoTime() - t0) / 1_000_000);
            }
        }
        System.out.println("BENCH report runs (ms) " + times);
        figures.put("report_ms_scale20", Figures.percentile(times, 95));
    }

    /** The installed app-image (jlink runtime, class-data archive) to its first frame on the scale-20 data. */
    @Test
    @Order(9)
    void packagedStartup() throws Exception {
        org.assertj.core.api.Assumptions.assumeThat(SCALE20).exists();
        PackagedStartup.ensureImage();
        PackagedStartup run = new PackagedStartup();
        try {
            String bareCp = PackagedStartup.bareClassPath();
            List<Long> app = new ArrayList<>();
            List<Long> bare = new ArrayList<>();
            for (int i = 0; i < 9; i++) {
                long a = run.packaged(SCALE20);
                long b = run.bare(bareCp);
                if (i >= 2) {
                    app.add(a);
                    bare.add(b);
                }
            }
            System.out.println("BENCH packaged runs (ms) " + app + " bare " + bare);
            double appMs = Figures.median(app);
            double bareMs = Figures.median(bare);
            figures.put("packaged_first_frame_ms", appMs);
            figures.put("baseline_fx_first_frame_ms_display", bareMs);
            figures.put("packaged_startup_ratio", appMs / bareMs);
            figures.put("app_image_mb", PackagedStartup.sizeMb());
        } finally {
            run.stop();
        }
    }

    @AfterAll
    void write() throws Exception { figures.write(); }

    static void delete(Path dir) throws Exception {
        if (!Files.exists(dir)) return;
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
