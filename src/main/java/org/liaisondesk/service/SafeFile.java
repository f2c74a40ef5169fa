package org.liaisondesk.service;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a file through a temporary one beside it, so a failed write never leaves half a file under its name. */
public final class SafeFile {
    private SafeFile() {}

    public interface Content {
        void write(OutputStream out) throws IOException;
    }

    public static void write(Path out, Content content) throws IOException {
        Path dir = out.toAbsolutePath().getParent();
        if (dir != null) Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".writing-", ".part");
        try {
            try (OutputStream os = Files.newOutputStream(tmp)) {
                content.write(os);
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
