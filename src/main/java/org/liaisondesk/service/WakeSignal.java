package org.liaisondesk.service;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import org.slf4j.LoggerFactory;

/**
 * How a second start on the same data folder asks the running program to come forward: it touches
 * a file in the folder, which the running program watches. A file, not a socket: the program opens
 * no network connection, not even to itself.
 */
public final class WakeSignal implements AutoCloseable {
    public static final String FILE = ".wake";
    private final WatchService watcher;

    /** Watches {@code dataFolder}; {@code onWake} runs on the watching thread each time another start pokes it. */
    public WakeSignal(Path dataFolder, Runnable onWake) throws IOException {
        watcher = FileSystems.getDefault().newWatchService();
        dataFolder.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
        Thread t = new Thread(() -> {
            try {
                while (true) {
                    WatchKey key = watcher.take();
                    boolean poked = false;
                    for (WatchEvent<?> e : key.pollEvents()) {
                        if (e.context() instanceof Path p && p.getFileName().toString().equals(FILE)) poked = true;
                    }
                    if (poked) onWake.run();
                    if (!key.reset()) return;
                }
            } catch (InterruptedException | ClosedWatchServiceException e) {
                // closed with the program
            }
        }, "liaison-wake-signal");
        t.setDaemon(true);
        t.start();
    }

    /** Asks the program that holds {@code dataFolder} to bring its window forward. */
    public static void poke(Path dataFolder) {
        try {
            Files.writeString(dataFolder.resolve(FILE), String.valueOf(System.currentTimeMillis()));
        } catch (IOException e) {
            LoggerFactory.getLogger(WakeSignal.class).warn("could not signal the running program: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException e) {
            // nothing to release
        }
    }
}
