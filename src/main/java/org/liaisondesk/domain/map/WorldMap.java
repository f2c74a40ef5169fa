package org.liaisondesk.domain.map;

import java.util.List;

/** The map's shapes, projected, and where the data came from (shown under the map). */
public record WorldMap(List<MapShape> shapes, String source) {
    public WorldMap {
        shapes = List.copyOf(shapes);
    }

    /** The country/region at a projected point, or null at sea. */
    public String at(double x, double y) {
        for (MapShape s : shapes) if (s.contains(x, y)) return s.iso2();
        return null;
    }

    public String atLonLat(double lon, double lat) { return at(Mercator.x(lon), Mercator.y(lat)); }
}
