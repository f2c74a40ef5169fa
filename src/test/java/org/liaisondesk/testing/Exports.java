package org.liaisondesk.testing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.liaisondesk.service.Services;

/** Every CSV file type exported, as text: two data folders hold the same records when these are equal. */
public final class Exports {
    public static final List<String> TYPES = List.of("organizations", "contacts", "offices", "events", "agreements",
            "delegations", "projects", "delegation_members", "itinerary", "gifts");

    private Exports() {}

    /** The exports (passports in full), written under {@code dir} with names starting with {@code tag}. */
    public static Map<String, String> of(Services s, Path dir, String tag) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        for (String type : TYPES) {
            Path f = dir.resolve(tag + "-" + type + ".csv");
            s.csv(type).export(f, StandardCharsets.UTF_8, true);
            out.put(type, Files.readString(f, StandardCharsets.UTF_8));
        }
        return out;
    }
}
