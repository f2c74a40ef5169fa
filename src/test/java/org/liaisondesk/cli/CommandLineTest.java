package org.liaisondesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line in process: exit codes, messages, and that no command starts the desktop. */
class CommandLineTest {
    @TempDir Path dir;
    final List<Path> desktopStarts = new ArrayList<>();
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    Locale saved;

    @BeforeEach
    void english() {
        saved = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
    }

    @AfterEach
    void restore() { Locale.setDefault(saved); }

    int run(String... args) {
        CommandLine cmd = LiaisonCommand.commandLine((folder, exit) -> desktopStarts.add(folder));
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        return cmd.execute(args);
    }

    @Test
    void versionAndHelp() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).matches("Liaison Desk \\S+\\R");
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("demo", "--data-dir");
        assertThat(desktopStarts).isEmpty();
    }

    @Test
    void demoLoadsOnceThenRefusesUnlessReplace() {
        assertThat(run("--data-dir", dir.toString(), "demo")).isZero();
        assertThat(out.toString()).startsWith("Sample data loaded:").contains("delegation 5");
        assertThat(run("--data-dir", dir.toString(), "demo")).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo(
                "The database already holds records; the sample was not loaded. Add --replace to replace every record.");
        assertThat(run("--data-dir", dir.toString(), "demo", "--replace")).isZero();
        assertThat(desktopStarts).isEmpty();
    }

    @Test
    void chineseUsersGetChineseMessages() {
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        run("--data-dir", dir.toString(), "demo");
        assertThat(out.toString()).startsWith("已载入示例数据：").contains("团组 5");
        run("--data-dir", dir.toString(), "demo");
        assertThat(err.toString()).startsWith("数据库中已有记录");
    }

    @Test
    void generateFillsAnEmptyFolderAndRejectsABadScale() {
        assertThat(run("--data-dir", dir.toString(), "generate", "--scale", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("--scale must be 1 to 200");
        assertThat(run("--data-dir", dir.toString(), "generate", "--scale", "1", "--seed", "3")).isZero();
        assertThat(out.toString()).contains("Generating 100%", "Generated: organisation 2000, contact 5000");
        assertThat(run("--data-dir", dir.toString(), "generate", "--scale", "1")).isEqualTo(1);
    }

    @Test
    void reportWritesPdfOrCsvAndRefusesABadYearOrFileType() throws Exception {
        run("--data-dir", dir.toString(), "demo");
        java.nio.file.Path csv = dir.resolveSibling(dir.getFileName() + "-2018.csv");
        assertThat(run("--data-dir", dir.toString(), "report", "--year", "2018", csv.toString(), "--lang", "en")).isZero();
        assertThat(out.toString()).contains("Wrote the 2018 report");
        assertThat(java.nio.file.Files.readString(csv)).contains("Events held,4,1,+3");
        assertThat(run("--data-dir", dir.toString(), "report", "--year", "1200", csv.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("No report for the year \"1200\"");
        assertThat(run("--data-dir", dir.toString(), "report", "--year", "2018", "x.docx")).isEqualTo(1);
        assertThat(err.toString()).contains("as a .pdf or .csv file only");
        assertThat(run("--data-dir", dir.toString(), "report", csv.toString())).as("--year is required").isEqualTo(2);
        java.nio.file.Files.deleteIfExists(csv);
    }

    @Test
    void encryptedDataOpensWithThePasswordFileAndRefusesWithoutOrWithAWrongOne() throws Exception {
        run("--data-dir", dir.toString(), "demo");
        try (var s = org.liaisondesk.service.Services.open(dir)) {
            s.encryption().turnOn("Mekong-Lancang-2026".toCharArray());
        }
        Path right = dir.resolveSibling(dir.getFileName() + "-pw.txt");
        java.nio.file.Files.writeString(right, "Mekong-Lancang-2026\n");
        Path wrong = dir.resolveSibling(dir.getFileName() + "-wrong.txt");
        java.nio.file.Files.writeString(wrong, "mekong-lancang-2026\n");
        Path csv = dir.resolveSibling(dir.getFileName() + "-orgs.csv");
        // No terminal in a test: without a file the program cannot ask, and says how to give it.
        assertThat(run("--data-dir", dir.toString(), "export", "organizations", csv.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("is encrypted", "--password-file");
        assertThat(run("--data-dir", dir.toString(), "--password-file", wrong.toString(), "export", "organizations",
                csv.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("The password does not open the data");
        assertThat(run("--data-dir", dir.toString(), "--password-file", dir.resolve("nowhere.txt").toString(),
                "export", "organizations", csv.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("Cannot read the password file");
        assertThat(csv).doesNotExist();
        assertThat(run("--data-dir", dir.toString(), "export", "organizations", csv.toString(), "--password-file",
                right.toString())).isZero();
        assertThat(java.nio.file.Files.readString(csv)).contains("云南省妇女联合会");
        for (Path p : List.of(right, wrong, csv)) java.nio.file.Files.deleteIfExists(p);
    }

    @Test
    void aDatabaseOfAnotherEngineVersionIsRefusedAndRestoreCarriesTheBackupIntoANewOne() throws Exception {
        run("--data-dir", dir.toString(), "demo");
        Path zip = dir.resolveSibling(dir.getFileName() + "-carry.zip");
        assertThat(run("--data-dir", dir.toString(), "backup", zip.toString())).isZero();
        org.liaisondesk.persistence.upgrade.FutureFormat.mark(dir.resolve("liaison.mv.db"));
        Path csv = dir.resolveSibling(dir.getFileName() + "-o.csv");
        assertThat(run("--data-dir", dir.toString(), "export", "organizations", csv.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("written by another version of the database engine", "Nothing was changed");
        // A bad backup is refused before anything is moved.
        Path bad = dir.resolveSibling(dir.getFileName() + "-not-a-backup.zip");
        java.nio.file.Files.writeString(bad, "no zip");
        byte[] unreadable = java.nio.file.Files.readAllBytes(dir.resolve("liaison.mv.db"));
        assertThat(run("--data-dir", dir.toString(), "restore", bad.toString())).isEqualTo(1);
        assertThat(java.nio.file.Files.readAllBytes(dir.resolve("liaison.mv.db"))).isEqualTo(unreadable);
        try (var files = java.nio.file.Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".set-aside"));
        }
        java.nio.file.Files.delete(bad);
        assertThat(run("--data-dir", dir.toString(), "restore", zip.toString())).isZero();
        assertThat(out.toString()).contains("is kept as", ".mv.db.set-aside", "Restored from " + zip);
        assertThat(run("--data-dir", dir.toString(), "export", "organizations", csv.toString())).isZero();
        assertThat(java.nio.file.Files.readString(csv)).contains("云南省妇女联合会");
        for (Path p : List.of(zip, csv)) java.nio.file.Files.deleteIfExists(p);
    }

    @Test
    void backupThenRestoreAndABadFileExitsOne() throws Exception {
        run("--data-dir", dir.toString(), "demo");
        java.nio.file.Path zip = dir.resolveSibling(dir.getFileName() + "-backup.zip");
        assertThat(run("--data-dir", dir.toString(), "backup", zip.toString())).isZero();
        assertThat(out.toString()).contains("Backup written: " + zip, "0 attachments");
        assertThat(run("--data-dir", dir.toString(), "restore", zip.toString())).isZero();
        assertThat(out.toString()).contains("Restored from " + zip, "liaison-desk-before-restore-");
        java.nio.file.Path bad = dir.resolveSibling(dir.getFileName() + "-bad.zip");
        java.nio.file.Files.writeString(bad, "no zip");
        assertThat(run("--data-dir", dir.toString(), "restore", bad.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("is not a Liaison Desk backup; nothing was changed");
        java.nio.file.Files.deleteIfExists(zip);
        java.nio.file.Files.deleteIfExists(bad);
    }

    @Test
    void exportsMaskPassportsUnlessAskedAndSaySo() throws Exception {
        run("--data-dir", dir.toString(), "demo");
        java.nio.file.Path masked = dir.resolveSibling(dir.getFileName() + "-m.csv");
        java.nio.file.Path full = dir.resolveSibling(dir.getFileName() + "-f.csv");
        assertThat(run("--data-dir", dir.toString(), "export", "delegation_members", masked.toString())).isZero();
        assertThat(out.toString()).contains("last four characters only");
        assertThat(java.nio.file.Files.readString(masked)).contains("••••4567").doesNotContain("C1234567");
        assertThat(run("--data-dir", dir.toString(), "export", "delegation_members", full.toString(), "--with-passports")).isZero();
        assertThat(out.toString()).contains("passport numbers in full: keep it safe");
        assertThat(java.nio.file.Files.readString(full)).contains("C1234567");
        java.nio.file.Files.deleteIfExists(masked);
        java.nio.file.Files.deleteIfExists(full);
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run("--no-such-option")).isEqualTo(2);
        assertThat(run("no-such-command")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option", "Usage:");
    }

    @Test
    void noCommandStartsTheDesktopOnTheChosenFolder() {
        assertThat(run("--data-dir", dir.toString())).isZero();
        assertThat(desktopStarts).containsExactly(dir.toAbsolutePath());
    }

    static String lastLine(String text) {
        String[] lines = text.strip().split("\\R");
        return lines[lines.length - 1];
    }

    @Test
    void importAndExportOrganizations() throws Exception {
        String data = dir.resolve("data").toString();
        Path corpus = Path.of("src/test/resources/csv");
        assertThat(run("--data-dir", data, "import", "organizations", corpus.resolve("organizations-bad-rows.csv").toString(),
                "--errors", dir.resolve("problems.csv").toString())).isEqualTo(1);
        assertThat(lastLine(out.toString())).isEqualTo("created 0, updated 0, skipped 0, failed 6");
        assertThat(err.toString()).contains("line 2, partner_since \"2018-13-40\"", "line 3, country");
        assertThat(java.nio.file.Files.readString(dir.resolve("problems.csv"))).contains("line,column,value,reason");

        out.getBuffer().setLength(0);
        assertThat(run("--data-dir", data, "import", "organizations", corpus.resolve("organizations-gbk-zh.csv").toString(),
                "--dry-run")).isZero();
        assertThat(lastLine(out.toString())).isEqualTo("created 4, updated 0, skipped 0, failed 0");
        out.getBuffer().setLength(0);
        assertThat(run("--data-dir", data, "import", "organizations", corpus.resolve("organizations-gbk-zh.csv").toString(),
                "--encoding", "gb18030", "--delimiter", "comma")).isZero();
        assertThat(lastLine(out.toString())).isEqualTo("created 4, updated 0, skipped 0, failed 0");
        out.getBuffer().setLength(0);
        assertThat(run("--data-dir", data, "import", "organizations", corpus.resolve("organizations-gbk-zh.csv").toString(),
                "--on-duplicate", "update")).isZero();
        assertThat(lastLine(out.toString())).isEqualTo("created 0, updated 4, skipped 0, failed 0");

        assertThat(run("--data-dir", data, "import", "planets", "x.csv")).isEqualTo(2);
        assertThat(run("--data-dir", data, "import", "organizations", "x.csv", "--encoding", "latin9")).isEqualTo(2);
        assertThat(run("--data-dir", data, "import", "organizations", corpus.resolve("picture.csv").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("is not text");

        Path exported = dir.resolve("orgs.csv");
        assertThat(run("--data-dir", data, "export", "organizations", exported.toString())).isZero();
        assertThat(java.nio.file.Files.readAllBytes(exported)[0] & 0xFF).isEqualTo(0xEF);
        assertThat(java.nio.file.Files.readString(exported)).startsWith("\uFEFFname_zh,name_en,name_local");
        assertThat(desktopStarts).isEmpty();
    }
}
