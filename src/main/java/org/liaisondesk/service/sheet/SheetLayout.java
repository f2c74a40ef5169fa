package org.liaisondesk.service.sheet;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import org.liaisondesk.service.sheet.SheetBlock.Cells;
import org.liaisondesk.service.sheet.SheetBlock.Column;
import org.liaisondesk.service.sheet.SheetBlock.Row;
import org.liaisondesk.service.sheet.SheetBlock.Table;

/**
 * Sets sheet blocks on A4 portrait pages: a wide left margin for binding, tables whose header (and
 * current day) repeat on each page they continue on, rows never cut at a page edge (a row taller
 * than a page continues line by line), and a footer with "page n of m" and the print date.
 */
public final class SheetLayout {
    public static final float LEFT = 70f;
    public static final float RIGHT = 42f;
    public static final float TOP = 46f;
    public static final float BOTTOM = 62f;
    static final float WIDTH = SheetPage.WIDTH - LEFT - RIGHT;
    private static final float PAD_X = 3f;
    private static final float PAD_Y = 2.6f;
    private static final float LIMIT = SheetPage.HEIGHT - BOTTOM;

    /** Footer texts; {@code pageOf} is a pattern with {0} = page and {1} = pages. */
    public record Footer(String left, String pageOf, String right) {}

    private final SheetText text;
    private final List<List<Ink>> pages = new ArrayList<>();
    private List<Ink> page;
    private float y;

    public SheetLayout(SheetText text) { this.text = text; }

