package org.liaisondesk.service.generate;

/**
 * How many records a scale makes. Scale 1 is a realistic office's thirty years; larger scales
 * multiply every count, so relations keep their proportions.
 */
public record GeneratorPlan(int organisations, int contacts, int delegations, int members, int itineraryItems,
                            int events, int agreements, int projects, int offices, int gifts) {
    public static GeneratorPlan ofScale(int scale) {
        if (scale < 1 || scale > 200) throw new IllegalArgumentException("scale must be 1 to 200");
        return new GeneratorPlan(2_000 * scale, 5_000 * scale, 1_000 * scale, 15_000 * scale, 8_000 * scale,
                3_000 * scale, 300 * scale, 100 * scale, 20 * scale, 2_000 * scale);
    }

    public long total() {
        return (long) organisations + contacts + delegations + members + itineraryItems + events + agreements + projects
                + offices + gifts;
    }
}
