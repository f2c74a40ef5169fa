package org.liaisondesk.service.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.liaisondesk.domain.*;
import org.liaisondesk.persistence.DelegationMemberDao;
import org.liaisondesk.service.CountryRegionService;

/** The delegation_members file: natural key the delegation's code and the order of precedence. */
public final class MemberCsv extends RecordCsv<DelegationMember> {
    public static final CsvColumns COLUMNS = new CsvColumns("delegation", "团组编号", "precedence", "顺序",
            "name_zh", "中文姓名", "name_en", "英文姓名", "name_local", "本名", "gender", "性别", "title", "职务",
            "organization", "单位", "nationality", "国籍", "role", "角色", "passport_no", "护照号", "dietary", "饮食禁忌",
            "room", "房间");

    private final CountryRegionService countries;
    private final Map<Long, Map<Integer, Long>> known = new HashMap<>();
    private Map<Long, String> codes = Map.of();

    public MemberCsv(Jdbi jdbi, CountryRegionService countries, Runnable changed) {
        super(jdbi, changed);
        this.countries = countries;
    }

    @Override protected CsvColumns columns() { return COLUMNS; }

    @Override
    protected void requireColumns(Map<String, Integer> c, List<CsvProblem> problems) {
        known.clear();
        for (String required : List.of("delegation", "precedence")) {
            if (!c.containsKey(required)) problems.add(new CsvProblem(1, required, null, "csv.column.missing", List.of(required)));
        }
    }

    @Override
    protected DelegationMember read(Row row) {
        Integer precedence = row.whole("precedence");
        DelegationMember m = new DelegationMember(null, delegation(row, "delegation"), null, row.text("name_zh"),
                row.text("name_en"), row.text("name_local"), row.value(Gender.class, "gender"), row.text("title"),
                row.text("organization"), row.country(countries, "nationality", false),
                org.liaisondesk.domain.Sensitive.isMasked(row.text("passport_no")) ? null : row.text("passport_no"), null, null,
                row.value(MemberRole.class, "role"), precedence == null ? 0 : precedence, row.text("dietary"), null, null,
                row.text("room"), null);
        if (row.clean()) for (Problem p : Validation.member(m)) row.problem(p.field(), null, p.key(), p.args());
        return m;
    }

    @Override protected String key(DelegationMember m) { return m.delegationId() + "|" + m.precedence(); }

    @Override
    protected Long existing(Handle h, DelegationMember m) {
        return known.computeIfAbsent(m.delegationId(), d -> {
            Map<Integer, Long> byPrecedence = new HashMap<>();
            for (DelegationMember x : h.attach(DelegationMemberDao.class).ofDelegation(d)) byPrecedence.put(x.precedence(), x.id());
            return byPrecedence;
        }).get(m.precedence());
    }

    @Override
    protected List<Long> write(Handle h, List<DelegationMember> created, List<Map.Entry<Long, DelegationMember>> updated) {
        List<Long> ids = new java.util.ArrayList<>();
        DelegationMemberDao dao = h.attach(DelegationMemberDao.class);
        for (DelegationMember m : created) ids.add(dao.insert(m));
        for (Map.Entry<Long, DelegationMember> u : updated) {
            DelegationMember m = u.getValue(), o = dao.find(u.getKey()).orElseThrow();
            dao.update(new DelegationMember(u.getKey(), m.delegationId(), o.contactId(), m.nameZh(), m.nameEn(), m.nameLocal(),
                    m.gender(), m.title(), m.organisationName(), m.nationality(),
                    m.passportNo() != null ? m.passportNo() : o.passportNo(), o.passportExpiry(),
                    o.dateOfBirth(), m.role(), m.precedence(), m.dietary(), o.religion(), o.accessNeeds(), m.room(), o.notes()));
        }
        return ids;
    }

    @Override
    protected DelegationMember find(Handle h, long id) { return h.attach(DelegationMemberDao.class).find(id).orElseThrow(); }

    @Override
    protected void delete(Handle h, long id) { h.attach(DelegationMemberDao.class).delete(id); }

    @Override
    protected List<DelegationMember> all() {
        codes = delegationCodes();
        List<DelegationMember> out = new ArrayList<>();
        jdbi.useExtension(DelegationMemberDao.class, d -> codes.keySet().forEach(id -> out.addAll(d.ofDelegation(id))));
        return out;
    }

    @Override
    public boolean hasSensitive() { return true; }

    @Override
    protected List<String> cells(DelegationMember m) { return cells(m, true); }

    @Override
    protected List<String> cells(DelegationMember m, boolean sensitive) {
        return List.of(CsvColumns.safe(codes.get(m.delegationId())), Integer.toString(m.precedence()), CsvColumns.safe(m.nameZh()),
                CsvColumns.safe(m.nameEn()), CsvColumns.safe(m.nameLocal()), code(m.gender()), CsvColumns.safe(m.title()),
                CsvColumns.safe(m.organisationName()), m.nationality() == null ? "" : m.nationality(), code(m.role()),
                passport(m.passportNo(), sensitive), CsvColumns.safe(m.dietary()), CsvColumns.safe(m.room()));
    }

    @Override protected String name(DelegationMember m) { return m.displayName(java.util.Locale.SIMPLIFIED_CHINESE); }

    @Override protected long id(DelegationMember m) { return m.id(); }
}
