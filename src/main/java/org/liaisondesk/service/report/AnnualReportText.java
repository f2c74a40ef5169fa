package org.liaisondesk.service.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.liaisondesk.domain.AgreementType;
import org.liaisondesk.domain.CountryRegion;
import org.liaisondesk.domain.Direction;
import org.liaisondesk.domain.EventKind;
import org.liaisondesk.domain.Labelled;
import org.liaisondesk.domain.OfficeStatus;
import org.liaisondesk.domain.OrganisationType;
import org.liaisondesk.domain.ProjectStatus;
import org.liaisondesk.domain.report.AnnualReport;
import org.liaisondesk.domain.report.MonthCount;
import org.liaisondesk.domain.report.ReportLine;
import org.liaisondesk.domain.report.Tally;
import org.liaisondesk.domain.report.YearFigures;
import org.liaisondesk.service.sheet.SheetLanguage;

/** The annual report's sections as text tables in one language (or both), compared with the year before. */
public final class AnnualReportText {
    private final AnnualReport r;
    private final SheetLanguage lang;
    private final Map<String, CountryRegion> countries;

    public AnnualReportText(AnnualReport report, SheetLanguage language, Map<String, CountryRegion> countries) {
        this.r = report;
        this.lang = language;
        this.countries = countries;
    }

    public String title() { return lang.text("report.title", String.valueOf(r.year())); }

    public String subtitle() { return lang.text("report.subtitle", String.valueOf(r.year() - 1)); }

    public List<ReportTable> tables() {
        return List.of(overview(), months(), delegationCountries(), eventKinds(), eventCountries(), delegations(),
                events(), agreements(), projects(), partners(), offices());
    }

    private ReportTable table(String id, List<String> headerKeys, float[] weights, List<List<String>> rows,
                              List<ReportTable.Bar> bars) {
        List<String> headers = headerKeys.stream().map(k -> k.startsWith("=") ? k.substring(1) : lang.header(k)).toList();
        List<Float> w = new ArrayList<>();
        for (float f : weights) w.add(f);
        return new ReportTable(id, lang.text("report.section." + id), headers, w, rows, bars);
    }

    private String year() { return "=" + r.year(); }

    private String lastYear() { return "=" + (r.year() - 1); }

    private ReportTable overview() {
        YearFigures c = r.current(), p = r.previous();
        List<List<String>> rows = new ArrayList<>();
        Object[] now = values(c), before = values(p);
        String[] keys = {"delegationsIn", "peopleIn", "delegationsOut", "peopleOut", "countries", "events",
                "eventParticipants", "agreementsSigned", "agreementsRenewed", "agreementsExpired", "projectsActive",
                "beneficiaries", "partnersNew", "officesActive", "officesNew", "giftsGiven", "giftsGivenCny",
                "giftsReceived", "giftsReceivedCny"};
        for (int i = 0; i < keys.length; i++) {
            rows.add(List.of(lang.text("report.figure." + keys[i]), number(now[i]), number(before[i]),
                    change(now[i], before[i])));
        }
        return table("overview", List.of("report.column.figure", year(), lastYear(), "report.column.change"),
                new float[] {4, 1.4f, 1.4f, 1.4f}, rows, List.of());
    }

    /** The figures in the order of {@code keys} in {@link #overview()}. */
    private static Object[] values(YearFigures f) {
        return new Object[] {f.delegationsIn(), f.peopleIn(), f.delegationsOut(), f.peopleOut(), f.countries(),
                f.events(), f.eventParticipants(), f.agreementsSigned(), f.agreementsRenewed(), f.agreementsExpired(),
                f.projectsActive(), f.beneficiaries(), f.partnersNew(), f.officesActive(), f.officesNew(), f.giftsGiven(),
                f.giftsGivenCny(), f.giftsReceived(), f.giftsReceivedCny()};
    }

