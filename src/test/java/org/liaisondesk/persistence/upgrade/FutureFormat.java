package org.liaisondesk.persistence.upgrade;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.h2.mvstore.DataUtils;

/**
 * Makes an H2 file look written by a future H2: both store headers (at 0 and 4096) get a file
 * format number no released H2 reads, with their checksums made right again.
 */
public final class FutureFormat {
    private FutureFormat() {}

    public static void mark(Path file) throws Exception {
        byte[] all = Files.readAllBytes(file);
        for (int block : new int[] {0, 4096}) {
            int end = block;
            while (all[end] != '\n') end++;
            String header = new String(all, block, end - block, StandardCharsets.ISO_8859_1);
            String body = header.substring(0, header.lastIndexOf(",fletcher:")).replaceAll("format:\\d+", "format:9");
            byte[] b = body.getBytes(StandardCharsets.ISO_8859_1);
            byte[] marked = (body + ",fletcher:" + Integer.toHexString(DataUtils.getFletcher32(b, 0, b.length)))
                    .getBytes(StandardCharsets.ISO_8859_1);
            // The header is a line in a block of zeros: the new one may be a digit longer than the old.
            for (int i = block; i <= end; i++) all[i] = 0;
            System.arraycopy(marked, 0, all, block, marked.length);
            all[block + marked.length] = '\n';
        }
        Files.write(file, all);
    }
}
