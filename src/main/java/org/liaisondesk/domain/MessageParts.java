package org.liaisondesk.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;

/**
 * The UI text of one language, kept in one file per part of the program ({@code pages_zh_CN},
 * {@code sheet_en}, …) and read as one bundle, so FXML's {@code %key} and {@link Messages} see them
 * all. A key defined in two parts is a mistake, refused when the bundle loads.
 */
final class MessageParts extends ResourceBundle.Control {
    /** The parts, by what they hold; each exists in both languages. */
    static final List<String> PARTS = List.of("labels", "pages", "errors", "sheet", "overview", "csv", "views", "safety");
    static final String FOLDER = "org/liaisondesk/i18n/";
    static final MessageParts CONTROL = new MessageParts();

    private MessageParts() {}

    @Override
    public List<String> getFormats(String baseName) { return FORMAT_PROPERTIES; }

    /** Only the two languages the program speaks: no fallback to the machine's own locale or a root bundle. */
    @Override
    public List<Locale> getCandidateLocales(String baseName, Locale locale) { return List.of(locale); }

    @Override
    public Locale getFallbackLocale(String baseName, Locale locale) { return null; }

    @Override
    public ResourceBundle newBundle(String baseName, Locale locale, String format, ClassLoader loader, boolean reload)
            throws IOException {
        Map<String, Object> texts = new HashMap<>();
        for (String part : PARTS) {
            String name = FOLDER + part + "_" + locale + ".properties";
            try (InputStream in = loader.getResourceAsStream(name)) {
                if (in == null) return null;
                Properties p = new Properties();
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String key : p.stringPropertyNames()) {
                    if (texts.put(key, p.getProperty(key)) != null) {
                        throw new IllegalStateException("the text " + key + " is defined twice; the second is in " + name);
                    }
                }
            }
        }
        return new ResourceBundle() {
            @Override
            protected Object handleGetObject(String key) { return texts.get(key); }

            @Override
            public Enumeration<String> getKeys() { return Collections.enumeration(texts.keySet()); }
        };
    }
}
