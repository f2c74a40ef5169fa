package org.liaisondesk.ui.sheet;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.liaisondesk.ui.sheet.SheetPreviewViewModel.BoxMark;
import org.liaisondesk.ui.sheet.SheetPreviewViewModel.LineMark;
import org.liaisondesk.ui.sheet.SheetPreviewViewModel.Mark;
import org.liaisondesk.ui.sheet.SheetPreviewViewModel.PageMarks;
import org.liaisondesk.ui.sheet.SheetPreviewViewModel.TextMark;

/**
 * One sheet page as JavaFX nodes, one unit per point: the same placed runs the PDF is written from,
 * drawn with the same font files, so the printed page and the PDF page are the same page.
 */
final class SheetPageNode {
    private static final Map<String, String[]> FAMILIES = new HashMap<>();

    private SheetPageNode() {}

    static Pane of(PageMarks page) {
        Pane pane = new Pane();
        pane.setPrefSize(SheetPreviewViewModel.PAGE_WIDTH, SheetPreviewViewModel.PAGE_HEIGHT);
        pane.setMinSize(SheetPreviewViewModel.PAGE_WIDTH, SheetPreviewViewModel.PAGE_HEIGHT);
        pane.setMaxSize(SheetPreviewViewModel.PAGE_WIDTH, SheetPreviewViewModel.PAGE_HEIGHT);
        pane.setBackground(new Background(new BackgroundFill(Color.WHITE, null, null)));
        for (Mark m : page.marks()) {
            if (m instanceof BoxMark b) {
                Rectangle r = new Rectangle(b.x(), b.y(), b.width(), b.height());
                r.setFill(Color.gray(b.gray()));
                pane.getChildren().add(r);
            } else if (m instanceof LineMark l) {
                Line line = new Line(l.x1(), l.y1(), l.x2(), l.y2());
                line.setStrokeWidth(l.width());
                line.setStroke(Color.gray(l.gray()));
                pane.getChildren().add(line);
            } else if (m instanceof TextMark t) {
                Text node = new Text(t.x(), t.baseline(), t.text());
                node.setFont(font(t.fontFile(), t.fontName(), t.size()));
                node.setFill(Color.gray(t.gray()));
                if (t.fakeBold()) {
                    node.setStroke(Color.gray(t.gray()));
                    node.setStrokeWidth(t.size() * 0.035);
                }
                pane.getChildren().add(node);
            }
        }
        return pane;
    }

    /** The font file's family, loaded into JavaFX once; sizes are then asked of the family. */
    static synchronized Font font(Path file, String name, double size) {
        String[] family = FAMILIES.computeIfAbsent(file + "#" + name, k -> load(file, name));
        if (family[0] == null) return Font.font(size);
        return Font.font(family[0], "bold".equals(family[1]) ? FontWeight.BOLD : FontWeight.NORMAL, size);
    }

    private static String[] load(Path file, String name) {
        String[] family = {null, "normal"};
        try {
            Font[] loaded = Font.loadFonts(file.toUri().toString(), 10);
            String wanted = name.replace("-", "").replace(" ", "");
            for (Font x : loaded == null ? new Font[0] : loaded) {
                if (family[0] == null || x.getName().replace(" ", "").equalsIgnoreCase(wanted)) {
                    family[0] = x.getFamily();
                    family[1] = x.getStyle().toLowerCase(java.util.Locale.ROOT).contains("bold") ? "bold" : "normal";
                }
            }
        } catch (RuntimeException e) {
            family[0] = null;
        }
        return family;
    }
}
