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

    Result jar(String... args) throws IOException, InterruptedException { return run(List.of(), args); }

    /** Runs the jar behind {@code prefix} (e.g. a command that takes the network away). */
    Result run(List<String> prefix, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(prefix);
        cmd.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
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

    /**
     * With no network at all (a network namespace holding only a downed loopback), the program
     * loads data, writes a report and a backup and restores it: it needs no connection.
     */
    @Test
    void worksWithNetworkingDisabled() throws Exception {
        List<String> noNet = List.of("unshare", "--net");
        org.junit.jupiter.api.Assumptions.assumeTrue(new ProcessBuilder("unshare", "--net", "true").start().waitFor() == 0,
                "unshare --net is not allowed here");
        Result probe = run(noNet, "--version");
        assertThat(probe.code()).as(probe.err()).isZero();
        assertThat(run(noNet, "--data-dir", dir.toString(), "demo").code()).isZero();
        Path pdf = dir.resolve("report.pdf"), zip = dir.resolve("backup.zip");
        Result report = run(noNet, "--data-dir", dir.toString(), "report", "--year", "2019", pdf.toString());
        assertThat(report.code()).as(report.err()).isZero();
        assertThat(run(noNet, "--data-dir", dir.toString(), "backup", zip.toString()).code()).isZero();
        Result restore = run(noNet, "--data-dir", dir.toString(), "restore", zip.toString());
        assertThat(restore.code()).as(restore.err()).isZero();
        Process p = new ProcessBuilder("unshare", "--net", "sh", "-c", "cat /proc/net/dev | grep -c ':'").start();
        assertThat(new String(p.getInputStream().readAllBytes()).strip()).as("only the loopback interface").isEqualTo("1");
    }

    @Test
    void usageErrorExitsTwo() throws Exception {
        assertThat(jar("--frobnicate").code()).isEqualTo(2);
    }
}
