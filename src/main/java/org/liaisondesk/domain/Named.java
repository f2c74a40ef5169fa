package org.liaisondesk.domain;

import java.util.Locale;
import java.util.stream.Stream;

/**
 * Something with a Chinese, a romanised/English and a native-script name, any of which may be
 * missing: Burmese, Lao, Thai and Vietnamese names often have no Chinese form, and no family name.
 */
public interface Named {
    String nameZh();
    String nameEn();
    String nameLocal();

    /** The name to show first in the given language, falling back to whichever exists. */
    default String displayName(Locale locale) {
        boolean zh = Locale.CHINESE.getLanguage().equals(locale.getLanguage());
        Stream<String> order = zh ? Stream.of(nameZh(), nameEn(), nameLocal()) : Stream.of(nameEn(), nameZh(), nameLocal());
        return order.filter(s -> s != null && !s.isBlank()).findFirst().orElse("");
    }

    /** The names other than the one shown first, joined: what a second column or line shows. */
    default String otherNames(Locale locale) {
        String first = displayName(locale);
        return Stream.of(nameZh(), nameEn(), nameLocal())
                .filter(x -> x != null && !x.isBlank() && !x.equals(first)).distinct()
                .collect(java.util.stream.Collectors.joining(" / "));
    }

    default boolean hasAnyName() { return !displayName(Locale.ENGLISH).isEmpty(); }
}
