package org.liaisondesk.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.liaisondesk.domain.*;
import org.liaisondesk.domain.map.City;
import org.liaisondesk.domain.map.MapShape;
import org.liaisondesk.domain.map.Marker;
import org.liaisondesk.domain.map.Measure;
import org.liaisondesk.domain.map.Mercator;
import org.liaisondesk.domain.map.WorldMap;
import org.liaisondesk.domain.timeline.TimelineItem;

/**
 * The partner map's data: the shipped world geometry (or the office's replacement), the city table,
 * and per country/region the measure that colours it. Geometry is parsed and projected once.
 */
public final class MapService {
    static final String DEFAULT = "/org/liaisondesk/map/world.zh.json";
    public static final String DEFAULT_SOURCE = "@surbowl/world-geo-json-zh 2.1.5 (Natural Earth 1:50m, GS(2023)2767)";
    private final Services s;
    private volatile WorldMap standard;

    MapService(Services services) { this.s = services; }

    /** The shipped map, parsed on first use. */
    public WorldMap defaultMap() {
        WorldMap m = standard;
        if (m == null) {
            try (InputStream in = MapService.class.getResourceAsStream(DEFAULT)) {
                m = parse(new ObjectMapper().readTree(in), "iso_a2", DEFAULT_SOURCE);
            } catch (IOException e) {
                throw new IllegalStateException("the shipped map is unreadable", e);
            }
            standard = m;
        }
        return m;
    }

    /** The map in use: the office's replacement if it chose one, else the shipped map. */
    public WorldMap currentMap() {
        Path file = replacementFile(), property = replacementFile().resolveSibling("replacement.property");
        if (!Files.isRegularFile(file) || !Files.isRegularFile(property)) return defaultMap();
        WorldMap m = replacement;
        if (m == null) {
            try {
                m = read(file, Files.readString(property).strip());
            } catch (IOException e) {
                throw new InvalidInputException("error.map.read", file, e.getMessage());
            }
            replacement = m;
        }
        return m;
    }

    /** Checks the file, then keeps a copy in the data folder and uses it from now on. */
    public WorldMap useReplacement(Path file, String isoProperty) {
        WorldMap m = read(file, isoProperty);
        try {
            Files.createDirectories(replacementFile().getParent());
            Files.copy(file, replacementFile(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(replacementFile().resolveSibling("replacement.property"), isoProperty);
        } catch (IOException e) {
            throw new InvalidInputException("error.file.write", replacementFile(), e.getMessage());
        }
        replacement = new WorldMap(m.shapes(), m.source());
        return replacement;
    }

    /** Back to the shipped map. */
    public void useStandard() {
        try {
            Files.deleteIfExists(replacementFile());
            Files.deleteIfExists(replacementFile().resolveSibling("replacement.property"));
        } catch (IOException e) {
            throw new InvalidInputException("error.file.write", replacementFile(), e.getMessage());
        }
        replacement = null;
    }

    private Path replacementFile() { return s.dataFolder().resolve("map").resolve("replacement.geojson"); }

    private volatile WorldMap replacement;

    /**
     * A replacement GeoJSON file (e.g. one approved by the surveying authority).
     *
     * @throws InvalidInputException naming what is wrong; nothing changes then
     */
    public WorldMap read(Path file, String isoProperty) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new InvalidInputException("error.map.read", file, e.getMessage());
        }
        return parse(root, isoProperty, file.getFileName().toString());
    }

    static WorldMap parse(JsonNode root, String isoProperty, String source) {
        if (root == null || !"FeatureCollection".equals(root.path("type").asText())) {
            throw new InvalidInputException("error.map.notCollection");
        }
        List<MapShape> shapes = new ArrayList<>();
        for (JsonNode f : root.path("features")) {
            String iso = f.path("properties").path(isoProperty).asText("");
            JsonNode g = f.path("geometry");
            if (iso.length() != 2 || g.isMissingNode() || g.isNull()) continue;
            List<MapShape.Polygon> polygons = new ArrayList<>();
            switch (g.path("type").asText()) {
                case "Polygon" -> polygons.add(polygon(g.path("coordinates")));
                case "MultiPolygon" -> { for (JsonNode p : g.path("coordinates")) polygons.add(polygon(p)); }
                default -> { }
            }
            if (!polygons.isEmpty()) shapes.add(MapShape.of(iso.toUpperCase(Locale.ROOT), polygons));
        }
        if (shapes.isEmpty()) throw new InvalidInputException("error.map.noShapes", isoProperty);
        return new WorldMap(shapes, source);
    }

