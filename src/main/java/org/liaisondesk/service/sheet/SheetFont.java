package org.liaisondesk.service.sheet;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * One font file the sheet can embed: TrueType outlines only, because PDFBox can subset those but
 * not the CFF outlines of fonts such as Noto Sans CJK. Widths come from the same file the PDF
 * embeds and the printed page draws with, so the layout measures what is really drawn.
 */
public final class SheetFont {
    private final Path file;
    private final String name;
    private final TrueTypeFont ttf;
    private final CmapLookup cmap;
    private final float unitsPerEm;

    SheetFont(Path file, TrueTypeFont ttf) throws IOException {
        this.file = file;
        this.ttf = ttf;
        this.name = ttf.getName();
        this.cmap = ttf.getUnicodeCmapLookup();
        this.unitsPerEm = ttf.getUnitsPerEm();
    }

    public Path file() { return file; }

    /** The PostScript name, which picks the face inside a collection (.ttc). */
    public String name() { return name; }

    TrueTypeFont trueType() { return ttf; }

    public boolean has(int codePoint) { return cmap.getGlyphId(codePoint) > 0; }

    /** Advance width of one character at the given size, in points. */
    synchronized float width(int codePoint, float size) {
        try {
            return ttf.getAdvanceWidth(cmap.getGlyphId(codePoint)) * size / unitsPerEm;
        } catch (IOException e) {
            return size * 0.6f;
        }
    }

    @Override
    public String toString() { return name + " (" + file + ")"; }
}
