package org.liaisondesk.service.sheet;

import java.util.List;

/** One A4 page of a laid-out sheet; {@code number} counts from 1. */
public record SheetPage(int number, List<Ink> inks) {
    public static final float WIDTH = 595.28f;
    public static final float HEIGHT = 841.89f;

    public SheetPage {
        inks = List.copyOf(inks);
    }
}
