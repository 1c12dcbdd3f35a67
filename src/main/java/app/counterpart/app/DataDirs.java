package app.counterpart.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where a shop's data lives when no folder is named: the per-user data directory of the OS. */
final class DataDirs {

    static final String ENV_HOME = "COUNTERPART_HOME";

    private DataDirs() {
    }

    /** --data-dir wins, then COUNTERPART_HOME, then the OS default. */
    static Path resolve(Path option, Map<String, String> env, boolean demo) {
        if (option != null) {
            return option.toAbsolutePath();
        }
        String home = env.get(ENV_HOME);
        if (home != null && !home.isBlank()) {
            return Path.of(home).toAbsolutePath();
        }
        return osDefault(env, System.getProperty("os.name", ""), System.getProperty("user.home"), demo);
    }

    static Path osDefault(Map<String, String> env, String osName, String userHome, boolean demo) {
        String os = osName.toLowerCase(Locale.ROOT);
        String name = demo ? "Counterpart Demo" : "Counterpart";
        if (os.contains("win")) {
            String appData = env.getOrDefault("APPDATA", Path.of(userHome, "AppData", "Roaming").toString());
            return Path.of(appData, name);
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", name);
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".local", "share");
        return base.resolve(demo ? "counterpart-demo" : "counterpart");
    }
}