    private static MapShape.Polygon polygon(JsonNode rings) {
        List<MapShape.Ring> out = new ArrayList<>();
        for (JsonNode ring : rings) {
            int n = ring.size();
            double[] xs = new double[n], ys = new double[n];
            for (int i = 0; i < n; i++) {
                xs[i] = Mercator.x(ring.get(i).get(0).asDouble());
                ys[i] = Mercator.y(ring.get(i).get(1).asDouble());
            }
            out.add(new MapShape.Ring(xs, ys));
        }
        return new MapShape.Polygon(out);
    }

    /** The shipped city table and, if the office has added one, {@code cities.csv} in the data folder. */
    public List<City> cities() {
        List<City> out = new ArrayList<>();
        try (InputStream in = MapService.class.getResourceAsStream("/org/liaisondesk/map/cities.csv")) {
            readCities(new String(in.readAllBytes(), StandardCharsets.UTF_8), out);
            Path own = s.dataFolder().resolve("cities.csv");
            if (Files.isRegularFile(own)) readCities(Files.readString(own), out);
        } catch (IOException | RuntimeException e) {
            throw new InvalidInputException("error.map.cities", e.getMessage());
        }
        return out;
    }

    /** Lines of iso2,name_zh,name_en,lat,lon; a header line and # comments are skipped. */
    private static void readCities(String text, List<City> out) {
        for (String line : text.split("\\R")) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("iso2")) continue;
            String[] p = line.split(",");
            out.add(new City(p[0].strip(), p[1].strip(), p[2].strip(), Double.parseDouble(p[3].strip()),
                    Double.parseDouble(p[4].strip())));
        }
    }

    /** Per country/region, how much of the measure falls in the years (null: all years). */
    public Map<String, Integer> measure(Measure m, Integer fromYear, Integer toYear, List<TimelineItem> items) {
        long from = fromYear == null ? Long.MIN_VALUE : LocalDate.of(fromYear, 1, 1).toEpochDay();
        long to = toYear == null ? Long.MAX_VALUE : LocalDate.of(toYear, 12, 31).toEpochDay();
        Map<String, Integer> out = new HashMap<>();
        if (m == Measure.PARTNERS) {
            for (Organisation o : s.organisations().list(RecordFilter.ALL)) {
                if (o.country() == null || o.status() == OrganisationStatus.ENDED) continue;
                if (toYear != null && o.partnerSince() != null && o.partnerSince().year() > toYear) continue;
                out.merge(o.country(), 1, Integer::sum);
            }
            return out;
        }
        for (TimelineItem i : items) {
            if (i.end() < from || i.start() > to || !counts(m, i)) continue;
            for (String c : i.countries()) out.merge(c, 1, Integer::sum);
        }
        return out;
    }

    private static boolean counts(Measure m, TimelineItem i) {
        return switch (m) {
            case DELEGATIONS -> i.kind() == RecordKind.DELEGATION;
            case DELEGATIONS_IN -> i.kind() == RecordKind.DELEGATION && i.style() == TimelineItem.Style.INCOMING;
            case DELEGATIONS_OUT -> i.kind() == RecordKind.DELEGATION && i.style() == TimelineItem.Style.OUTGOING;
            case EVENTS -> i.kind() == RecordKind.EVENT;
            case AGREEMENTS_IN_FORCE -> i.kind() == RecordKind.AGREEMENT;
            case PROJECTS -> i.kind() == RecordKind.PROJECT;
            case ALL_EXCHANGES -> i.kind() != RecordKind.OFFICE_ABROAD;
            case PARTNERS -> false;
        };
    }

    /** Offices abroad, and the cities where events in the years were held, by the city table. */
    public List<Marker> markers(Integer fromYear, Integer toYear, List<City> cities, Locale locale) {
        Map<City, Integer> events = new LinkedHashMap<>();
        for (Event e : s.events().list(RecordFilter.ALL)) {
            if (fromYear != null && e.startDate().year() < fromYear || toYear != null && e.startDate().year() > toYear) continue;
            City c = find(cities, e.city(), e.country());
            if (c != null) events.merge(c, 1, Integer::sum);
        }
        List<Marker> out = new ArrayList<>();
        boolean zh = Locale.CHINESE.getLanguage().equals(locale.getLanguage());
        events.forEach((c, n) -> out.add(new Marker(c, n, false, zh ? c.nameZh() : c.nameEn())));
        for (OfficeAbroad o : s.offices().list(RecordFilter.ALL)) {
            City c = find(cities, o.city(), o.country());
            if (c != null) out.add(new Marker(c, 1, true, o.name()));
        }
        return out;
    }

    private static City find(List<City> cities, String name, String country) {
        if (name == null) return null;
        for (City c : cities) if (c.named(name) && (country == null || country.equals(c.iso2()))) return c;
        return null;
    }
}
