package org.liaisondesk.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A project's sites written one per line, "勐海县: 12000" or "Menghai County：12,000", the number
 * (beneficiaries) optional. Lets a form take a whole list in one box.
 */
public final class ProjectSites {
    private ProjectSites() {}

    /** @throws InvalidInputException {@code error.site.line} naming the line that cannot be read or repeats a county */
    public static List<ProjectSite> parse(String text) {
        List<ProjectSite> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        if (text == null) return out;
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) continue;
            int cut = lastSeparator(line);
            String county = (cut < 0 ? line : line.substring(0, cut)).strip();
            Integer people = null;
            if (cut >= 0) {
                try {
                    people = Numbers.parseWhole(line.substring(cut + 1));
                } catch (InvalidInputException e) {
                    throw new InvalidInputException("error.site.line", i + 1, line);
                }
            }
            if (county.isEmpty() || (people != null && people < 0) || !seen.add(county)) {
                throw new InvalidInputException("error.site.line", i + 1, line);
            }
            out.add(new ProjectSite(null, null, county, people));
        }
        return out;
    }

    public static String format(List<ProjectSite> sites) {
        StringBuilder b = new StringBuilder();
        for (ProjectSite s : sites) {
            if (!b.isEmpty()) b.append('\n');
            b.append(s.county());
            if (s.beneficiaries() != null) b.append(": ").append(s.beneficiaries());
        }
        return b.toString();
    }

    /** The colon (either width) before the number; commas may sit inside the number itself. */
    private static int lastSeparator(String line) {
        return Math.max(line.lastIndexOf(':'), line.lastIndexOf('：'));
    }
}
