package org.liaisondesk.persistence.upgrade;

import java.nio.file.Path;
import java.time.LocalDateTime;
import org.liaisondesk.service.Services;

/**
 * The program as an office would have run it on an older H2: started in a child JVM whose class
 * path holds that H2 instead of ours, it fills a data folder with the sample and backs it up.
 */
public final class OldEngineProgram {
    private OldEngineProgram() {}

    public static void main(String[] args) {
        try (Services s = Services.open(Path.of(args[0]))) {
            s.sampleData().load(false);
            s.backups().backup(Path.of(args[1]), LocalDateTime.of(2026, 11, 28, 8, 0));
        }
        System.out.println("h2=" + org.h2.engine.Constants.VERSION);
    }
}
