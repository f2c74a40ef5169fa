package org.liaisondesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Start-up of the installed app-image against a bare JavaFX stage, both on a real display (an Xvfb
 * the benchmark starts when none is set): the launcher cannot take Monocle, so neither does the baseline.
 */
final class PackagedStartup {
    static final Path IMAGE = Path.of("target", "installer", "LiaisonDesk");
    private final String display;
    private Process xvfb;

    PackagedStartup() throws Exception {
        String set = System.getenv("DISPLAY");
        if (set != null && !set.isBlank()) {
            display = set;
        } else {
            display = ":97";
            xvfb = new ProcessBuilder("Xvfb", display, "-screen", "0", "1440x900x24").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            Thread.sleep(1500);
        }
    }

    /** Builds the app-image with the project's own script unless it is there already. */
    static void ensureImage() throws Exception {
        if (Files.isExecutable(IMAGE.resolve("bin/LiaisonDesk"))) return;
        run(List.of("bash", "installer/linux/build.sh", "--app-image"), null);
    }

    long packaged(Path data) throws Exception {
        return Jvm.number(run(List.of(IMAGE.resolve("bin/LiaisonDesk").toString(), "--data-dir", data.toString(),
                "--exit-after-first-frame"), display), "first_frame_ms=(\\d+)");
    }

    long bare(String classPath) throws Exception {
        return Jvm.number(run(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.language=en", "-cp", classPath, BareStage.class.getName()), display), "first_frame_ms=(\\d+)");
    }

    /** The bare stage's class path without Monocle, so it opens a real window like the launcher. */
    static String bareClassPath() throws Exception {
        return String.join(File.pathSeparator, Jvm.JAR.toString(), Jvm.JAR.resolveSibling("lib") + File.separator + "*",
                Path.of(BareStage.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
    }

    static double sizeMb() throws Exception {
        try (Stream<Path> files = Files.walk(IMAGE)) {
            long bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
            return Math.round(bytes / 1048576.0 * 10) / 10.0;
        }
    }

    void stop() { if (xvfb != null) xvfb.destroy(); }

    private static String run(List<String> cmd, String display) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(cmd)).redirectErrorStream(true);
        if (display != null) pb.environment().put("DISPLAY", display);
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }
}