    public List<SheetPage> layout(List<SheetBlock> blocks, Footer footer) {
        newPage();
        for (SheetBlock b : blocks) {
            if (b instanceof SheetBlock.Header h) header(h);
            else if (b instanceof SheetBlock.Heading h) heading(h.text());
            else if (b instanceof SheetBlock.Facts f) facts(f);
            else if (b instanceof SheetBlock.Paragraph p) paragraph(p.text());
            else if (b instanceof Table t) table(t, true);
            else if (b instanceof SheetBlock.Bars c) bars(c);
        }
        List<SheetPage> out = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            List<Ink> inks = pages.get(i);
            footer(inks, footer, i + 1, pages.size());
            out.add(new SheetPage(i + 1, inks));
        }
        return out;
    }

    private void newPage() {
        page = new ArrayList<>();
        pages.add(page);
        y = TOP;
    }

    private void header(SheetBlock.Header h) {
        line(h.kicker(), SheetStyle.KICKER, LEFT);
        y += 4;
        for (String l : text.wrap(h.title(), SheetStyle.TITLE, WIDTH)) line(l, SheetStyle.TITLE, LEFT);
        y += 2;
        for (String s : h.lines()) {
            for (String l : text.wrap(s, SheetStyle.SUBTITLE, WIDTH)) line(l, SheetStyle.SUBTITLE, LEFT);
        }
        y += 4;
        page.add(new Ink.Rule(LEFT, y, LEFT + WIDTH, y, 1.4f, 0f));
        y += 6;
    }

    private void heading(String s) {
        // A heading keeps with the start of what follows: a two-line table header, a day and a row or two.
        float need = SheetStyle.HEADING.leading() + 14 + 2 * SheetStyle.TH.leading() + 4 * SheetStyle.TD.leading() + 16;
        if (y + need > LIMIT) newPage();
        else y += 9;
        line(s, SheetStyle.HEADING, LEFT);
        y += 1.5f;
        page.add(new Ink.Rule(LEFT, y, LEFT + WIDTH, y, 0.6f, 0.55f));
        y += 4;
    }

    private void facts(SheetBlock.Facts f) {
        float label = 0;
        for (SheetBlock.Fact x : f.facts()) label = Math.max(label, text.width(x.label(), SheetStyle.LABEL));
        label = Math.min(label + 2 * PAD_X + 6, WIDTH * 0.32f);
        List<Row> rows = new ArrayList<>();
        for (SheetBlock.Fact x : f.facts()) {
            if (x.value() != null && !x.value().isBlank()) rows.add(new Cells(List.of(x.label(), x.value())));
        }
        Table t = new Table(List.of(new Column("", label), new Column("", WIDTH - label)), rows, "");
        table(t, false);
    }

    private void paragraph(String s) {
        y += 2;
        for (String l : text.wrap(s, SheetStyle.VALUE, WIDTH)) {
            if (y + SheetStyle.VALUE.leading() > LIMIT) newPage();
            line(l, SheetStyle.VALUE, LEFT);
        }
    }

    /** A bar chart kept on one page: labels on the left, bars scaled to the largest figure, figures after them. */
    private void bars(SheetBlock.Bars chart) {
        boolean compare = chart.bars().stream().anyMatch(b -> b.previous() >= 0);
        float row = compare ? 15f : 11f;
        float need = chart.bars().size() * row + 2 * SheetStyle.TD.leading() + 8;
        if (y + need > LIMIT) newPage();
        float label = 0;
        for (SheetBlock.Bar b : chart.bars()) label = Math.max(label, text.width(b.label(), SheetStyle.TD));
        label = Math.min(label + 8, WIDTH * 0.3f);
        long max = 1;
        for (SheetBlock.Bar b : chart.bars()) max = Math.max(max, Math.max(b.current(), b.previous()));
        float x0 = LEFT + label, room = WIDTH - label - 30;
        y += 3;
        for (SheetBlock.Bar b : chart.bars()) {
            float top = y;
            page.add(new Ink.Text(LEFT, top + SheetStyle.TD.size() * 0.9f + 0.5f, b.label(), SheetStyle.TD));
            float w = room * b.current() / max;
            if (w > 0) page.add(new Ink.Band(x0, top + 1, w, 7, 0.35f));
            page.add(new Ink.Text(x0 + w + 3, top + 7, String.valueOf(b.current()), SheetStyle.TD));
            if (compare && b.previous() >= 0) {
                float pw = room * b.previous() / max;
                if (pw > 0) page.add(new Ink.Band(x0, top + 9, pw, 4, 0.75f));
                page.add(new Ink.Text(x0 + pw + 3, top + 13.5f, String.valueOf(b.previous()), SheetStyle.FOOTER));
            }
            y += row;
        }
        page.add(new Ink.Rule(x0, y - row + 1 - (chart.bars().size() - 1) * row, x0, y, 0.5f, 0.3f));
        y += 3;
        page.add(new Ink.Band(x0, y + 1, 10, 6, 0.35f));
        page.add(new Ink.Text(x0 + 14, y + 7, chart.currentLegend(), SheetStyle.FOOTER));
        if (compare) {
            float lx = x0 + 30 + text.width(chart.currentLegend(), SheetStyle.FOOTER);
            page.add(new Ink.Band(lx, y + 2, 10, 4, 0.75f));
            page.add(new Ink.Text(lx + 14, y + 7, chart.previousLegend(), SheetStyle.FOOTER));
        }
        y += SheetStyle.FOOTER.leading() + 8;
    }

    /** Draws one line of text at the cursor and moves the cursor below it. */
    private void line(String s, SheetStyle st, float x) {
        page.add(new Ink.Text(x, y + st.size() * 0.9f, s, st));
        y += st.leading();
    }

    private void table(Table t, boolean ruled) {
        float total = 0;
        for (Column c : t.columns()) total += c.weight();
        float[] x = new float[t.columns().size() + 1];
        x[0] = LEFT;
        for (int i = 0; i < t.columns().size(); i++) x[i + 1] = x[i] + WIDTH * t.columns().get(i).weight() / total;
        SheetStyle cell = ruled ? SheetStyle.TD : null;
        List<List<String>> head = ruled ? wrapCells(headers(t), x, SheetStyle.TH) : null;
        float headH = head == null ? 0 : height(head, SheetStyle.TH);
        if (head != null && y + headH + 2 * SheetStyle.TD.leading() + 2 * PAD_Y > LIMIT) newPage();
        if (head != null) drawHeader(head, x, headH);
        String band = null;
        for (int r = 0; r < t.rows().size(); r++) {
            Row row = t.rows().get(r);
            if (row instanceof SheetBlock.Band b) {
                float h = SheetStyle.GROUP.leading() + 2 * PAD_Y;
                // A day's band never ends a page: it stays with the first row under it.
                float next = r + 1 < t.rows().size() && t.rows().get(r + 1) instanceof Cells c
                        ? height(wrapCells(c.cells(), x, SheetStyle.TD), SheetStyle.TD) : 0;
                if (y + h + next > LIMIT) {
                    newPage();
                    if (head != null) drawHeader(head, x, headH);
                }
                drawBand(b.text(), x, h);
                band = b.text();
                continue;
            }
            Cells c = (Cells) row;
            List<List<String>> lines = ruled ? wrapCells(c.cells(), x, cell) : factLines(c.cells(), x);
            SheetStyle[] styles = ruled ? null : new SheetStyle[] {SheetStyle.LABEL, SheetStyle.VALUE};
            int max = Math.max(lines.stream().mapToInt(List::size).max().orElse(1), 1);
            float lead = ruled ? cell.leading() : SheetStyle.VALUE.leading();
            for (int from = 0; from < max; ) {
                int fit = (int) Math.floor((LIMIT - y - 2 * PAD_Y) / lead);
                if (max - from > fit && !pageHasOnlyHeader(headH)) {
                    // The rest of the row goes to the next page whole, under the repeated header and day.
                    newPage();
                    if (head != null) drawHeader(head, x, headH);
                    if (band != null) drawBand(band + t.continued(), x, SheetStyle.GROUP.leading() + 2 * PAD_Y);
                    continue;
                }
                int take = Math.min(max - from, Math.max(fit, 1));
                drawCells(lines, from, take, x, cell, styles, lead, ruled);
                from += take;
            }
        }
        y += ruled ? 4 : 2;
    }

    /** True at the top of a page (under its repeated header): a row too tall even here is split by lines. */
    private boolean pageHasOnlyHeader(float headH) {
        return y <= TOP + headH + SheetStyle.GROUP.leading() + 2 * PAD_Y + 0.5f;
    }

    private static List<String> headers(Table t) {
        return t.columns().stream().map(Column::header).toList();
    }

    private List<List<String>> wrapCells(List<String> cells, float[] x, SheetStyle st) {
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < x.length - 1; i++) {
            String v = i < cells.size() ? cells.get(i) : "";
            out.add(text.wrap(v, st, x[i + 1] - x[i] - 2 * PAD_X));
        }
        return out;
    }

    private List<List<String>> factLines(List<String> cells, float[] x) {
        return List.of(text.wrap(cells.get(0), SheetStyle.LABEL, x[1] - x[0] - 2 * PAD_X),
                text.wrap(cells.get(1), SheetStyle.VALUE, x[2] - x[1] - 2 * PAD_X));
    }

    private static float height(List<List<String>> lines, SheetStyle st) {
        int max = lines.stream().mapToInt(List::size).max().orElse(1);
        return Math.max(max, 1) * st.leading() + 2 * PAD_Y;
    }

    private void drawHeader(List<List<String>> head, float[] x, float h) {
        page.add(new Ink.Band(x[0], y, x[x.length - 1] - x[0], h, 0.9f));
        drawLines(head, 0, Integer.MAX_VALUE, x, SheetStyle.TH, null, SheetStyle.TH.leading());
        y += h;
        page.add(new Ink.Rule(x[0], y, x[x.length - 1], y, 0.8f, 0.2f));
    }

    private void drawBand(String s, float[] x, float h) {
        page.add(new Ink.Band(x[0], y, x[x.length - 1] - x[0], h, 0.96f));
        page.add(new Ink.Text(x[0] + PAD_X, y + PAD_Y + SheetStyle.GROUP.size() * 0.9f, s, SheetStyle.GROUP));
        y += h;
        page.add(new Ink.Rule(x[0], y, x[x.length - 1], y, 0.4f, 0.6f));
    }

    private void drawCells(List<List<String>> lines, int from, int take, float[] x, SheetStyle st,
                           SheetStyle[] styles, float lead, boolean ruled) {
        drawLines(lines, from, take, x, st, styles, lead);
        y += take * lead + 2 * PAD_Y;
        if (ruled) page.add(new Ink.Rule(x[0], y, x[x.length - 1], y, 0.35f, 0.7f));
    }

    private void drawLines(List<List<String>> lines, int from, int take, float[] x, SheetStyle st,
                           SheetStyle[] styles, float lead) {
        for (int c = 0; c < lines.size(); c++) {
            SheetStyle s = styles == null ? st : styles[c];
            List<String> cell = lines.get(c);
            for (int i = from; i < Math.min(cell.size(), from + take); i++) {
                float base = y + PAD_Y + s.size() * 0.9f + (i - from) * lead;
                page.add(new Ink.Text(x[c] + PAD_X, base, cell.get(i), s));
            }
        }
    }

    private void footer(List<Ink> inks, Footer f, int n, int of) {
        float base = SheetPage.HEIGHT - 34;
        inks.add(new Ink.Rule(LEFT, base - 11, LEFT + WIDTH, base - 11, 0.4f, 0.6f));
        inks.add(new Ink.Text(LEFT, base, f.left(), SheetStyle.FOOTER));
        String mid = MessageFormat.format(f.pageOf(), n, of);
        inks.add(new Ink.Text(LEFT + (WIDTH - text.width(mid, SheetStyle.FOOTER)) / 2, base, mid, SheetStyle.FOOTER));
        inks.add(new Ink.Text(LEFT + WIDTH - text.width(f.right(), SheetStyle.FOOTER), base, f.right(),
                SheetStyle.FOOTER));
    }
}
