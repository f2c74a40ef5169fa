package org.liaisondesk.domain;

/**
 * A column of a record list: its bundle key and what it holds. Date cells hold ISO text (so they
 * sort as text) and are shown in the user's form by the view; number cells sort as numbers.
 */
public record ListColumn(String key, Type type) {
    public enum Type { TEXT, DATE, NUMBER }

    public static ListColumn text(String key) { return new ListColumn(key, Type.TEXT); }
    public static ListColumn date(String key) { return new ListColumn(key, Type.DATE); }
    public static ListColumn number(String key) { return new ListColumn(key, Type.NUMBER); }
}
