package org.liaisondesk.service;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the office's data lives: {@code --data-dir}, else {@code LIAISON_DESK_HOME}, else
 * %APPDATA%\LiaisonDesk on Windows and $XDG_DATA_HOME/liaison-desk (~/.local/share/liaison-desk) elsewhere.
 */
public final class DataFolder {
    public static final String ENV_HOME = "LIAISON_DESK_HOME";

    private DataFolder() {}

    public static Path resolve(Path option) {
        return resolve(option, System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home", "."));
    }

    static Path resolve(Path option, Map<String, String> env, String osName, String userHome) {
        if (option != null) return option.toAbsolutePath();
        String home = env.get(ENV_HOME);
        if (home != null && !home.isBlank()) return Path.of(home).toAbsolutePath();
        if (osName.toLowerCase(Locale.ROOT).startsWith("windows") && env.get("APPDATA") != null) {
            return Path.of(env.get("APPDATA"), "LiaisonDesk");
        }
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank()) return Path.of(xdg, "liaison-desk");
        return Path.of(userHome, ".local", "share", "liaison-desk");
    }

    public static Path logs(Path folder) { return folder.resolve("logs"); }
}
