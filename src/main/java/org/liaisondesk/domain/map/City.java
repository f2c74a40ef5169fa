package org.liaisondesk.domain.map;

/** A place the office works in or with, with checked coordinates (degrees). */
public record City(String iso2, String nameZh, String nameEn, double lat, double lon) {
    public boolean named(String name) {
        if (name == null) return false;
        String n = name.strip();
        return n.equalsIgnoreCase(nameEn) || n.equals(nameZh);
    }
}
