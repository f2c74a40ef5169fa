package org.liaisondesk.service.crash;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.liaisondesk.domain.Organisation;
import org.liaisondesk.domain.OrganisationType;
import org.liaisondesk.domain.Tags;
import org.liaisondesk.service.Services;
import org.liaisondesk.service.csv.RecordCsv.OnDuplicate;

/**
 * The child process the kill test kills: it saves records and imports CSV batches as fast as it
 * can, printing a line after each one has committed, until it is killed.
 */
public final class KillTarget {
    static final int BATCH = 150;

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        int round = Integer.parseInt(args[1]);
        try (Services s = Services.open(data)) {
            System.out.println("ready");
            System.out.flush();
            for (int i = 0; ; i++) {
                String key = round + "-" + i;
                s.organisations().create(new Organisation(null, "save-" + key, null, null, null, OrganisationType.NGO,
                        "LA", null, null, null, null, null, null, null, null, null, Tags.NONE, null, null));
                System.out.println("saved " + key);
                System.out.flush();
                Path csv = data.resolveSibling("batch-" + key + ".csv");
                StringBuilder rows = new StringBuilder("name_zh,nationality,notes\n");
                for (int n = 0; n < BATCH; n++) rows.append("k").append(key).append("-").append(n).append(",VN,batch\n");
                Files.writeString(csv, rows, StandardCharsets.UTF_8);
                s.importCsv("contacts", csv, StandardCharsets.UTF_8, ',', OnDuplicate.SKIP, false, false, f -> true,
                        java.util.Map.of());
                System.out.println("imported " + key);
                System.out.flush();
                Files.deleteIfExists(csv);
            }
        }
    }
}
