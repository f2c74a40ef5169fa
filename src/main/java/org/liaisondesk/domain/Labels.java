package org.liaisondesk.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads enum values as people and spreadsheets write them: by code (ACTIVE, active), or by the
 * Chinese or English label from the bundles (活跃, Active). One place, so import, forms and the
 * command line all accept the same words.
 */
public final class Labels {
    /** The UI text; its parts are listed in {@link MessageParts}. */
    public static final String BUNDLE = "org.liaisondesk.i18n.messages";
    public static final List<Locale> LOCALES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);
    private static final Map<Class<?>, Map<String, Enum<?>>> CACHE = new ConcurrentHashMap<>();

    private Labels() {}

    public static String label(Labelled value, Locale locale) {
        return Messages.bundle(locale).getString(value.labelKey());
    }

    /** Returns null for blank text; throws {@code error.enum.unknown} with the accepted words otherwise. */
    public static <E extends Enum<E> & Labelled> E parse(Class<E> type, String text) {
        if (text == null || text.isBlank()) return null;
        Enum<?> found = CACHE.computeIfAbsent(type, Labels::index).get(normalise(text));
        if (found == null) {
            throw new InvalidInputException("error.enum.unknown", text.strip(), accepted(type));
        }
        return type.cast(found);
    }

    private static String accepted(Class<? extends Enum<?>> type) {
        StringBuilder sb = new StringBuilder();
        for (Enum<?> e : type.getEnumConstants()) {
            if (sb.length() > 0) sb.append(", ");
            sb.append(label((Labelled) e, Locale.SIMPLIFIED_CHINESE)).append('/').append(e.name().toLowerCase(Locale.ROOT));
        }
        return sb.toString();
    }

    private static Map<String, Enum<?>> index(Class<?> type) {
        Map<String, Enum<?>> map = new HashMap<>();
        for (Object o : type.getEnumConstants()) {
            Enum<?> e = (Enum<?>) o;
            map.put(normalise(e.name()), e);
            for (Locale l : LOCALES) map.put(normalise(label((Labelled) e, l)), e);
        }
        return map;
    }

    private static String normalise(String s) {
        return s.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_').replace("'", "");
    }
}
