package org.liaisondesk.service.sheet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.liaisondesk.domain.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fonts a reception sheet is set in, found on this computer: a Chinese font (required), a Latin
 * one for names with Vietnamese diacritics, and fonts for the partners' own scripts (Burmese, Thai,
 * Lao, Khmer, Bengali, Devanagari, Sinhala) where installed. Each character takes the first font
 * that has it; Chinese characters try the Chinese font first, everything else the Latin one.
 */
public final class SheetFonts {
    /** Overrides the search with one font file (TrueType .ttf or .ttc). */
    public static final String OVERRIDE = "LIAISON_DESK_SHEET_FONT";
    private static final Logger LOG = LoggerFactory.getLogger(SheetFonts.class);
    private static SheetFonts system;

    private final SheetFont chinese;
    private final SheetFont chineseBold;
    private final List<SheetFont> latin;
    private final List<SheetFont> latinBold;
    private final List<SheetFont> scripts;

    SheetFonts(SheetFont chinese, SheetFont chineseBold, List<SheetFont> latin, List<SheetFont> latinBold,
               List<SheetFont> scripts) {
        this.chinese = chinese;
        this.chineseBold = chineseBold;
        this.latin = latin;
        this.latinBold = latinBold;
        this.scripts = scripts;
    }

    /** A font and whether its bold must be drawn by stroking (no bold face was found). */
    public record Face(SheetFont font, boolean fakeBold) {}

    /**
     * The fonts of this computer, searched once.
     *
     * @throws InvalidInputException {@code sheet.error.noFont} when no Chinese TrueType font is installed
     */
    public static synchronized SheetFonts system() {
        if (system == null) system = find(FontPlaces.current());
        return system;
    }

    static SheetFonts find(FontPlaces places) {
        SheetFont zh = first(places.chinese(), "中国").orElseThrow(() ->
                new InvalidInputException("sheet.error.noFont", String.join(", ", places.chineseNames())));
        SheetFont zhBold = first(places.chineseBold(), "中国").orElse(null);
        List<SheetFont> latin = all(places.latin(), "ễ");
        List<SheetFont> latinBold = all(places.latinBold(), "ễ");
        List<SheetFont> scripts = all(places.scripts(), null);
        LOG.info("Reception sheet fonts: {} / bold {} / latin {} / scripts {}", zh, zhBold, latin, scripts.size());
        return new SheetFonts(zh, zhBold, latin, latinBold, scripts);
    }

    public SheetFont chinese() { return chinese; }

    /** The font that draws this character, or null when none installed has it. */
    public Face face(int cp, boolean bold) {
        boolean cjk = isChinese(cp);
        if (cjk || latin.isEmpty()) {
            SheetFont f = bold && chineseBold != null && chineseBold.has(cp) ? chineseBold : chinese;
            if (f.has(cp)) return new Face(f, bold && f != chineseBold);
        }
        if (bold) for (SheetFont f : latinBold) if (f.has(cp)) return new Face(f, false);
        for (SheetFont f : latin) if (f.has(cp)) return new Face(f, bold);
        if (chinese.has(cp)) return new Face(chinese, bold);
        for (SheetFont f : scripts) if (f.has(cp)) return new Face(f, bold);
        return null;
    }

