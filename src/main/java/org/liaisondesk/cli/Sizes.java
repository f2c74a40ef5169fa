package org.liaisondesk.cli;

/** File sizes as people read them. */
final class Sizes {
    private Sizes() {}

    static String megabytes(long bytes) { return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1048576.0); }
}
