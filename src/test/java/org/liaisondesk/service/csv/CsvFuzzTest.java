package org.liaisondesk.service.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.domain.InvalidInputException;
import org.liaisondesk.domain.RecordFilter;
import org.liaisondesk.service.Services;
import org.liaisondesk.service.csv.RecordCsv.OnDuplicate;

/**
 * Thousands of random mutations of valid files: every import either refuses the file with a reason,
 * or reports row problems, and never leaves a partial import behind.
 */
class CsvFuzzTest {
    @TempDir Path dir;
    private static final byte[][] NOISE = {",".getBytes(), "\"".getBytes(), "\n".getBytes(), "\r\n".getBytes(), ";".getBytes(),
            "\t".getBytes(), "=".getBytes(), "2018-13-40".getBytes(), "明年".getBytes(StandardCharsets.UTF_8),
            "亚特兰蒂斯".getBytes(StandardCharsets.UTF_8), new byte[]{(byte) 0xC3}, new byte[]{0}, new byte[]{(byte) 0xFF, (byte) 0xFE}};

    @Test
    void mutatedFilesNeverThrowAnythingButAReasonAndNeverHalfImport() throws Exception {
        try (Services s = Services.open(dir.resolve("sample"))) {
            s.sampleData().load(false);
            for (String t : List.of("organizations", "contacts", "delegations", "itinerary")) {
                s.csv(t).export(dir.resolve(t + ".csv"), StandardCharsets.UTF_8, true);
            }
        }
        Random r = new Random(20261127);
        int refused = 0, reported = 0, clean = 0;
        try (Services s = Services.open(dir.resolve("target"))) {
            // The files that the others refer to are there, so that mutations decide what fails.
            s.csv("organizations").importFile(dir.resolve("organizations.csv"), null, (char) 0, OnDuplicate.SKIP, false, false);
            s.csv("delegations").importFile(dir.resolve("delegations.csv"), null, (char) 0, OnDuplicate.SKIP, false, false);
            for (int i = 0; i < 2000; i++) {
                String type = List.of("organizations", "contacts", "delegations", "itinerary").get(r.nextInt(4));
                byte[] original = Files.readAllBytes(dir.resolve(type + ".csv"));
                byte[] mutated = mutate(original, r);
                Path file = Files.write(dir.resolve("fuzz.csv"), mutated);
                long before = count(s, type);
                try {
                    ImportResult result = s.csv(type).importFile(file, null, (char) 0, OnDuplicate.UPDATE, false, false);
                    long after = count(s, type);
                    if (result.written()) {
                        assertThat(result.failed()).as("a written import had no failed row").isZero();
                        clean++;
                    } else {
                        assertThat(after).as("nothing written when refused, mutation %d", i).isEqualTo(before);
                        reported++;
                    }
                } catch (InvalidInputException e) {
                    assertThat(count(s, type)).isEqualTo(before);
                    refused++;
                }
            }
        }
        assertThat(refused + reported + clean).isEqualTo(2000);
        assertThat(reported).as("most mutations are row problems").isGreaterThan(500);
    }

    private static long count(Services s, String type) {
        return switch (type) {
            case "organizations" -> s.organisations().count(RecordFilter.ALL);
            case "contacts" -> s.contacts().count(RecordFilter.ALL);
            case "delegations" -> s.delegations().count(RecordFilter.ALL);
            default -> s.statistics().counts().values().stream().mapToLong(Long::longValue).sum();
        };
    }

    /** One to three edits: insert noise, delete a stretch, duplicate a line, or cut the file short. */
    private static byte[] mutate(byte[] in, Random r) {
        byte[] b = in;
        for (int n = 1 + r.nextInt(3); n > 0; n--) {
            int at = r.nextInt(Math.max(1, b.length));
            switch (r.nextInt(4)) {
                case 0 -> {
                    byte[] noise = NOISE[r.nextInt(NOISE.length)];
                    byte[] out = new byte[b.length + noise.length];
                    System.arraycopy(b, 0, out, 0, at);
                    System.arraycopy(noise, 0, out, at, noise.length);
                    System.arraycopy(b, at, out, at + noise.length, b.length - at);
                    b = out;
                }
                case 1 -> {
                    int len = Math.min(b.length - at, 1 + r.nextInt(12));
                    byte[] out = new byte[b.length - len];
                    System.arraycopy(b, 0, out, 0, at);
                    System.arraycopy(b, at + len, out, at, b.length - at - len);
                    b = out;
                }
                case 2 -> {
                    byte[] out = new byte[b.length + Math.min(40, b.length - at)];
                    System.arraycopy(b, 0, out, 0, at);
                    System.arraycopy(b, at, out, at, Math.min(40, b.length - at));
                    System.arraycopy(b, at, out, at + Math.min(40, b.length - at), b.length - at);
                    b = out;
                }
                default -> b = java.util.Arrays.copyOf(b, at);
            }
        }
        return b;
    }
}
