package org.liaisondesk.service.sheet;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.liaisondesk.domain.CountryRegion;
import org.liaisondesk.domain.Delegation;
import org.liaisondesk.domain.DelegationMember;
import org.liaisondesk.domain.Direction;
import org.liaisondesk.domain.Gift;
import org.liaisondesk.domain.ItineraryItem;
import org.liaisondesk.domain.MemberRole;
import org.liaisondesk.domain.Organisation;
import org.liaisondesk.service.sheet.SheetBlock.Band;
import org.liaisondesk.service.sheet.SheetBlock.Cells;
import org.liaisondesk.service.sheet.SheetBlock.Column;
import org.liaisondesk.service.sheet.SheetBlock.Fact;
import org.liaisondesk.service.sheet.SheetBlock.Facts;
import org.liaisondesk.service.sheet.SheetBlock.Heading;
import org.liaisondesk.service.sheet.SheetBlock.Row;
import org.liaisondesk.service.sheet.SheetBlock.Table;

/**
 * The reception sheet (接待方案) of one delegation as blocks, in DOMAIN.md's order: header,
 * overview, members in order of precedence, our side, day-by-day programme, hotel and vehicles,
 * gifts, budget, notes. Sections with nothing to say are left out; the rest are numbered.
 */
public final class ReceptionSheet {
    private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm");
    private final SheetData data;
    private final SheetOptions options;
    private final SheetLanguage lang;
    private int section;

    public ReceptionSheet(SheetData data, SheetOptions options) {
        this.data = data;
        this.options = options;
        this.lang = options.language();
    }

    public List<SheetBlock> blocks() {
        Delegation d = data.delegation();
        List<SheetBlock> out = new ArrayList<>();
        String kicker = lang.text(d.direction() == Direction.OUTGOING ? "sheet.kicker.out" : "sheet.kicker.in");
        List<String> lines = new ArrayList<>();
        lines.add(join("  ·  ", lang.text("sheet.code") + colon() + d.code(),
                labelled("sheet.approval", d.approvalRef()), labelled("sheet.invitation", d.invitationRef())));
        lines.add(join("  ·  ", d.updatedAt() == null ? null
                        : lang.text("sheet.version") + " " + d.updatedAt().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")),
                printed()));
        out.add(new SheetBlock.Header(kicker, d.title(), lines));
        overview(out);
        members(out);
        ourSide(out);
        programme(out);
        hotelAndVehicles(out);
        gifts(out);
        budget(out);
        notes(out);
        return out;
    }

    public SheetLayout.Footer footer() {
        return new SheetLayout.Footer(lang.text(data.delegation().direction() == Direction.OUTGOING
                        ? "sheet.kicker.out" : "sheet.kicker.in") + " · " + data.delegation().code(),
                lang.text("sheet.footer.pageOf", "{0}", "{1}").replace("'", "''"),
                printed());
    }

    private String printed() { return lang.text("sheet.printed") + " " + options.printed(); }

    private void heading(List<SheetBlock> out, String key) {
        out.add(new Heading(lang.number(++section) + lang.text(key)));
    }

    private void overview(List<SheetBlock> out) {
        Delegation d = data.delegation();
        heading(out, "sheet.section.overview");
        String dates = lang.date(d.startDate()) + (d.endDate() == null ? "" : " – " + lang.date(d.endDate()));
        String head = d.headName();
        DelegationMember leader = data.members().stream().filter(m -> m.role() == MemberRole.HEAD).findFirst().orElse(null);
        if (leader != null && leader.title() != null) head = join(comma(), head, leader.title());
        out.add(new Facts(List.of(
                fact("sheet.direction", lang.label(d.direction())),
                fact("sheet.countries", d.countries().stream().map(this::country).collect(Collectors.joining(list()))),
                fact("sheet.organisations", data.organisations().stream().map(ReceptionSheet::names)
                        .collect(Collectors.joining("\n"))),
                fact("sheet.head", head),
                fact("sheet.size", data.members().isEmpty() ? "" : lang.text("sheet.size.value", data.members().size())),
                fact("sheet.dates", dates),
                fact("sheet.purpose", d.purpose()),
                fact("sheet.level", d.receptionLevel()),
                fact("sheet.arrival", d.arrival()),
                fact("sheet.departure", d.departure()),
                fact("sheet.status", lang.label(d.status())))));
    }

