package org.liaisondesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.liaisondesk.domain.Labelled;
import org.liaisondesk.ui.shell.Section;

/** Every label exists in both languages, and the Chinese interface has no English left in it. */
class BundleTest {
    static final Path I18N = Path.of("src/main/resources/org/liaisondesk/i18n");
    static Properties zh;
    static Properties en;

    @BeforeAll
    static void load() throws IOException {
        zh = readAll("zh_CN");
        en = readAll("en");
    }

    /** All parts of one language, as {@code MessageParts} merges them. */
    static Properties readAll(String language) throws IOException {
        Properties all = new Properties();
        try (Stream<Path> files = Files.list(I18N)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith("_" + language + ".properties")).sorted().toList()) {
                Properties part = read(f);
                for (String k : part.stringPropertyNames()) {
                    assertThat(all.containsKey(k)).as(k + " defined again in " + f.getFileName()).isFalse();
                }
                all.putAll(part);
            }
        }
        return all;
    }

    static Properties read(Path p) throws IOException {
        Properties props = new Properties();
        try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) { props.load(r); }
        return props;
    }

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(new TreeSet<>(zh.stringPropertyNames())).isEqualTo(new TreeSet<>(en.stringPropertyNames()));
    }

    /** The program reads every part: what the files hold is what the bundle holds, in both languages. */
    @Test
    void theBundleIsEveryPartMerged() {
        for (var lang : java.util.Map.of(java.util.Locale.SIMPLIFIED_CHINESE, zh, java.util.Locale.ENGLISH, en).entrySet()) {
            java.util.ResourceBundle b = org.liaisondesk.domain.Messages.bundle(lang.getKey());
            assertThat(new TreeSet<>(b.keySet())).as(lang.getKey().toString())
                    .isEqualTo(new TreeSet<>(lang.getValue().stringPropertyNames()));
        }
        assertThat(org.liaisondesk.domain.Messages.bundle(java.util.Locale.SIMPLIFIED_CHINESE).getString("encryption.title"))
                .isEqualTo("加密");
        assertThat(org.liaisondesk.domain.Messages.bundle(java.util.Locale.ENGLISH).getString("sheet.kicker.in"))
                .isEqualTo("Reception plan");
    }

    /** Chinese text, or a pattern of placeholders and punctuation only; never an English word left behind. */
    @Test
    void everyChineseLabelIsChinese() {
        List<String> notChinese = new ArrayList<>();
        for (String k : zh.stringPropertyNames()) {
            String v = zh.getProperty(k);
            boolean han = v.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
            boolean letters = v.replaceAll("\\{\\d+}", "").codePoints().anyMatch(Character::isLetter);
            if (!han && letters) notChinese.add(k);
        }
        assertThat(notChinese).isEmpty();
    }

    @Test
    void everyFxmlKeyExists() throws IOException {
        Pattern key = Pattern.compile("\"%([A-Za-z0-9_.]+)\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".fxml")).toList()) {
                Matcher m = key.matcher(Files.readString(f));
                while (m.find()) if (!zh.containsKey(m.group(1))) missing.add(f.getFileName() + ": " + m.group(1));
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyKeyNamedInTheCodeExists() throws IOException {
        Pattern key = Pattern.compile("\"((?:error|cli|status|dashboard|settings|about|sample|dialog|startup|menu"
                + "|section|app|form|field|page|map|timeline|csv|attachments|country|list|detail|editor|column|delete"
                + "|search|sheet)\\.[A-Za-z0-9_.]*[A-Za-z0-9_])\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = key.matcher(Files.readString(f));
                while (m.find()) {
                    // file names, and prefixes that code completes (checked one by one below)
                    boolean fileName = m.group(1).matches(".*\\.(json|tmp|properties)") || m.group(1).endsWith(".");
                    if (!fileName && !zh.containsKey(m.group(1))) missing.add(f.getFileName() + ": " + m.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyEnumValueAndSectionHasLabels() throws Exception {
        Set<String> missing = new TreeSet<>();
        Path domain = Path.of("src/main/java/org/liaisondesk/domain");
        try (Stream<Path> files = Files.walk(domain)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String name = domain.relativize(f).toString().replace(".java", "").replace(java.io.File.separatorChar, '.');
                Class<?> c = Class.forName("org.liaisondesk.domain." + name);
                if (!c.isEnum() || !Labelled.class.isAssignableFrom(c)) continue;
                for (Object v : c.getEnumConstants()) {
                    String k = ((Labelled) v).labelKey();
                    if (!zh.containsKey(k) || !en.containsKey(k)) missing.add(k);
                }
            }
        }
        for (var kind : org.liaisondesk.ui.dashboard.DashboardViewModel.TILES) {
            if (!zh.containsKey("dashboard.tile." + kind.name())) missing.add("dashboard.tile." + kind.name());
        }
        for (Section s : Section.values()) {
            if (!zh.containsKey(s.titleKey())) missing.add(s.titleKey());
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void chineseSaysCountryRegionNeverJustCountry() {
        assertThat(zh.getProperty("enum.RecordKind.COUNTRY_REGION")).isEqualTo("国家/地区");
        assertThat(zh.getProperty("error.country.blank")).contains("国家/地区");
    }
}
