package org.liaisondesk.cli;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import org.liaisondesk.domain.Messages;
import org.liaisondesk.service.backup.BackupInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code backup OUT.zip}: the database, attachments and a manifest, checked after writing. */
@Command(name = "backup", mixinStandardHelpOptions = true, description = "Back up the data folder to a zip file (checked after writing).")
public final class BackupCommand implements Callable<Integer> {
    @ParentCommand LiaisonCommand parent;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OUT.zip")
    Path out;

    @Override
    public Integer call() {
        return LiaisonCommand.withServices(spec.commandLine(), parent.dataFolder(), (s, o, locale) -> {
            BackupInfo b = s.backups().backup(out, LocalDateTime.now());
            o.println(Messages.format(locale, "backup.cli.written", List.of(out, b.records(), b.attachments(),
                    Sizes.megabytes(b.bytes()))));
            o.flush();
            return 0;
        });
    }
}
