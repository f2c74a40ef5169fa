package org.liaisondesk.service.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import org.liaisondesk.domain.Preferences;
import org.liaisondesk.service.PreferencesService;
import org.slf4j.LoggerFactory;

/**
 * Backups the office does not have to think of: on exit when something changed, and at most daily
 * while the program runs, into the data folder's {@code backups} or a folder the user picked (a USB
 * drive). Keeps the newest of each of the last 14 days and of each month for two years.
 */
public final class AutoBackups {
    public static final String PREFIX = "liaison-desk-auto-";
    public static final int KEEP_DAYS = 14;
    public static final int KEEP_MONTHS = 24;
    /** The dashboard warns when the last good backup is older than this. */
    public static final int WARN_AFTER_DAYS = 7;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final BackupService backups;
    private final PreferencesService preferences;
    private final Path dataFolder;
    private final LongSupplier version;
    private final LongSupplier records;
    private long backedUpVersion;
    private ScheduledExecutorService checks;

    /**
     * @param version the data's change counter; a backup on exit is made only when it moved
     * @param records how many records there are; an empty database is not backed up
     */
    public AutoBackups(BackupService backups, PreferencesService preferences, Path dataFolder, LongSupplier version,
                       LongSupplier records) {
        this.backups = backups;
        this.preferences = preferences;
        this.dataFolder = dataFolder;
        this.version = version;
        this.records = records;
        this.backedUpVersion = version.getAsLong();
    }

    public Path folder() {
        String chosen = preferences.load().backupFolder();
        return chosen == null || chosen.isBlank() ? dataFolder.resolve("backups") : Path.of(chosen);
    }

    /** Sends automatic backups to {@code folder} from now on (null: back to the data folder). */
    public void chooseFolder(Path folder) {
        preferences.save(preferences.load().withBackupFolder(folder == null ? null : folder.toAbsolutePath().toString()));
    }

    public Optional<LocalDateTime> lastBackup() {
        String at = preferences.load().lastBackupAt();
        try {
            return at == null ? Optional.empty() : Optional.of(LocalDateTime.parse(at));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** True when there is data and no good backup of it for {@value #WARN_AFTER_DAYS} days. */
    public boolean overdue(LocalDateTime now) {
        if (records.getAsLong() == 0) return false;
        return lastBackup().map(at -> at.isBefore(now.minusDays(WARN_AFTER_DAYS))).orElse(true);
    }

    /** Remembers a backup that checked out (automatic, manual, or the safety one before a restore). */
    public void recorded(BackupInfo info) {
        Preferences p = preferences.load();
        String at = info.createdAt().toString();
        if (p.lastBackupAt() == null || p.lastBackupAt().compareTo(at) < 0) preferences.save(p.withLastBackupAt(at));
        backedUpVersion = version.getAsLong();
    }

    /**
     * Makes an automatic backup if one is due: while running, when the last is a day old; on exit,
     * also when anything changed since the last one. Then drops the ones no longer kept.
     */
    public synchronized Optional<BackupInfo> runIfDue(LocalDateTime now, boolean exiting) {
        if (records.getAsLong() == 0) return Optional.empty();
        boolean stale = lastBackup().map(at -> !at.isAfter(now.minusDays(1))).orElse(true);
        boolean changed = version.getAsLong() != backedUpVersion;
        if (!stale && !(exiting && changed)) return Optional.empty();
        BackupInfo info = backups.backup(folder().resolve(PREFIX + now.format(STAMP) + ".zip"), now);
        recorded(info);
        prune(now.toLocalDate());
        return Optional.of(info);
    }

    /** Deletes automatic backups beyond the newest per day for 14 days and per month for 24 months. */
    public List<Path> prune(LocalDate today) {
        Map<LocalDateTime, Path> auto = new TreeMap<>(java.util.Comparator.reverseOrder());
        try (Stream<Path> files = Files.list(folder())) {
            for (Path f : files.toList()) {
                String n = f.getFileName().toString();
                if (!n.startsWith(PREFIX) || !n.endsWith(".zip")) continue;
                try {
                    auto.put(LocalDateTime.parse(n.substring(PREFIX.length(), n.length() - 4), STAMP), f);
                } catch (DateTimeParseException e) {
                    // not one of ours
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        Set<LocalDate> days = new HashSet<>();
        Set<YearMonth> months = new HashSet<>();
        List<Path> deleted = new ArrayList<>();
        for (Map.Entry<LocalDateTime, Path> e : auto.entrySet()) {
            LocalDate day = e.getKey().toLocalDate();
            YearMonth month = YearMonth.from(day);
            boolean keep = (!day.isBefore(today.minusDays(KEEP_DAYS - 1)) && days.add(day))
                    | (!month.isBefore(YearMonth.from(today).minusMonths(KEEP_MONTHS - 1)) && months.add(month));
            if (keep) continue;
            try {
                Files.deleteIfExists(e.getValue());
                deleted.add(e.getValue());
            } catch (IOException x) {
                LoggerFactory.getLogger(AutoBackups.class).warn("old backup not deleted: {}", x.getMessage());
            }
        }
        return deleted;
    }

    /**
     * Puts every backup in the backup folder under another password (null: unencrypted), so
     * turning encryption on leaves no readable copy behind there.
     *
     * @return how many could not be converted (made under a password no longer known)
     */
    public synchronized int reseal(char[] from, char[] to) {
        int left = 0;
        try (Stream<Path> files = Files.list(folder())) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("liaison-desk-")
                    && p.getFileName().toString().endsWith(".zip")).toList()) {
                try {
                    if (!BackupService.reseal(f, from, to)) left++;
                } catch (IOException e) {
                    LoggerFactory.getLogger(AutoBackups.class).warn("backup {} not converted: {}", f, e.getMessage());
                    left++;
                }
            }
        } catch (IOException e) {
            // no backup folder yet: nothing to convert
        }
        return left;
    }

    /** Checks every hour, in the background, whether a daily backup is due. */
    public synchronized void startChecks() {
        if (checks != null) return;
        checks = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "liaison-auto-backup");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
        });
        checks.scheduleWithFixedDelay(() -> {
            try {
                runIfDue(LocalDateTime.now(), false);
            } catch (RuntimeException e) {
                LoggerFactory.getLogger(AutoBackups.class).warn("automatic backup failed: {}", e.getMessage());
            }
        }, 2, 60, TimeUnit.MINUTES);
    }

    public synchronized void stopChecks() {
        if (checks != null) checks.shutdownNow();
        checks = null;
    }
}