    private void members(List<SheetBlock> out) {
        if (data.members().isEmpty()) return;
        heading(out, "sheet.section.members");
        LocalDate end = data.delegation().endDate() == null ? null : data.delegation().endDate().end();
        List<Row> rows = new ArrayList<>();
        for (DelegationMember m : data.members()) {
            String passport = m.passportShown(options.showPassports());
            if (m.passportExpiry() != null) {
                passport = join("\n", passport, lang.text("sheet.m.expires", lang.date(m.passportExpiry())));
                if (m.passportExpiresSoon(end)) passport += "\n" + lang.text("sheet.m.expiresSoon");
            }
            rows.add(new Cells(List.of(Integer.toString(m.precedence()),
                    join("\n", m.nameZh(), m.nameEn(), m.nameLocal()),
                    lang.label(m.gender()),
                    join("\n", lang.label(m.role()), m.title(), m.organisationName()),
                    m.nationality() == null ? "" : country(m.nationality()),
                    passport,
                    join("\n", m.dietary(), m.religion(), m.accessNeeds()),
                    nz(m.room()))));
        }
        out.add(new Table(List.of(col("sheet.m.no", 4), col("sheet.m.name", 16), col("sheet.m.gender", 7),
                col("sheet.m.position", 18), col("sheet.m.nationality", 10), col("sheet.m.passport", 12),
                col("sheet.m.needs", 12), col("sheet.m.room", 6)), rows, ""));
    }

    private void ourSide(List<SheetBlock> out) {
        Delegation d = data.delegation();
        Set<String> interpreters = new LinkedHashSet<>();
        data.members().stream().filter(m -> m.role() == MemberRole.INTERPRETER).map(this::personLine)
                .forEach(interpreters::add);
        // The programme names interpreters too; a name already listed with its title is not repeated.
        data.programme().stream().map(ItineraryItem::interpreter).filter(ReceptionSheet::present).map(String::strip)
                .filter(n -> interpreters.stream().noneMatch(l -> l.startsWith(n))).forEach(interpreters::add);
        if (present(data.plan().interpreters())) interpreters.add(data.plan().interpreters().strip());
        String staff = join("\n", data.plan().accompanyingStaff(), data.members().stream()
                .filter(m -> m.role() == MemberRole.STAFF).map(this::personLine).collect(Collectors.joining("\n")));
        List<Fact> facts = List.of(fact("sheet.host", d.hostLeader()),
                fact("sheet.liaison", join("  ", d.liaisonOfficer(), d.liaisonPhone())),
                fact("sheet.interpreters", dedupe(interpreters)),
                fact("sheet.staff", staff));
        if (facts.stream().allMatch(f -> f.value().isBlank())) return;
        heading(out, "sheet.section.ourSide");
        out.add(new Facts(facts));
    }

