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
        description = "Restore a backup zip (the current data is backed up first into the data folder's backups/).")
public final class RestoreCommand implements Callable<Integer> {
    @ParentCommand LiaisonCommand parent;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN.zip")
    Path in;

    @Override
    public Integer call() {
        return LiaisonCommand.withServices(spec.commandLine(), parent.dataFolder(), (s, o, locale) -> {
            BackupService.Restored r = s.backups().restore(in, s.dataFolder().resolve("backups"), LocalDateTime.now());
            o.println(Messages.format(locale, "backup.cli.restored", List.of(in, r.from().createdAt().toString()
                    .replace('T', ' '), r.from().records(), r.safety().file())));
            o.flush();
            return 0;
        });
    }
}
