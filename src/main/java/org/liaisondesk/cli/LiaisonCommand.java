package org.liaisondesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.liaisondesk.domain.DataFolderInUseException;
import org.liaisondesk.domain.InvalidInputException;
import org.liaisondesk.domain.Messages;
import org.liaisondesk.service.AppVersion;
import org.liaisondesk.service.DataFolder;
import org.liaisondesk.service.Failures;
import org.liaisondesk.service.Services;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code liaison-desk [--data-dir DIR] [COMMAND]}. With no command it starts the desktop app.
 * Exit codes: 0 success, 1 rejected input (one line on stderr), 2 usage error.
 */
@Command(name = "liaison-desk", mixinStandardHelpOptions = true, versionProvider = LiaisonCommand.Version.class,
        description = {"外联工作台 Liaison Desk: records of an external liaison office.",
                "Without a command, starts the desktop app."},
        subcommands = {DemoCommand.class, GenerateCommand.class, ImportCommand.class, ExportCommand.class,
                SheetCommand.class, ReportCommand.class, BackupCommand.class, RestoreCommand.class})
public final class LiaisonCommand implements Callable<Integer> {
    public static final int REJECTED = 1;

    @Option(names = "--data-dir", paramLabel = "DIR", scope = CommandLine.ScopeType.INHERIT,
            description = "data folder (default: LIAISON_DESK_HOME, else the platform's app-data folder)")
    Path dataDir;

    @Option(names = "--password-file", paramLabel = "FILE", scope = CommandLine.ScopeType.INHERIT,
            description = "when the data is encrypted: read its password from the first line of FILE (else it is asked for)")
    Path passwordFile;

    @Option(names = "--exit-after-first-frame", hidden = true,
            description = "benchmark: print the time to the first rendered frame and exit")
    boolean exitAfterFirstFrame;

    /** Starts the desktop app; implemented outside the command line, which stays free of JavaFX. */
    @FunctionalInterface
    public interface Desktop {
        void start(Path dataFolder, boolean exitAfterFirstFrame);
    }

    private final Desktop desktop;

    public LiaisonCommand(Desktop desktop) { this.desktop = desktop; }

    @Override
    public Integer call() {
        desktop.start(dataFolder(), exitAfterFirstFrame);
        return 0;
    }

    Path dataFolder() { return DataFolder.resolve(dataDir); }

    /** Runs work on the data folder's services, turning refusals into one line on stderr and exit 1. */
    static int withServices(CommandLine cmd, Path folder, ServicesAction action) {
        return withServices(cmd, folder, null, action);
    }

    /**
     * @param beforeSetAside null, or: when the database file is of a format this program cannot read,
     *        this runs first (given the data's password; it may refuse by throwing), then the file is
     *        moved aside and the action works on a new one (for {@code restore}, which fills it from a backup)
     */
    static int withServices(CommandLine cmd, Path folder, java.util.function.Consumer<char[]> beforeSetAside,
                            ServicesAction action) {
        PrintWriter err = cmd.getErr();
        Locale locale = Locale.getDefault();
        try {
            char[] password = null;
            if (org.liaisondesk.service.security.DataEncryption.needsPassword(folder)) {
                Path file = ((LiaisonCommand) cmd.getCommandSpec().root().userObject()).passwordFile;
                password = Passwords.read(file, locale, folder);
                if (password == null) throw new org.liaisondesk.domain.WrongPasswordException(folder, false);
            }
            Services opened;
            try {
                opened = Services.open(folder, password);
            } catch (org.liaisondesk.domain.DataFileFormatException e) {
                if (beforeSetAside == null) throw e;
                beforeSetAside.accept(password);
                Services.SetAside aside = Services.openSetAside(folder, password, java.time.LocalDateTime.now());
                cmd.getOut().println(Messages.format(locale, "upgrade.setAside", java.util.List.of(aside.oldFile())));
                opened = aside.services();
            }
            try (Services s = opened) {
                return action.run(s, cmd.getOut(), locale);
            }
        } catch (org.liaisondesk.domain.DataFileFormatException e) {
            err.println(Messages.format(locale, "error.folder.format", java.util.List.of(folder)));
        } catch (DataFolderInUseException e) {
            err.println(Messages.format(locale, "error.folder.inUse", java.util.List.of(folder)));
        } catch (org.liaisondesk.domain.WrongPasswordException e) {
            err.println(Messages.format(locale, e.given() ? "password.cli.wrong" : "password.cli.needed", java.util.List.of(folder)));
        } catch (InvalidInputException e) {
            err.println(Messages.format(locale, e));
        }
        err.flush();
        return REJECTED;
    }

    @FunctionalInterface
    interface ServicesAction {
        int run(Services services, PrintWriter out, Locale locale);
    }

    /** {@code --version}: "Liaison Desk x.y.z". */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() { return new String[] {"Liaison Desk " + AppVersion.version()}; }
    }

    public static CommandLine commandLine(Desktop desktop) {
        CommandLine cmd = new CommandLine(new LiaisonCommand(desktop));
        cmd.setExecutionExceptionHandler((ex, c, parsed) -> {
            Path folder = ((LiaisonCommand) c.getCommandSpec().root().userObject()).dataFolder();
            c.getErr().println(Failures.describe(Locale.getDefault(), ex, folder));
            return REJECTED;
        });
        return cmd;
    }

    /** The {@code --lang} of the sheet and the report: zh, en or both. */
    static org.liaisondesk.service.sheet.SheetLanguage language(picocli.CommandLine.Model.CommandSpec spec, String lang) {
        try {
            return org.liaisondesk.service.sheet.SheetLanguage.parse(lang);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--lang must be zh, en or both, not " + lang);
        }
    }
}
