package org.liaisondesk.service.csv;

import java.nio.charset.StandardCharsets;

/**
 * The natural keys seen so far in a file and the line each was first seen on, in 16 bytes a key:
 * a 64-bit hash (FNV-1a over the key's UTF-8 bytes) in an open-addressing table, so that a file of
 * a million rows does not need a million strings kept. Two different keys share a hash with a
 * chance of about one in 10¹³ for a million rows; such a pair would be reported as a duplicate.
 */
final class KeyLines {
    private long[] hashes = new long[1 << 12];
    private long[] lines = new long[1 << 12];
    private int size;

    /** Records the key on this line; returns the line it was first seen on, or -1 when it is new. */
    long putIfAbsent(String key, long line) {
        if (size * 2 >= hashes.length) grow();
        long h = hash(key);
        int mask = hashes.length - 1;
        for (int i = (int) (h ^ (h >>> 32)) & mask; ; i = (i + 1) & mask) {
            if (lines[i] == 0) {
                hashes[i] = h;
                lines[i] = line;
                size++;
                return -1;
            }
            if (hashes[i] == h) return lines[i];
        }
    }

    private void grow() {
        long[] oldHashes = hashes, oldLines = lines;
        hashes = new long[oldHashes.length * 2];
        lines = new long[oldLines.length * 2];
        int mask = hashes.length - 1;
        for (int j = 0; j < oldHashes.length; j++) {
            if (oldLines[j] == 0) continue;
            long h = oldHashes[j];
            int i = (int) (h ^ (h >>> 32)) & mask;
            while (lines[i] != 0) i = (i + 1) & mask;
            hashes[i] = h;
            lines[i] = oldLines[j];
        }
    }

    static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xFF;
            h *= 0x100000001b3L;
        }
        return h;
    }
}
