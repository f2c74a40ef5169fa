package org.liaisondesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WakeSignalTest {
    @TempDir Path dir;

    @Test
    void aSecondStartPokesTheRunningProgramThroughItsDataFolder() throws Exception {
        CountDownLatch woken = new CountDownLatch(2);
        try (WakeSignal signal = new WakeSignal(dir, woken::countDown)) {
            WakeSignal.poke(dir);
            Thread.sleep(300);
            WakeSignal.poke(dir);
            assertThat(woken.await(20, TimeUnit.SECONDS)).as("woken twice").isTrue();
        }
        CountDownLatch none = new CountDownLatch(1);
        try (WakeSignal other = new WakeSignal(dir, none::countDown)) {
            java.nio.file.Files.writeString(dir.resolve("unrelated.txt"), "x");
            assertThat(none.await(2, TimeUnit.SECONDS)).as("other files do not wake it").isFalse();
        }
    }
}
