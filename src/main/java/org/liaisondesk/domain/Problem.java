package org.liaisondesk.domain;

import java.util.Arrays;
import java.util.List;

/** One thing wrong with a record: the field it concerns, a bundle key and the key's arguments. */
public record Problem(String field, String key, List<Object> args) {
    public static Problem of(String field, String key, Object... args) {
        return new Problem(field, key, Arrays.asList(args));
    }
}
