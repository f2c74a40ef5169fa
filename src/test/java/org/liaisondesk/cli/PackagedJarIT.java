package org.liaisondesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.service.Services;

/** The packaged jar as a user runs it: `java -jar target/liaison-desk.jar …` in its own process. */
class PackagedJarIT {
    @TempDir Path dir;

    record Result(int code, String out, String err) {}

    Result jar(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.language=en", "-Duser.country=US", "-jar", System.getProperty("liaison.jar")));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).start();
        p.getOutputStream().close();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("finished").isTrue();
        return new Result(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void versionAndDemoFromTheJar() throws Exception {
        Result v = jar("--version");
        assertThat(v.code()).isZero();
        assertThat(v.out()).startsWith("Liaison Desk ");
        Result demo = jar("--data-dir", dir.toString(), "demo");
        assertThat(demo.code()).as(demo.err()).isZero();
        assertThat(demo.out()).contains("Sample data loaded");
        Result again = jar("--data-dir", dir.toString(), "demo");
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err().lines().count()).isEqualTo(1);
        assertThat(dir.resolve("logs/liaison-desk.log")).exists();
    }

    @Test
    void aSecondProgramOnTheSameFolderIsToldItIsInUse() throws Exception {
        try (Services holder = Services.open(dir)) {
            Result r = jar("--data-dir", dir.toString(), "demo");
            assertThat(r.code()).isEqualTo(1);
            assertThat(r.err().strip()).startsWith("The data folder " + dir.toAbsolutePath() + " is in use");
            assertThat(r.err().lines().count()).isEqualTo(1);
            assertThat(holder.statistics().isEmpty()).as("nothing written").isTrue();
        }
    }

    @Test
    void usageErrorExitsTwo() throws Exception {
        assertThat(jar("--frobnicate").code()).isEqualTo(2);
    }
}
