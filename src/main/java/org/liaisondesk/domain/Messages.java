package org.liaisondesk.domain;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Turns a bundle key and its arguments into a sentence in the user's language. Arguments that are
 * labelled enums are shown by their label, partial dates in the locale's form.
 */
public final class Messages {
    private Messages() {}

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(Labels.BUNDLE, supported(locale), MessageParts.CONTROL);
    }

    /** The program speaks simplified Chinese and English: Chinese for any zh locale, else English. */
    public static Locale supported(Locale locale) {
        return Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }

    public static String format(Locale locale, String key, List<Object> args) {
        ResourceBundle b = bundle(locale);
        String pattern;
        try {
            pattern = b.getString(key);
        } catch (MissingResourceException e) {
            return key + " " + args;
        }
        if (args.isEmpty()) return pattern;
        MessageFormat f = new MessageFormat(pattern, locale);
        java.text.Format[] formats = f.getFormatsByArgumentIndex();
        Object[] shown = new Object[args.size()];
        for (int i = 0; i < shown.length; i++) {
            // A number keeps its type where the pattern formats it (e.g. {0,choice,1#one day|1<{0} days});
            // elsewhere it shows as written, so a year never gains a thousands separator.
            Object a = args.get(i);
            shown[i] = a instanceof Number && i < formats.length && formats[i] != null ? a : shown(a, locale, b);
        }
        return f.format(shown);
    }

    /** A tag as shown: the program's own tags (sample, generated, …) have labels; the office's own show as typed. */
    public static String tag(Locale locale, String tag) {
        ResourceBundle b = bundle(locale);
        return b.containsKey("tag." + tag) ? b.getString("tag." + tag) : tag;
    }

    public static String format(Locale locale, InvalidInputException e) {
        return format(locale, e.key(), e.args());
    }

    private static Object shown(Object a, Locale locale, ResourceBundle b) {
        if (a instanceof FieldName f) return b.containsKey(f.labelKey()) ? b.getString(f.labelKey()) : f.name();
        if (a instanceof Labelled l) return b.getString(l.labelKey());
        if (a instanceof PartialDate d) return d.format(locale);
        if (a == null) return "";
        return a.toString();
    }
}
