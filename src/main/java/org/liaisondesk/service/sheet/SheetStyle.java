package org.liaisondesk.service.sheet;

/** The sheet's type scale: few sizes, weight for headings, grey for labels and the footer. */
public enum SheetStyle {
    KICKER(9f, true, 0.35f),
    TITLE(15f, true, 0f),
    SUBTITLE(8.5f, false, 0.3f),
    HEADING(11f, true, 0f),
    LABEL(8.5f, false, 0.35f),
    VALUE(9f, false, 0f),
    TH(8f, true, 0f),
    TD(8f, false, 0f),
    GROUP(8.5f, true, 0f),
    FOOTER(7f, false, 0.4f);

    private final float size;
    private final boolean bold;
    private final float gray;

    SheetStyle(float size, boolean bold, float gray) {
        this.size = size;
        this.bold = bold;
        this.gray = gray;
    }

    public float size() { return size; }

    public boolean bold() { return bold; }

    /** 0 is black, 1 white. */
    public float gray() { return gray; }

    /** Distance between baselines of wrapped lines. */
    public float leading() { return size * 1.38f; }
}
