package org.liaisondesk.service.list;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.domain.RecordKind;
import org.liaisondesk.domain.SearchHit;
import org.liaisondesk.service.Services;

class SearchServiceTest {
    @TempDir Path dir;

    @Test
    void findsAcrossKindsByChineseSubstringGroupedAndRanked() {
        try (Services s = Services.open(dir)) {
            s.sampleData().load(false);
            List<SearchHit> hits = s.search().search("老街", Locale.SIMPLIFIED_CHINESE, 8);
            assertThat(hits).extracting(SearchHit::kind)
                    .containsExactly(RecordKind.DELEGATION, RecordKind.ORGANISATION, RecordKind.CONTACT, RecordKind.AGREEMENT);
            assertThat(hits.get(1).best()).extracting(r -> r.cell(0)).containsExactly("越南老街省妇女联合会");

            // an exact code ranks before records that merely mention it
            List<SearchHit> code = s.search().search("2019-in-004", Locale.ENGLISH, 8);
            assertThat(code.get(0).best().get(0).cell(0)).isEqualTo("2019-IN-004");
            assertThat(s.search().search("  ", Locale.ENGLISH, 8)).isEmpty();
            assertThat(s.search().search("zzzz", Locale.ENGLISH, 8)).isEmpty();
        }
    }

    @Test
    void ranksExactThenPrefixThenInside() {
        var exact = new org.liaisondesk.domain.ListRow(1, new String[] {"Muse"}, "muse", null, null, 0);
        var prefix = new org.liaisondesk.domain.ListRow(2, new String[] {"Museum"}, "museum", null, null, 0);
        var inside = new org.liaisondesk.domain.ListRow(3, new String[] {"Amuse"}, "amuse", null, null, 0);
        assertThat(SearchService.rank(exact, "muse")).isZero();
        assertThat(SearchService.rank(prefix, "muse")).isEqualTo(1);
        assertThat(SearchService.rank(inside, "muse")).isEqualTo(2);
    }
}
