package org.liaisondesk.cli;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import org.liaisondesk.domain.Messages;
import org.liaisondesk.service.backup.BackupService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code restore IN.zip}: checks the backup, backs up the current data, then restores. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Restore a backup zip (the current data is backed up first into the data folder's backups/).",
                "A database file this version cannot read (another H2 version) is moved aside first, never deleted."})
public final class RestoreCommand implements Callable<Integer> {
    @ParentCommand LiaisonCommand parent;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN.zip")
    Path in;

    @picocli.CommandLine.Option(names = "--backup-password-file", paramLabel = "FILE",
            description = "the password of a backup encrypted with another password than the data's (else it is asked for)")
    Path backupPasswordFile;

    @Override
    public Integer call() {
        // A folder whose database cannot be read: the backup is checked before the old file is moved aside.
        java.util.function.Consumer<char[]> checkFirst = dataKey -> BackupService.check(in, backupPasswordFile == null
                ? dataKey : Passwords.read(backupPasswordFile, java.util.Locale.getDefault(), in));
        return LiaisonCommand.withServices(spec.commandLine(), parent.dataFolder(), checkFirst, (s, o, locale) -> {
            char[] key = s.encryption().password();
            if (backupPasswordFile != null || !opensWith(s, key)) {
                char[] asked = Passwords.read(backupPasswordFile, locale, in);
                if (asked != null) key = asked;
            }
            BackupService.Restored r = s.backups().restore(in, key, s.dataFolder().resolve("backups"), LocalDateTime.now());
            o.println(Messages.format(locale, "backup.cli.restored", List.of(in, r.from().createdAt().toString()
                    .replace('T', ' '), r.from().records(), r.safety().file())));
            o.flush();
            return 0;
        });
    }

    /** True unless the backup is encrypted and the data's password does not open it. */
    private boolean opensWith(org.liaisondesk.service.Services s, char[] key) {
        try {
            s.backups().inspect(in, key);
            return true;
        } catch (org.liaisondesk.domain.InvalidInputException e) {
            return !e.key().equals("backup.error.password");
        }
    }
}