    private void programme(List<SheetBlock> out) {
        if (data.programme().isEmpty()) return;
        heading(out, "sheet.section.programme");
        Map<LocalDate, List<ItineraryItem>> byDay = new TreeMap<>();
        for (ItineraryItem i : data.programme()) byDay.computeIfAbsent(i.itemDate(), k -> new ArrayList<>()).add(i);
        LocalDate first = data.delegation().startDate() == null ? byDay.keySet().iterator().next()
                : data.delegation().startDate().start();
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<LocalDate, List<ItineraryItem>> e : byDay.entrySet()) {
            long n = java.time.temporal.ChronoUnit.DAYS.between(first, e.getKey()) + 1;
            rows.add(new Band(lang.day(e.getKey()) + (n >= 1 ? "  ·  " + lang.text("sheet.p.day", n) : "")));
            for (ItineraryItem i : e.getValue()) {
                rows.add(new Cells(List.of(time(i.startTime(), i.endTime()), activity(i), nz(i.venue()),
                        nz(i.ourParticipants()), nz(i.attire()), nz(i.interpreter()), nz(i.vehicle()), nz(i.notes()))));
            }
        }
        out.add(new Table(List.of(col("sheet.p.time", 10), col("sheet.p.activity", 20), col("sheet.p.venue", 13),
                col("sheet.p.ours", 13), col("sheet.p.attire", 6), col("sheet.p.interpreter", 9),
                col("sheet.p.vehicle", 9), col("sheet.p.notes", 11)), rows, lang.text("sheet.continued")));
    }

    private void hotelAndVehicles(List<SheetBlock> out) {
        Map<String, List<String>> rooms = new LinkedHashMap<>();
        for (DelegationMember m : data.members()) {
            if (present(m.room())) rooms.computeIfAbsent(m.room().strip(), k -> new ArrayList<>()).add(shortName(m));
        }
        String roomText = rooms.entrySet().stream().map(e -> e.getKey() + colon() + String.join(list(), e.getValue()))
                .collect(Collectors.joining("\n"));
        // The programme's vehicles, unless the plan already lists them.
        String planned = nz(data.plan().vehicles());
        String vehicles = join("\n", planned, dedupe(data.programme().stream().map(ItineraryItem::vehicle)
                .filter(ReceptionSheet::present).map(String::strip).filter(v -> !planned.contains(v))
                .collect(Collectors.toCollection(LinkedHashSet::new))));
        List<Fact> facts = List.of(fact("sheet.hotel", data.delegation().hotel()), fact("sheet.rooms", roomText),
                fact("sheet.vehicles", vehicles));
        if (facts.stream().allMatch(f -> f.value().isBlank())) return;
        heading(out, "sheet.section.logistics");
        out.add(new Facts(facts));
    }

    private void gifts(List<SheetBlock> out) {
        if (data.gifts().isEmpty()) return;
        heading(out, "sheet.section.gifts");
        List<Row> rows = new ArrayList<>();
        for (Gift g : data.gifts()) {
            String declared = g.declaredOn() != null ? g.declaredOn().toString()
                    : g.direction() == org.liaisondesk.domain.GiftDirection.RECEIVED && g.valueCny() != null
                    && g.valueCny().compareTo(Gift.DECLARATION_THRESHOLD_CNY) >= 0 ? lang.text("sheet.g.undeclared") : "";
            rows.add(new Cells(List.of(lang.label(g.direction()), g.item(), nz(g.counterpart()), money(g.valueCny()),
                    g.givenOn().toString(), declared)));
        }
        out.add(new Table(List.of(col("sheet.g.direction", 8), col("sheet.g.item", 24), col("sheet.g.counterpart", 20),
                col("sheet.g.value", 10), col("sheet.g.date", 11), col("sheet.g.declared", 11)), rows, ""));
    }

    private void budget(List<SheetBlock> out) {
        Delegation d = data.delegation();
        if (d.budgetCny() == null && d.actualCny() == null && data.budget().isEmpty()) return;
        heading(out, "sheet.section.budget");
        if (!data.budget().isEmpty()) {
            List<Row> rows = new ArrayList<>();
            for (org.liaisondesk.domain.BudgetLine b : data.budget()) {
                rows.add(new Cells(List.of(b.item(), money(b.budgetCny()), money(b.actualCny()))));
            }
            out.add(new Table(List.of(col("sheet.budget.item", 30), col("sheet.budget", 12), col("sheet.actual", 12)),
                    rows, ""));
        }
        out.add(new Facts(List.of(fact("sheet.budget", money(d.budgetCny() != null ? d.budgetCny()
                        : total(org.liaisondesk.domain.BudgetLine::budgetCny))),
                fact("sheet.actual", money(d.actualCny() != null ? d.actualCny()
                        : total(org.liaisondesk.domain.BudgetLine::actualCny))))));
    }

    /** A budget column's sum, or null when no line has a figure. */
    private BigDecimal total(java.util.function.Function<org.liaisondesk.domain.BudgetLine, BigDecimal> v) {
        return data.budget().stream().map(v).filter(Objects::nonNull).reduce(BigDecimal::add).orElse(null);
    }

    private void notes(List<SheetBlock> out) {
        Delegation d = data.delegation();
        List<Fact> facts = List.of(fact("sheet.safety", data.plan().safetyNotes()), fact("sheet.followUps", d.followUps()),
                fact("sheet.notes", d.notes()));
        if (facts.stream().allMatch(f -> f.value().isBlank())) return;
        heading(out, "sheet.section.notes");
        out.add(new Facts(facts));
    }

    /** Punctuation as each language writes it. */
    private String colon() { return lang == SheetLanguage.EN ? ": " : "："; }

    private String comma() { return lang == SheetLanguage.EN ? ", " : "，"; }

    private String list() { return lang == SheetLanguage.EN ? ", " : "、"; }

    private Column col(String key, float weight) { return new Column(lang.header(key), weight); }

    private Fact fact(String key, String value) { return new Fact(lang.text(key), nz(value)); }

    private String labelled(String key, String value) {
        return present(value) ? lang.text(key) + colon() + value.strip() : null;
    }

    private String country(String iso2) {
        CountryRegion c = data.countries().get(iso2);
        if (c == null) return iso2;
        return switch (lang) {
            case ZH -> c.nameZh();
            case EN -> c.nameEn();
            case BOTH -> c.nameZh() + " " + c.nameEn();
        };
    }

    private String activity(ItineraryItem i) {
        String kind = lang.label(i.kind());
        return kind.isEmpty() ? i.title() : (lang == SheetLanguage.EN ? kind + ": " : "【" + kind + "】") + i.title();
    }

    private static String time(LocalTime start, LocalTime end) {
        if (start == null) return "";
        return start.format(HM) + (end == null ? "" : "–" + end.format(HM));
    }

    /** Chinese, English and own-script names, each on its own line. */
    private static String names(Organisation o) { return join("\n", o.nameZh(), o.nameEn(), o.nameLocal()); }

    private String personLine(DelegationMember m) { return join(comma(), shortName(m), m.title()); }

    private static String shortName(DelegationMember m) {
        return Stream.of(m.nameZh(), m.nameEn(), m.nameLocal()).filter(ReceptionSheet::present).findFirst().orElse("");
    }

    private static String dedupe(Set<String> values) { return String.join("\n", values); }

    private static String money(BigDecimal v) {
        return v == null ? "" : new DecimalFormat("#,##0.##").format(v);
    }

    private static String nz(String s) { return s == null ? "" : s.strip(); }

    private static boolean present(String s) { return s != null && !s.isBlank(); }

    static String join(String sep, String... parts) {
        return Stream.of(parts).filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.joining(sep));
    }
}
