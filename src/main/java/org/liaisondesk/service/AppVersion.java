package org.liaisondesk.service;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The build's version, from the resource Maven writes at build time. */
public final class AppVersion {
    private AppVersion() {}

    public static String version() {
        try (InputStream in = AppVersion.class.getResourceAsStream("/org/liaisondesk/version.properties")) {
            Properties p = new Properties();
            if (in != null) p.load(in);
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