    static boolean isChinese(int cp) {
        return (cp >= 0x2E80 && cp <= 0x9FFF) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFFEF) || (cp >= 0x20000 && cp <= 0x3FFFF)
                || cp == 0x2014 || cp == 0x2026 || cp == 0x201C || cp == 0x201D || cp == 0x00B7;
    }

    private static Optional<SheetFont> first(List<Path> files, String probe) {
        for (Path p : files) {
            Optional<SheetFont> f = open(p, probe);
            if (f.isPresent()) return f;
        }
        return Optional.empty();
    }

    private static List<SheetFont> all(List<Path> files, String probe) {
        List<SheetFont> out = new ArrayList<>();
        for (Path p : files) open(p, probe).ifPresent(out::add);
        return out;
    }

    /** The first face of the file with TrueType outlines that has the probe's characters. */
    static Optional<SheetFont> open(Path file, String probe) {
        if (!Files.isRegularFile(file)) return Optional.empty();
        try {
            for (TrueTypeFont ttf : faces(file)) {
                if (ttf instanceof OpenTypeFont otf && otf.isPostScript()) continue;
                SheetFont f = new SheetFont(file, ttf);
                if (probe == null || probe.codePoints().allMatch(f::has)) return Optional.of(f);
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("Font {} not usable: {}", file, e.toString());
        }
        return Optional.empty();
    }

    static List<TrueTypeFont> faces(Path file) throws IOException {
        String n = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (n.endsWith(".ttc")) {
            List<TrueTypeFont> out = new ArrayList<>();
            // The collection stays open: its faces read their tables lazily from it.
            TrueTypeCollection c = new TrueTypeCollection(file.toFile());
            c.processAllFonts(out::add);
            return out;
        }
        return List.of(new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile())));
    }

    /** Where fonts live on Windows, macOS and Linux, in order of preference. */
    record FontPlaces(List<Path> chinese, List<Path> chineseBold, List<Path> latin, List<Path> latinBold,
                      List<Path> scripts, List<String> chineseNames) {
        static FontPlaces current() {
            List<Path> zh = new ArrayList<>();
            String override = System.getenv(OVERRIDE) != null ? System.getenv(OVERRIDE) : System.getProperty(OVERRIDE);
            if (override != null && !override.isBlank()) zh.add(Path.of(override));
            String win = System.getenv().getOrDefault("WINDIR", "C:\\Windows");
            Path wf = Path.of(win, "Fonts");
            zh.add(wf.resolve("msyh.ttc"));
            zh.add(wf.resolve("simsun.ttc"));
            zh.add(wf.resolve("simhei.ttf"));
            zh.add(Path.of("/System/Library/Fonts/PingFang.ttc"));
            zh.add(Path.of("/Library/Fonts/Arial Unicode.ttf"));
            zh.add(Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"));
            zh.add(Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"));
            zh.addAll(fontconfig(":lang=zh"));
            zh.add(Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"));
            List<Path> zhBold = List.of(wf.resolve("msyhbd.ttc"), wf.resolve("simhei.ttf"));
            Path dejavu = Path.of("/usr/share/fonts/truetype/dejavu");
            Path noto = Path.of("/usr/share/fonts/truetype/noto");
            List<Path> latin = List.of(wf.resolve("arial.ttf"), wf.resolve("segoeui.ttf"),
                    Path.of("/System/Library/Fonts/Supplemental/Arial.ttf"), noto.resolve("NotoSans-Regular.ttf"),
                    dejavu.resolve("DejaVuSans.ttf"));
            List<Path> latinBold = List.of(wf.resolve("arialbd.ttf"), wf.resolve("segoeuib.ttf"),
                    Path.of("/System/Library/Fonts/Supplemental/Arial Bold.ttf"), noto.resolve("NotoSans-Bold.ttf"),
                    dejavu.resolve("DejaVuSans-Bold.ttf"));
            List<Path> scripts = new ArrayList<>(List.of(wf.resolve("mmrtext.ttf"), wf.resolve("LeelawUI.ttf"),
                    wf.resolve("Nirmala.ttf")));
            for (String s : List.of("Myanmar", "Thai", "Lao", "Khmer", "Bengali", "Devanagari", "Sinhala", "Tamil")) {
                scripts.add(noto.resolve("NotoSans" + s + "-Regular.ttf"));
            }
            return new FontPlaces(distinct(zh), zhBold, latin, latinBold, scripts,
                    List.of("Microsoft YaHei", "SimSun", "WenQuanYi Zen Hei (fonts-wqy-zenhei)", "Droid Sans Fallback"));
        }

        private static List<Path> distinct(List<Path> in) { return new ArrayList<>(new LinkedHashSet<>(in)); }

        /** Files fontconfig knows for a pattern; none where fontconfig is absent (Windows). */
        private static List<Path> fontconfig(String pattern) {
            try {
                Process p = new ProcessBuilder("fc-list", pattern, "file").redirectErrorStream(true).start();
                byte[] out = p.getInputStream().readAllBytes();
                if (!p.waitFor(5, TimeUnit.SECONDS)) p.destroy();
                Set<Path> files = new LinkedHashSet<>();
                for (String line : new String(out, StandardCharsets.UTF_8).split("\n")) {
                    String f = line.strip();
                    if (f.endsWith(":")) f = f.substring(0, f.length() - 1);
                    if (f.endsWith(".ttf") || f.endsWith(".ttc")) files.add(Path.of(f));
                }
                return new ArrayList<>(files);
            } catch (IOException e) {
                return List.of();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return List.of();
            }
        }
    }
}
