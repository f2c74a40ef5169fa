package org.liaisondesk.service.sheet;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/** Writes laid-out pages as a PDF whose text is real text, with the used glyphs of each font embedded. */
public final class SheetPdf {
    private final SheetText text;

    public SheetPdf(SheetText text) { this.text = text; }

    public void write(List<SheetPage> pages, String title, OutputStream out) throws IOException {
        List<Closeable> open = new ArrayList<>();
        try (PDDocument doc = new PDDocument()) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(title);
            info.setCreator("Liaison Desk 外联工作台");
            Map<SheetFont, PDType0Font> fonts = new HashMap<>();
            for (SheetPage p : pages) {
                PDPage page = new PDPage(new PDRectangle(SheetPage.WIDTH, SheetPage.HEIGHT));
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    for (Ink ink : p.inks()) draw(doc, cs, ink, fonts, open);
                }
            }
            doc.save(out);
        } finally {
            for (Closeable c : open) c.close();
        }
    }

    private void draw(PDDocument doc, PDPageContentStream cs, Ink ink, Map<SheetFont, PDType0Font> fonts,
                      List<Closeable> open) throws IOException {
        float h = SheetPage.HEIGHT;
        if (ink instanceof Ink.Band b) {
            cs.setNonStrokingColor(b.gray());
            cs.addRect(b.x(), h - b.y() - b.height(), b.width(), b.height());
            cs.fill();
        } else if (ink instanceof Ink.Rule r) {
            cs.setStrokingColor(r.gray());
            cs.setLineWidth(r.width());
            cs.moveTo(r.x1(), h - r.y1());
            cs.lineTo(r.x2(), h - r.y2());
            cs.stroke();
        } else if (ink instanceof Ink.Text t) {
            for (SheetText.Placed run : text.place(t)) {
                SheetStyle st = run.style();
                PDType0Font f = fonts.get(run.font());
                if (f == null) {
                    f = load(doc, run.font(), open);
                    fonts.put(run.font(), f);
                }
                cs.beginText();
                cs.setFont(f, st.size());
                cs.setNonStrokingColor(st.gray());
                if (run.fakeBold()) {
                    cs.setRenderingMode(RenderingMode.FILL_STROKE);
                    cs.setStrokingColor(st.gray());
                    cs.setLineWidth(st.size() * 0.035f);
                } else {
                    cs.setRenderingMode(RenderingMode.FILL);
                }
                cs.newLineAtOffset(run.x(), h - run.baseline());
                cs.showText(run.text());
                cs.endText();
            }
        }
    }

    /** A fresh copy of the font per document: PDFBox subsets it on save and must own what it reads. */
    private static PDType0Font load(PDDocument doc, SheetFont font, List<Closeable> open) throws IOException {
        String n = font.file().getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        TrueTypeFont ttf;
        if (n.endsWith(".ttc")) {
            TrueTypeCollection c = new TrueTypeCollection(font.file().toFile());
            open.add(c);
            ttf = c.getFontByName(font.name());
        } else {
            ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(font.file().toFile()));
            open.add(ttf);
        }
        // Text is measured glyph by glyph from the cmap, so it is drawn the same way: PDFBox's own
        // substitutions (Latin ligatures such as "ffi") would drop letters from the text layer and
        // rebuild a regex for every line drawn (seconds on a 200-page report).
        ttf.setEnableGsub(false);
        return PDType0Font.load(doc, ttf, true);
    }
}
