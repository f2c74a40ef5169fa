package org.liaisondesk.service.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.domain.InvalidInputException;
import org.liaisondesk.service.Services;

class ReceptionSheetTest {
    private static final LocalDate PRINTED = LocalDate.of(2026, 11, 27);
    @TempDir Path dir;

    @Test
    void theSampleSheetHasNamesInPrecedenceProgrammeAndMaskedPassports() throws IOException {
        try (Services s = Services.open(dir.resolve("data"))) {
            s.sampleData().load(false);
            Path pdf = dir.resolve("sheet.pdf");
            write(s, "2026-IN-011", new SheetOptions(SheetLanguage.ZH, false, PRINTED), pdf);
            String text = text(pdf);
            // Table cells wrap; what a cell says is checked with its lines joined.
            String flat = text.replace("\n", "");
            assertThat(text).contains("接待方案", "2026-IN-011", "一、概况", "二、团组成员", "四、日程安排",
                    "打印日期 2026-11-27");
            assertThat(flat).contains("瑞丽口岸迎接", "农村卫生健康培训", "欢迎晚宴", "座谈：预防拐卖合作");
            assertInOrder(text, "宾玛", "Daw Khin Ma", "Daw Nang Seng", "Ma Hla Hla", "岳小红", "Yue Xiaohong");
            assertThat(text).contains("0001", "0002", "0003").doesNotContain("MA000001", "MA000002");
            assertThat(flat).contains("岳小红（缅甸语）", "商务车1辆 云N", "瑞丽市妇联 李芳", "住宿（3晚，3间）", "5,400",
                    "26,000", "口岸通关预留一小时");

            Path full = dir.resolve("full.pdf");
            write(s, "2026-IN-011", new SheetOptions(SheetLanguage.ZH, true, PRINTED), full);
            assertThat(text(full)).contains("MA000001", "MA000002", "MA000003");
        }
    }

    @Test
    void englishAndBothSidesKeepVietnameseDiacriticsAndSayPageNOfM() throws IOException {
        try (Services s = Services.open(dir.resolve("data"))) {
            s.sampleData().load(false);
            Path en = dir.resolve("en.pdf");
            write(s, "2019-IN-004", new SheetOptions(SheetLanguage.EN, false, PRINTED), en);
            String t = text(en);
            assertThat(t).contains("Reception plan", "1. Overview", "Members, in order of precedence", "Vũ Thị Mai",
                    "Page 1 of").doesNotContain("概况", "团组成员");
            Path both = Path.of("target", "sheets", "sample-2019-IN-004-both.pdf");
            write(s, "2019-IN-004", new SheetOptions(SheetLanguage.BOTH, false, PRINTED), both);
            assertThat(text(both)).contains("一、概况 Overview", "团长 Head of delegation", "Vũ Thị Mai",
                    "第 1 页，共");
        }
    }

    @Test
    void aLongVisitContinuesItsTablesWithHeadersAndCountsPagesRight() throws IOException {
        try (Services s = Services.open(dir.resolve("data"))) {
            BigDelegation.create(s);
            ReceptionSheetService.Laid sheet = s.sheets().layout(BigDelegation.CODE,
                    new SheetOptions(SheetLanguage.ZH, false, PRINTED));
            int n = sheet.pages().size();
            assertThat(n).isGreaterThanOrEqualTo(5);
            float limit = SheetPage.HEIGHT - SheetLayout.BOTTOM;
            for (SheetPage p : sheet.pages()) {
                for (Ink ink : p.inks()) {
                    if (ink instanceof Ink.Text t && t.style() != SheetStyle.FOOTER) {
                        assertThat(t.baseline()).as("text on page %d: %s", p.number(), t.text())
                                .isBetween(SheetLayout.TOP, limit);
                        assertThat(t.x() + sheet.text().width(t.text(), t.style()))
                                .as("width of %s", t.text()).isLessThanOrEqualTo(SheetPage.WIDTH - SheetLayout.RIGHT + 0.5f);
                    }
                }
            }
            // Kept under target/ for people to look at.
            Path pdf = Path.of("target", "sheets", "big-60x14.pdf");
            s.sheets().writePdf(sheet, pdf);
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                assertThat(doc.getNumberOfPages()).isEqualTo(n);
                int memberPages = 0;
                int programmePages = 0;
                for (int i = 1; i <= n; i++) {
                    String page = pageText(doc, i);
                    assertThat(page).contains("第 " + i + " 页，共 " + n + " 页");
                    if (page.contains("Nguyễn Văn Member")) {
                        memberPages++;
                        assertThat(page).as("member table header on page %d", i).contains("序号", "姓名", "护照");
                    }
                    if (page.contains("日程第")) {
                        programmePages++;
                        assertThat(page).as("programme header on page %d", i).contains("时间", "活动", "我方参加人员");
                        assertThat(page).containsPattern("2027年3月\\d+日");
                    }
                }
                assertThat(memberPages).isGreaterThan(1);
                assertThat(programmePages).isGreaterThan(1);
                String all = new PDFTextStripper().getText(doc);
                List<String> names = new ArrayList<>();
                for (int i = 1; i <= 60; i++) names.add("成员" + i + "号");
                assertInOrder(all.replace("\r", ""), names.toArray(String[]::new));
                String flat = all.replace("\r", "").replace("\n", "");
                for (int i = 1; i <= 100; i++) assertThat(flat).contains("日程第" + i + "项");
                assertThat(all).contains("（续）");
            }
        }
    }

    @Test
    void anUnknownCodeIsRefusedByName() {
        try (Services s = Services.open(dir.resolve("data"))) {
            assertThatThrownBy(() -> s.sheets().layout("2099-IN-999", SheetOptions.defaults(PRINTED)))
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).key()).isEqualTo("sheet.error.unknownCode"));
        }
    }

    @Test
    void wrappedLinesFitTheirWidthAndBreakBetweenChineseCharacters() {
        SheetText t = new SheetText(SheetFonts.system());
        String s = "瑞丽市妇女发展中心多功能厅，Women's Development Centre of Ruili, multi-purpose hall";
        List<String> lines = t.wrap(s, SheetStyle.TD, 60);
        assertThat(lines.size()).isGreaterThan(3);
        for (String l : lines) assertThat(t.width(l, SheetStyle.TD)).isLessThanOrEqualTo(60f);
        assertThat(String.join("", lines).replace(" ", "")).isEqualTo(s.replace(" ", ""));
        assertThat(lines).noneMatch(l -> l.startsWith("，"));
    }

    private static void write(Services s, String code, SheetOptions o, Path pdf) {
        s.sheets().writePdf(s.sheets().layout(code, o), pdf);
    }

    static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replace("\r", "");
        }
    }

    private static String pageText(PDDocument doc, int page) throws IOException {
        PDFTextStripper st = new PDFTextStripper();
        st.setStartPage(page);
        st.setEndPage(page);
        return st.getText(doc);
    }

    private static void assertInOrder(String text, String... parts) {
        int at = -1;
        for (String p : parts) {
            int i = text.indexOf(p, at + 1);
            assertThat(i).as("'%s' after position %d", p, at).isGreaterThan(at);
            at = i;
        }
    }
}