    private ReportTable months() {
        List<List<String>> rows = new ArrayList<>();
        List<ReportTable.Bar> bars = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            int month = m;
            MonthCount c = r.months().stream().filter(x -> x.month() == month).findFirst()
                    .orElse(new MonthCount(m, 0, 0, 0));
            String name = lang.text("report.month", m);
            rows.add(List.of(name, number(c.incoming()), number(c.outgoing()), number(c.events())));
            bars.add(new ReportTable.Bar(name, c.incoming() + c.outgoing() + c.events(), -1));
        }
        r.months().stream().filter(x -> x.month() == 0).findFirst().ifPresent(c -> rows.add(List.of(
                lang.text("report.month.unknown"), number(c.incoming()), number(c.outgoing()), number(c.events()))));
        return table("months", List.of("report.column.month", "report.column.received", "report.column.sent",
                "report.column.events"), new float[] {2, 1.4f, 1.4f, 1.4f}, rows, bars);
    }

    private ReportTable delegationCountries() {
        List<List<String>> rows = new ArrayList<>();
        for (Tally t : r.delegationCountries()) {
            rows.add(List.of(country(t.key()), number(t.count()), number(t.second()), number(t.previous())));
        }
        return table("delegationCountries", List.of("report.column.country", "report.column.received",
                "report.column.sent", lastYear()), new float[] {3, 1.4f, 1.4f, 1.4f}, rows, List.of());
    }

    private ReportTable eventKinds() {
        List<List<String>> rows = new ArrayList<>();
        List<ReportTable.Bar> bars = new ArrayList<>();
        for (Tally t : r.eventKinds()) {
            String kind = lang.label(EventKind.valueOf(t.key()));
            rows.add(List.of(kind, number(t.count()), number(t.previous())));
            bars.add(new ReportTable.Bar(kind, t.count(), t.previous()));
        }
        return table("eventKinds", List.of("report.column.kind", year(), lastYear()), new float[] {3, 1.4f, 1.4f},
                rows, bars);
    }

    private ReportTable eventCountries() {
        List<List<String>> rows = new ArrayList<>();
        for (Tally t : r.eventCountries()) rows.add(List.of(country(t.key()), number(t.count()), number(t.previous())));
        return table("eventCountries", List.of("report.column.heldIn", year(), lastYear()), new float[] {3, 1.4f, 1.4f},
                rows, List.of());
    }

    private ReportTable delegations() {
        List<List<String>> rows = new ArrayList<>();
        for (ReportLine l : r.delegations()) {
            rows.add(List.of(l.code(), l.title(), label(Direction.class, l.kind()), dates(l), countries(l.country()),
                    number(l.number())));
        }
        return table("delegations", List.of("report.column.code", "report.column.title", "report.column.direction",
                "report.column.dates", "report.column.country", "report.column.people"),
                new float[] {1.6f, 4, 1, 2, 1.6f, 0.9f}, rows, List.of());
    }

    private ReportTable events() {
        List<List<String>> rows = new ArrayList<>();
        for (ReportLine l : r.events()) {
            rows.add(List.of(l.title(), label(EventKind.class, l.kind()), dates(l), country(l.country()), related(l),
                    l.number() == 0 ? "" : number(l.number())));
        }
        return table("events", List.of("report.column.title", "report.column.kind", "report.column.dates",
                "report.column.heldIn", "report.column.organisers", "report.column.participants"),
                new float[] {3.6f, 1.2f, 1.8f, 1.2f, 2.4f, 1.3f}, rows, List.of());
    }

    private ReportTable agreements() {
        List<List<String>> rows = new ArrayList<>();
        for (ReportLine l : r.agreements()) {
            rows.add(List.of(nz(l.code()), l.title(), label(AgreementType.class, l.kind()),
                    lang.text("report.agreement." + l.status()), lang.date(l.startDate()), lang.date(l.endDate()),
                    related(l)));
        }
        return table("agreements", List.of("report.column.code", "report.column.title", "report.column.type",
                "report.column.what", "report.column.signed", "report.column.expires", "report.column.partners"),
                new float[] {1.4f, 3.4f, 1.2f, 1, 1.3f, 1.3f, 2.4f}, rows, List.of());
    }

    private ReportTable projects() {
        List<List<String>> rows = new ArrayList<>();
        for (ReportLine l : r.projects()) {
            rows.add(List.of(nz(l.code()), l.title(), related(l), dates(l), label(ProjectStatus.class, l.status()),
                    l.number() == 0 ? "" : number(l.number())));
        }
        return table("projects", List.of("report.column.code", "report.column.title", "report.column.funder",
                "report.column.dates", "report.column.status", "report.column.beneficiaries"),
                new float[] {1.3f, 4, 2, 1.8f, 1, 1.2f}, rows, List.of());
    }

    private ReportTable partners() {
        List<List<String>> rows = new ArrayList<>();
        for (ReportLine l : r.partners()) {
            rows.add(List.of(related(l), label(OrganisationType.class, l.kind()), country(l.country()),
                    lang.date(l.startDate())));
        }
        return table("partners", List.of("report.column.name", "report.column.type", "report.column.country",
                "report.column.since"), new float[] {4, 1.6f, 1.4f, 1.2f}, rows, List.of());
    }

    private ReportTable offices() {
        List<List<String>> rows = new ArrayList<>();
        for (ReportLine l : r.offices()) {
            rows.add(List.of(l.title(), country(l.country()), lang.date(l.startDate()), related(l),
                    label(OfficeStatus.class, l.status())));
        }
        return table("offices", List.of("report.column.name", "report.column.country", "report.column.established",
                "report.column.incubator", "report.column.status"), new float[] {4, 1.2f, 1.3f, 2.4f, 0.9f}, rows, List.of());
    }

    private String related(ReportLine l) {
        String zh = nz(l.relatedZh()), en = nz(l.relatedEn());
        return switch (lang) {
            case ZH -> zh;
            case EN -> en;
            case BOTH -> zh.equals(en) || en.isEmpty() ? zh : zh + "\n" + en;
        };
    }

    private String dates(ReportLine l) {
        String from = lang.date(l.startDate());
        return l.endDate() == null || l.endDate().equals(l.startDate()) ? from : from + " – " + lang.date(l.endDate());
    }

    private String countries(String isoList) {
        if (isoList == null || isoList.isBlank()) return "";
        return String.join(lang == SheetLanguage.EN ? ", " : "、",
                Arrays.stream(isoList.split(",")).map(this::country).toList());
    }

    private String country(String iso2) {
        CountryRegion c = iso2 == null ? null : countries.get(iso2.strip());
        if (c == null) return nz(iso2);
        return switch (lang) {
            case ZH -> c.nameZh();
            case EN -> c.nameEn();
            case BOTH -> c.nameZh() + " " + c.nameEn();
        };
    }

    private <E extends Enum<E> & Labelled> String label(Class<E> type, String code) {
        if (code == null) return "";
        try {
            return lang.label(Enum.valueOf(type, code));
        } catch (IllegalArgumentException e) {
            return code;
        }
    }

    private String number(Object n) {
        if (n instanceof BigDecimal b) return String.format(lang.primary(), "%,.2f", b);
        return String.format(lang.primary(), "%,d", ((Number) n).longValue());
    }

    /** The change from last year: +3, −2, or – when both are zero. */
    private String change(Object now, Object before) {
        BigDecimal a = new BigDecimal(now.toString()), b = new BigDecimal(before.toString());
        int sign = a.compareTo(b);
        if (sign == 0) return a.signum() == 0 ? "–" : "±0";
        String d = number(now instanceof BigDecimal ? a.subtract(b).abs() : (Object) a.subtract(b).abs().longValue());
        return (sign > 0 ? "+" : "−") + d;
    }

    private static String nz(String s) { return s == null ? "" : s; }

}
