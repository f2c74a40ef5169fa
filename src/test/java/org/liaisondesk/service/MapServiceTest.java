package org.liaisondesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.domain.InvalidInputException;
import org.liaisondesk.domain.map.Measure;
import org.liaisondesk.domain.map.Mercator;
import org.liaisondesk.domain.map.WorldMap;

class MapServiceTest {
    @TempDir Path dir;

    @Test
    void theProjectionRoundTrips() {
        for (double lat : new double[]{-60, -6.21, 0, 22.5, 25.04, 60, 83.9}) {
            assertThat(Mercator.lat(Mercator.y(lat))).isCloseTo(lat, within(1e-9));
        }
        assertThat(Mercator.lon(Mercator.x(102.71))).isEqualTo(102.71);
        assertThat(Mercator.y(0)).isCloseTo(0, within(1e-12));
        assertThat(Mercator.y(60)).isGreaterThan(60);
    }

    @Test
    void placesFallInTheRightCountryOnTheStandardMap() {
        try (Services s = Services.open(dir.resolve("data"))) {
            WorldMap map = s.map().defaultMap();
            assertThat(map.atLonLat(102.71, 25.04)).as("Kunming").isEqualTo("CN");
            assertThat(map.atLonLat(121.57, 25.03)).as("Taipei").isEqualTo("CN");
            assertThat(map.atLonLat(114.17, 22.32)).as("Hong Kong").isEqualTo("CN");
            assertThat(map.atLonLat(91.86, 27.59)).as("Tawang").isEqualTo("CN");
            // Muse's centre (23.98° N) lies on the Shweli, which the 1:50m border smooths: a point in the town just south.
            assertThat(map.atLonLat(97.90, 23.95)).as("Muse").isEqualTo("MM");
            assertThat(map.atLonLat(102.63, 17.97)).as("Vientiane").isEqualTo("LA");
            assertThat(map.atLonLat(103.97, 22.49)).as("Lao Cai").isEqualTo("VN");
            assertThat(map.atLonLat(98.98, 18.79)).as("Chiang Mai").isEqualTo("TH");
            assertThat(map.atLonLat(90.41, 23.81)).as("Dhaka").isEqualTo("BD");
            assertThat(map.atLonLat(115.0, 15.0)).as("the South China Sea").isNull();
            assertThat(map.atLonLat(88.0, 15.0)).as("the Bay of Bengal").isNull();
            assertThat(s.map().cities()).extracting(c -> c.nameEn()).contains("Kunming", "Muse", "Malé", "Taipei");
            // Towns on a border river or the coast are finer than the 1:50m outline: known, and only these.
            java.util.Set<String> off = new java.util.TreeSet<>();
            for (var c : s.map().cities()) {
                String at = map.atLonLat(c.lon(), c.lat());
                String expected = java.util.Set.of("HK", "MO", "TW").contains(c.iso2()) ? "CN" : c.iso2();
                if (!expected.equals(at)) off.add(c.nameEn());
            }
            assertThat(off).containsExactly("Geneva", "Hekou", "Macao", "Mohan", "Muse", "New York");
        }
    }

    @Test
    void theMeasureCountsRecordsPerCountryInTheYears() {
        try (Services s = Services.open(dir.resolve("data"))) {
            s.sampleData().load(false);
            var items = s.timeline().items(Locale.SIMPLIFIED_CHINESE, LocalDate.of(2026, 11, 27));
            Map<String, Integer> partners = s.map().measure(Measure.PARTNERS, null, null, items);
            assertThat(partners.get("LA")).isGreaterThanOrEqualTo(2);
            Map<String, Integer> visits = s.map().measure(Measure.DELEGATIONS, null, null, items);
            assertThat(visits.values().stream().mapToInt(Integer::intValue).sum()).isGreaterThanOrEqualTo(5);
            Map<String, Integer> in2019 = s.map().measure(Measure.DELEGATIONS_IN, 2019, 2019, items);
            assertThat(in2019).containsEntry("VN", 1);
            assertThat(s.map().measure(Measure.EVENTS, 1990, 1991, items)).isEmpty();
            assertThat(s.map().markers(null, null, s.map().cities(), Locale.ENGLISH))
                    .anySatisfy(m -> assertThat(m.office()).isTrue())
                    .anySatisfy(m -> assertThat(m.city().nameEn()).isEqualTo("Kunming"));
        }
    }

    @Test
    void aReplacementFileIsCheckedAndABadOneSaysWhy() throws Exception {
        try (Services s = Services.open(dir.resolve("data"))) {
            Path good = Files.writeString(dir.resolve("approved.json"), "{\"type\":\"FeatureCollection\",\"features\":["
                    + "{\"type\":\"Feature\",\"properties\":{\"code\":\"LA\"},\"geometry\":{\"type\":\"Polygon\","
                    + "\"coordinates\":[[[100,14],[108,14],[108,23],[100,23],[100,14]],[[102,17],[103,17],[103,18],[102,18],[102,17]]]}}]}");
            WorldMap m = s.map().read(good, "code");
            assertThat(m.atLonLat(101, 20)).isEqualTo("LA");
            assertThat(m.atLonLat(102.5, 17.5)).as("in the hole").isNull();
            assertThat(m.source()).isEqualTo("approved.json");
            assertThatThrownBy(() -> s.map().read(good, "iso_a2")).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("error.map.noShapes");
            Path png = Files.write(dir.resolve("map.json"), new byte[]{(byte) 0x89, 'P', 'N', 'G'});
            assertThatThrownBy(() -> s.map().read(png, "code")).hasMessageContaining("error.map.read");
            Path list = Files.writeString(dir.resolve("list.json"), "[1,2]");
            assertThatThrownBy(() -> s.map().read(list, "code")).hasMessageContaining("error.map.notCollection");
        }
    }
}
