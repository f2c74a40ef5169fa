package org.liaisondesk;

import java.nio.file.Path;
import org.liaisondesk.cli.LiaisonCommand;
import org.liaisondesk.service.DataFolder;

/**
 * Entry point of the jar. It does not extend Application, so that the command line works without
 * a display and the JavaFX runtime may sit on the plain class path.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        // The log goes to the data folder; logback reads this property when the first logger is made.
        System.setProperty("liaison.logdir", DataFolder.logs(DataFolder.resolve(dataDirOption(args))).toString());
        // Application.launch returns when the last window closes, so every path ends here.
        System.exit(LiaisonCommand.commandLine(App::launch).execute(args));
    }

    static Path dataDirOption(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--data-dir") && i + 1 < args.length) return Path.of(args[i + 1]);
            if (args[i].startsWith("--data-dir=")) return Path.of(args[i].substring("--data-dir=".length()));
        }
        return null;
    }
}
