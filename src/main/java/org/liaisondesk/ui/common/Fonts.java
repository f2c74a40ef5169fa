package org.liaisondesk.ui.common;

import java.util.List;
import javafx.scene.Parent;
import javafx.scene.text.Font;

/**
 * Picks an installed font that has Chinese glyphs and puts it on a window's root. JavaFX CSS takes
 * one family, not a fallback list, and the system font on Linux may have no Chinese at all (it
 * then draws boxes), so the choice is made here, once, from the families an office PC may have.
 */
public final class Fonts {
    private static final List<String> CHINESE = List.of("Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC",
            "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "SimSun");
    private static String chosen;
    private static boolean looked;

    private Fonts() {}

    /** The first of the known Chinese-capable families that is installed, or null for the system font. */
    public static synchronized String chinese() {
        if (!looked) {
            looked = true;
            // One listing of the installed families is cheaper than asking for each candidate by name.
            java.util.Set<String> installed = new java.util.HashSet<>(Font.getFamilies());
            chosen = CHINESE.stream().filter(installed::contains).findFirst().orElse(null);
        }
        return chosen;
    }

    public static void apply(Parent root) {
        String family = chinese();
        if (family != null) root.setStyle("-fx-font-family: \"" + family + "\";");
    }
}
