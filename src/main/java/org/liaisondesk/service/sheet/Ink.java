package org.liaisondesk.service.sheet;

/**
 * What a laid-out page is made of, in points from the page's top-left corner. The PDF writer and
 * the printed page both draw exactly these, so print and PDF cannot drift apart.
 */
public sealed interface Ink {
    /** One line of text; {@code baseline} is the y of its baseline. */
    record Text(float x, float baseline, String text, SheetStyle style) implements Ink {}

    record Rule(float x1, float y1, float x2, float y2, float width, float gray) implements Ink {}

    /** A filled rectangle (table header and day bands). */
    record Band(float x, float y, float width, float height, float gray) implements Ink {}
}
