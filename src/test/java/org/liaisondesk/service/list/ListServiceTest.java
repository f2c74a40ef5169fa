package org.liaisondesk.service.list;

import org.liaisondesk.domain.ListColumn;
import org.liaisondesk.domain.ListQuery;
import org.liaisondesk.domain.ListRow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.domain.*;
import org.liaisondesk.service.Services;

class ListServiceTest {
    @TempDir Path dir;
    Services s;
    static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @BeforeEach
    void open() {
        s = Services.open(dir);
        s.sampleData().load(false);
    }

    @AfterEach
    void close() { s.close(); }

    List<ListRow> find(RecordKind kind, ListQuery q) { return s.lists().index(kind, ZH).filter(q); }

    @Test
    void everyListedKindHasRowsWithOneCellPerColumn() {
        for (RecordKind kind : RecordKind.values()) {
            if (!ListService.hasList(kind)) continue;
            ListIndex index = s.lists().index(kind, ZH);
            assertThat(index.size()).as(kind.name()).isPositive();
            assertThat(index.filter(ListQuery.ALL)).allSatisfy(r ->
                    assertThat(r.cells()).hasSize(s.lists().columns(kind).size()));
        }
    }

    @Test
    void filtersByChineseSubstringOtherScriptsCountryStatusAndYears() {
        assertThat(find(RecordKind.ORGANISATION, new ListQuery("老街", null, null, null, null)))
                .extracting(r -> r.cell(0)).containsExactly("越南老街省妇女联合会");
        assertThat(find(RecordKind.ORGANISATION, new ListQuery("lào cai", null, null, null, null))).hasSize(1);
        assertThat(find(RecordKind.CONTACT, new ListQuery("ສີສຸວັນ", null, null, null, null))).hasSize(1);
        assertThat(find(RecordKind.CONTACT, new ListQuery(null, "MM", null, null, null))).hasSize(1);
        assertThat(find(RecordKind.DELEGATION, new ListQuery(null, null, "APPROVED", null, null)))
                .extracting(r -> r.cell(0)).containsExactly("2026-IN-011");
        assertThat(find(RecordKind.EVENT, new ListQuery(null, null, null, 2018, 2018))).hasSize(4);
        assertThat(find(RecordKind.PROJECT, new ListQuery("2000", null, null, null, null)))
                .extracting(r -> r.cell(0)).contains("ILO-MEKONG");
        // dates are searchable as people write them
        assertThat(find(RecordKind.OFFICE_ABROAD, new ListQuery("2014年9月", null, null, null, null))).hasSize(1);
    }

    @Test
    void narrowingAndWideningTheTextGiveTheSameAnswersAsAFreshFilter() {
        ListIndex index = s.lists().index(RecordKind.ORGANISATION, ZH);
        for (String text : new String[] {"妇", "妇女", "妇女联", "妇女", "妇", "", "a", "an", "a"}) {
            ListQuery q = new ListQuery(text, null, null, null, null);
            List<ListRow> expected = index.filter(ListQuery.ALL).stream().filter(q::matches).toList();
            assertThat(index.filter(q)).as(text).isEqualTo(expected);
        }
        ListQuery laos = new ListQuery("妇女", "LA", null, null, null);
        assertThat(index.filter(laos)).allSatisfy(r -> assertThat(r.country()).isEqualTo("LA")).isNotEmpty();
    }

    @Test
    void aWriteMakesTheNextIndexFresh() {
        ListIndex before = s.lists().index(RecordKind.ORGANISATION, ZH);
        assertThat(s.lists().index(RecordKind.ORGANISATION, ZH)).isSameAs(before);
        s.organisations().create(new Organisation(null, "新单位", null, null, null, OrganisationType.NGO, "LA", null, null,
                null, null, null, null, null, null, null, Tags.NONE, null, null));
        ListIndex after = s.lists().index(RecordKind.ORGANISATION, ZH);
        assertThat(after.size()).isEqualTo(before.size() + 1);
    }

    @Test
    void sortsTextInPinyinOrderAndDatesByTime() {
        List<ListRow> rows = find(RecordKind.EVENT, ListQuery.ALL);
        List<ListRow> byDate = ListIndex.sort(rows, 2, ListColumn.Type.DATE, true, ZH);
        assertThat(byDate.get(0).cell(2)).isEqualTo("2013");
        assertThat(byDate.get(byDate.size() - 1).cell(2)).isEqualTo("2024-11-04");
        List<ListRow> byName = ListIndex.sort(find(RecordKind.CONTACT, new ListQuery(null, null, null, null, null)), 0,
                ListColumn.Type.TEXT, true, ZH);
        // Chinese names in pinyin order: bin, chen, he, lin, ruan, zhang
        assertThat(byName).extracting(r -> r.cell(0)).filteredOn(n -> n.matches("\\p{IsHan}+"))
                .containsExactly("宾玛", "陈美玲", "何丽华", "林淑芬", "阮氏花", "张秀英");
        List<ListRow> byCount = ListIndex.sort(rows, 5, ListColumn.Type.NUMBER, false, ZH);
        assertThat(byCount.get(0).cell(5)).isEqualTo("60");
    }
}
