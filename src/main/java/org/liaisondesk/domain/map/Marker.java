package org.liaisondesk.domain.map;

/** A marked place: an office abroad, or a city where events were held (count of them in range). */
public record Marker(City city, int count, boolean office, String label) {
}
