package org.liaisondesk.service.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.domain.Contact;
import org.liaisondesk.domain.Organisation;
import org.liaisondesk.domain.RecordFilter;
import org.liaisondesk.service.Services;

/**
 * Pulls the plug: a child JVM saving records and importing batches is killed (SIGKILL) at random
 * moments, again and again on the same data folder. After each kill the database must open, hold
 * every change the child reported as committed, and no part of a batch. (It caught H2 writing
 * commits late, and recovery after a kill going back to an older state while freed file space was
 * being reused: see {@code Database} and {@code DurableTransactions}.)
 */
class KillTest {
    static final int KILLS = 15;
    @TempDir Path dir;

    @Test
    void everyCommittedChangeSurvivesAKillAndNoBatchIsHalfWritten() throws Exception {
        Path data = dir.resolve("data");
        Random random = new Random(20261127);
        List<String> saved = new ArrayList<>(), imported = new ArrayList<>();
        int killedMidBatch = 0;
        for (int round = 0; round < KILLS; round++) {
            List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), KillTarget.class.getName(), data.toString(),
                    String.valueOf(round));
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            List<String> lines = java.util.Collections.synchronizedList(new ArrayList<>());
            Thread reader = new Thread(() -> {
                try {
                    out.lines().forEach(lines::add);
                } catch (java.io.UncheckedIOException closed) {
                    // the child was killed mid-line
                }
            });
            reader.start();
            long deadline = System.currentTimeMillis() + 60_000;
            while (!lines.contains("ready") && System.currentTimeMillis() < deadline) Thread.sleep(20);
            assertThat(lines).as("child started").contains("ready");
            Thread.sleep(300 + random.nextInt(2500));
            p.destroyForcibly();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            reader.join(5000);
            for (String l : List.copyOf(lines)) {
                if (l.startsWith("saved ")) saved.add(l.substring(6));
                if (l.startsWith("imported ")) imported.add(l.substring(9));
            }
            String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1);
            if (last.startsWith("saved ")) killedMidBatch++;

            try (Services s = Services.open(data)) {
                java.util.Set<String> orgs = new java.util.HashSet<>();
                for (Organisation o : s.organisations().list(RecordFilter.ALL)) orgs.add(o.nameZh());
                for (String key : saved) assertThat(orgs).as("saved %s survives", key).contains("save-" + key);
                Map<String, Integer> batches = new HashMap<>();
                for (Contact c : s.contacts().list(RecordFilter.ALL)) {
                    String name = c.nameZh();
                    batches.merge(name.substring(1, name.lastIndexOf('-')), 1, Integer::sum);
                }
                for (Map.Entry<String, Integer> b : batches.entrySet()) {
                    assertThat(b.getValue()).as("batch %s whole or absent", b.getKey()).isEqualTo(KillTarget.BATCH);
                }
                for (String key : imported) assertThat(batches).as("imported %s survives", key).containsKey(key);
            }
        }
        System.out.println("KillTest: " + KILLS + " kills, " + saved.size() + " saves and " + imported.size()
                + " imports confirmed; " + killedMidBatch + " kills fell between a save and its import's commit");
        assertThat(saved.size()).as("the child got work done").isGreaterThan(KILLS);
    }
}
