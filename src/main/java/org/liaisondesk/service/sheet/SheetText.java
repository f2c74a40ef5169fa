package org.liaisondesk.service.sheet;

import java.util.ArrayList;
import java.util.List;

/** Splits text into runs of one font, measures it, and wraps it to a width. */
public final class SheetText {
    private final SheetFonts fonts;

    public SheetText(SheetFonts fonts) { this.fonts = fonts; }

    public SheetFonts fonts() { return fonts; }

    /** A stretch of text drawn with one face. */
    public record Run(String text, SheetFonts.Face face) {}

    /** The text as runs; characters no installed font has are left out rather than drawn as boxes. */
    public List<Run> runs(String text, boolean bold) {
        List<Run> out = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        SheetFonts.Face current = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isISOControl(cp)) cp = ' ';
            SheetFonts.Face f = Character.getType(cp) == Character.NON_SPACING_MARK && current != null
                    && current.font().has(cp) ? current : fonts.face(cp, bold);
            if (f == null) continue;
            if (current != null && !f.equals(current)) {
                out.add(new Run(sb.toString(), current));
                sb.setLength(0);
            }
            current = f;
            sb.appendCodePoint(cp);
        }
        if (current != null && sb.length() > 0) out.add(new Run(sb.toString(), current));
        return out;
    }

    /** A run placed on the page: where it starts, in which font. */
    public record Placed(float x, float baseline, String text, SheetFont font, boolean fakeBold, SheetStyle style) {}

    /** The line's runs one after the other from its start: what the PDF and the printed page both draw. */
    public List<Placed> place(Ink.Text t) {
        List<Placed> out = new ArrayList<>();
        float x = t.x();
        for (Run r : runs(t.text(), t.style().bold())) {
            out.add(new Placed(x, t.baseline(), r.text(), r.face().font(), r.face().fakeBold(), t.style()));
            x += width(r.text(), t.style());
        }
        return out;
    }

    public float width(String text, SheetStyle style) {
        float w = 0;
        for (Run r : runs(text, style.bold())) {
            for (int i = 0; i < r.text().length(); ) {
                int cp = r.text().codePointAt(i);
                i += Character.charCount(cp);
                w += r.face().font().width(cp, style.size());
            }
        }
        return w;
    }

    /**
     * Lines no wider than {@code width}: breaks at spaces in Latin text and between Chinese
     * characters (never before closing punctuation), and inside a word only when it alone is too wide.
     */
    public List<String> wrap(String text, SheetStyle style, float width) {
        List<String> lines = new ArrayList<>();
        if (text == null) return lines;
        for (String para : text.strip().split("\\R")) {
            if (para.isBlank()) continue;
            wrapParagraph(para.strip(), style, width, lines);
        }
        return lines;
    }

    private void wrapParagraph(String para, SheetStyle style, float width, List<String> out) {
        StringBuilder line = new StringBuilder();
        for (String token : tokens(para)) {
            String candidate = line + token;
            if (width(candidate.stripTrailing(), style) <= width || line.toString().isBlank()) {
                if (line.toString().isBlank() && width(token.strip(), style) > width) {
                    line.setLength(0);
                    breakWord(token.strip(), style, width, out, line);
                } else {
                    line.append(token);
                }
            } else {
                out.add(line.toString().strip());
                line.setLength(0);
                if (width(token.strip(), style) > width) breakWord(token.strip(), style, width, out, line);
                else line.append(token.stripLeading());
            }
        }
        if (!line.toString().isBlank()) out.add(line.toString().strip());
    }

    private void breakWord(String word, SheetStyle style, float width, List<String> out, StringBuilder rest) {
        StringBuilder part = new StringBuilder();
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            i += Character.charCount(cp);
            if (part.length() > 0 && width(part.toString() + Character.toString(cp), style) > width) {
                out.add(part.toString());
                part.setLength(0);
            }
            part.appendCodePoint(cp);
        }
        rest.append(part);
    }

    /** Words with their trailing space; each Chinese character is a word with its following punctuation. */
    static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder t = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            boolean cjk = SheetFonts.isChinese(cp) && !closing(cp);
            if (cjk && t.length() > 0 && !opening(t.codePointBefore(t.length()))) {
                out.add(t.toString());
                t.setLength(0);
            }
            t.appendCodePoint(cp);
            if (cp == ' ' || cp == '/' || cp == '-') {
                out.add(t.toString());
                t.setLength(0);
            }
        }
        if (t.length() > 0) out.add(t.toString());
        return out;
    }

    private static boolean closing(int cp) { return "，。、；：！？）》」』】〕·…—,.;:!?)".indexOf(cp) >= 0; }

    private static boolean opening(int cp) { return "（《「『【〔(".indexOf(cp) >= 0; }
}
