package org.liaisondesk.persistence;

import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.liaisondesk.domain.report.MonthCount;
import org.liaisondesk.domain.report.ReportLine;
import org.liaisondesk.domain.report.Tally;
import org.liaisondesk.domain.report.YearFigures;

/**
 * The annual report's figures, aggregated in SQL. A year is bound as text: {@code x >= :y AND x < :next}
 * holds every partial date of that year ("2018", "2018-07", "2018-07-15") and uses the date indexes.
 */
public interface AnnualReportDao {
    String VISITS = " d.start_date >= :y AND d.start_date < :next AND (d.status IS NULL OR d.status <> 'CANCELLED')";
    String EVENTS = " e.start_date >= :y AND e.start_date < :next";
    /** Under way at some time in the year; a finished project without an end date counts in its first year only. */
    String PROJECT_ACTIVE = " (p.status IS NULL OR p.status <> 'PROPOSED') AND p.start_date < :next"
            + " AND (p.end_date >= :y OR (p.end_date IS NULL AND (p.status IS NULL OR p.status <> 'COMPLETED'"
            + " OR p.start_date >= :y)))";
    String OFFICE_OPEN = " o.established_on < :next AND (o.closed_on IS NULL OR o.closed_on >= :y)";

    @SqlQuery("SELECT"
            + " (SELECT COUNT(*) FROM delegation d WHERE d.direction = 'INCOMING' AND" + VISITS + ") AS delegations_in,"
            + " (SELECT COUNT(*) FROM delegation_member m JOIN delegation d ON d.id = m.delegation_id"
            + "   WHERE d.direction = 'INCOMING' AND" + VISITS + ") AS people_in,"
            + " (SELECT COUNT(*) FROM delegation d WHERE d.direction = 'OUTGOING' AND" + VISITS + ") AS delegations_out,"
            + " (SELECT COUNT(*) FROM delegation_member m JOIN delegation d ON d.id = m.delegation_id"
            + "   WHERE d.direction = 'OUTGOING' AND" + VISITS + ") AS people_out,"
            + " (SELECT COUNT(DISTINCT iso2) FROM ("
            + "   SELECT x.iso2 FROM delegation_country x JOIN delegation d ON d.id = x.delegation_id WHERE" + VISITS
            + "   UNION SELECT x.iso2 FROM event_country x JOIN event e ON e.id = x.event_id WHERE" + EVENTS
            + "   UNION SELECT e.country FROM event e WHERE" + EVENTS + ") c WHERE iso2 <> 'CN') AS countries,"
            + " (SELECT COUNT(*) FROM event e WHERE" + EVENTS + ") AS events,"
            + " (SELECT COALESCE(SUM(e.participant_count), 0) FROM event e WHERE" + EVENTS + ") AS event_participants,"
            + " (SELECT COUNT(*) FROM agreement a WHERE a.signed_on >= :y AND a.signed_on < :next) AS agreements_signed,"
            + " (SELECT COUNT(*) FROM agreement a WHERE a.signed_on >= :y AND a.signed_on < :next"
            + "   AND EXISTS (SELECT 1 FROM agreement o WHERE o.renewed_by = a.id)) AS agreements_renewed,"
            + " (SELECT COUNT(*) FROM agreement a WHERE a.expires_on >= :y AND a.expires_on < :next AND a.renewed_by IS NULL"
            + "   AND (a.status IS NULL OR a.status NOT IN ('TERMINATED', 'RENEWED', 'DRAFT', 'NEGOTIATING'))) AS agreements_expired,"
            + " (SELECT COUNT(*) FROM project p WHERE" + PROJECT_ACTIVE + ") AS projects_active,"
            + " (SELECT COALESCE(SUM(p.beneficiaries_total), 0) FROM project p WHERE" + PROJECT_ACTIVE + ") AS beneficiaries,"
            + " (SELECT COUNT(*) FROM organisation g WHERE g.partner_since >= :y AND g.partner_since < :next) AS partners_new,"
            + " (SELECT COUNT(*) FROM office_abroad o WHERE" + OFFICE_OPEN + ") AS offices_active,"
            + " (SELECT COUNT(*) FROM office_abroad o WHERE o.established_on >= :y AND o.established_on < :next) AS offices_new,"
            + " (SELECT COUNT(*) FROM gift g WHERE g.direction = 'GIVEN' AND g.given_on >= :first AND g.given_on < :after) AS gifts_given,"
            + " (SELECT COALESCE(SUM(g.value_cny), 0) FROM gift g WHERE g.direction = 'GIVEN' AND g.given_on >= :first"
            + "   AND g.given_on < :after) AS gifts_given_cny,"
            + " (SELECT COUNT(*) FROM gift g WHERE g.direction = 'RECEIVED' AND g.given_on >= :first AND g.given_on < :after) AS gifts_received,"
            + " (SELECT COALESCE(SUM(g.value_cny), 0) FROM gift g WHERE g.direction = 'RECEIVED' AND g.given_on >= :first"
            + "   AND g.given_on < :after) AS gifts_received_cny")
    @RegisterConstructorMapper(YearFigures.class)
    YearFigures figures(@Bind("y") String year, @Bind("next") String next, @Bind("first") LocalDate first,
                        @Bind("after") LocalDate after);

    /** Month 0 collects what is known only to the year. */
    @SqlQuery("SELECT mo AS \"MONTH\", SUM(i) AS incoming, SUM(o) AS outgoing, SUM(ev) AS events FROM ("
            + " SELECT CASE WHEN LENGTH(d.start_date) >= 7 THEN CAST(SUBSTRING(d.start_date, 6, 2) AS INT) ELSE 0 END AS mo,"
            + "   CASE WHEN d.direction = 'INCOMING' THEN 1 ELSE 0 END AS i,"
            + "   CASE WHEN d.direction = 'OUTGOING' THEN 1 ELSE 0 END AS o, 0 AS ev FROM delegation d WHERE" + VISITS
            + " UNION ALL SELECT CASE WHEN LENGTH(e.start_date) >= 7 THEN CAST(SUBSTRING(e.start_date, 6, 2) AS INT) ELSE 0 END,"
            + "   0, 0, 1 FROM event e WHERE" + EVENTS + ") t GROUP BY mo ORDER BY mo")
    @RegisterConstructorMapper(MonthCount.class)
    List<MonthCount> months(@Bind("y") String year, @Bind("next") String next);

    /**
     * Per country/region: received ({@code count}) and sent ({@code second}) this year, all the year before.
     * Counted in a derived table first, so the date index drives it; names are joined afterwards.
     */
    @SqlQuery("SELECT t.iso2 AS \"KEY\", c.name_zh, c.name_en, t.n_in AS \"COUNT\", t.n_out AS \"SECOND\", t.n_prev AS previous"
            + " FROM (SELECT x.iso2,"
            + "   SUM(CASE WHEN d.start_date >= :y AND d.direction = 'INCOMING' THEN 1 ELSE 0 END) AS n_in,"
            + "   SUM(CASE WHEN d.start_date >= :y AND d.direction = 'OUTGOING' THEN 1 ELSE 0 END) AS n_out,"
            + "   SUM(CASE WHEN d.start_date < :y THEN 1 ELSE 0 END) AS n_prev"
            + "   FROM delegation d JOIN delegation_country x ON x.delegation_id = d.id"
            + "   WHERE d.start_date >= :prev AND d.start_date < :next AND (d.status IS NULL OR d.status <> 'CANCELLED')"
            + "   GROUP BY x.iso2) t JOIN country_region c ON c.iso2 = t.iso2"
            + " ORDER BY t.n_in + t.n_out DESC, t.n_prev DESC, t.iso2")
    @RegisterConstructorMapper(Tally.class)
    List<Tally> delegationCountries(@Bind("prev") String previous, @Bind("y") String year, @Bind("next") String next);

    @SqlQuery("SELECT e.kind AS \"KEY\", NULL AS name_zh, NULL AS name_en,"
            + " SUM(CASE WHEN e.start_date >= :y THEN 1 ELSE 0 END) AS \"COUNT\", 0 AS \"SECOND\","
            + " SUM(CASE WHEN e.start_date < :y THEN 1 ELSE 0 END) AS previous"
            + " FROM event e WHERE e.start_date >= :prev AND e.start_date < :next GROUP BY e.kind ORDER BY 4 DESC, 6 DESC, 1")
    @RegisterConstructorMapper(Tally.class)
    List<Tally> eventKinds(@Bind("prev") String previous, @Bind("y") String year, @Bind("next") String next);

    /** Where events were held; counted before the names are joined, as above. */
    @SqlQuery("SELECT t.country AS \"KEY\", c.name_zh, c.name_en, t.n AS \"COUNT\", 0 AS \"SECOND\", t.n_prev AS previous"
            + " FROM (SELECT e.country, SUM(CASE WHEN e.start_date >= :y THEN 1 ELSE 0 END) AS n,"
            + "   SUM(CASE WHEN e.start_date < :y THEN 1 ELSE 0 END) AS n_prev"
            + "   FROM event e WHERE e.start_date >= :prev AND e.start_date < :next GROUP BY e.country) t"
            + " JOIN country_region c ON c.iso2 = t.country ORDER BY t.n DESC, t.n_prev DESC, t.country")
    @RegisterConstructorMapper(Tally.class)
    List<Tally> eventCountries(@Bind("prev") String previous, @Bind("y") String year, @Bind("next") String next);

    String NAMES_ZH = "LISTAGG(COALESCE(g.name_zh, g.name_en, g.name_local), '、') WITHIN GROUP (ORDER BY g.id)";
    String NAMES_EN = "LISTAGG(COALESCE(g.name_en, g.name_zh, g.name_local), '; ') WITHIN GROUP (ORDER BY g.id)";

    @SqlQuery("SELECT d.id, d.code, d.title, d.direction AS kind,"
            + " (SELECT LISTAGG(x.iso2, ',') WITHIN GROUP (ORDER BY x.iso2) FROM delegation_country x WHERE x.delegation_id = d.id) AS country,"
            + " d.start_date, d.end_date, d.status,"
            + " (SELECT " + NAMES_ZH + " FROM delegation_organisation x JOIN organisation g ON g.id = x.organisation_id"
            + "   WHERE x.delegation_id = d.id) AS related_zh,"
            + " (SELECT " + NAMES_EN + " FROM delegation_organisation x JOIN organisation g ON g.id = x.organisation_id"
            + "   WHERE x.delegation_id = d.id) AS related_en,"
            + " (SELECT COUNT(*) FROM delegation_member m WHERE m.delegation_id = d.id) AS number"
            + " FROM delegation d WHERE" + VISITS + " ORDER BY d.start_date, d.code")
    @RegisterConstructorMapper(ReportLine.class)
    List<ReportLine> delegations(@Bind("y") String year, @Bind("next") String next);

    @SqlQuery("SELECT e.id, NULL AS code, e.title, e.kind, e.country, e.start_date, e.end_date, NULL AS status,"
            + " (SELECT " + NAMES_ZH + " FROM event_organiser x JOIN organisation g ON g.id = x.organisation_id"
            + "   WHERE x.event_id = e.id) AS related_zh,"
            + " (SELECT " + NAMES_EN + " FROM event_organiser x JOIN organisation g ON g.id = x.organisation_id"
            + "   WHERE x.event_id = e.id) AS related_en,"
            + " COALESCE(e.participant_count, 0) AS number FROM event e WHERE" + EVENTS + " ORDER BY e.start_date, e.id")
    @RegisterConstructorMapper(ReportLine.class)
    List<ReportLine> events(@Bind("y") String year, @Bind("next") String next);

    /** Signed, renewed (signed and replacing another) or expired without renewal in the year; {@code status} says which. */
    @SqlQuery("SELECT a.id, a.code, a.title, a.type AS kind, NULL AS country, a.signed_on AS start_date,"
            + " a.expires_on AS end_date,"
            + " CASE WHEN a.signed_on >= :y AND a.signed_on < :next"
            + "   THEN CASE WHEN EXISTS (SELECT 1 FROM agreement o WHERE o.renewed_by = a.id) THEN 'RENEWED' ELSE 'SIGNED' END"
            + "   ELSE 'EXPIRED' END AS status,"
            + " (SELECT " + NAMES_ZH + " FROM agreement_partner x JOIN organisation g ON g.id = x.organisation_id"
            + "   WHERE x.agreement_id = a.id) AS related_zh,"
            + " (SELECT " + NAMES_EN + " FROM agreement_partner x JOIN organisation g ON g.id = x.organisation_id"
            + "   WHERE x.agreement_id = a.id) AS related_en, 0 AS number"
            + " FROM agreement a WHERE (a.signed_on >= :y AND a.signed_on < :next)"
            + " OR (a.expires_on >= :y AND a.expires_on < :next AND a.renewed_by IS NULL"
            + "   AND (a.status IS NULL OR a.status NOT IN ('TERMINATED', 'RENEWED', 'DRAFT', 'NEGOTIATING')))"
            + " ORDER BY COALESCE(a.signed_on, a.expires_on), a.id")
    @RegisterConstructorMapper(ReportLine.class)
    List<ReportLine> agreements(@Bind("y") String year, @Bind("next") String next);

    @SqlQuery("SELECT p.id, p.code, p.title, NULL AS kind, NULL AS country, p.start_date, p.end_date, p.status,"
            + " (SELECT COALESCE(g.name_zh, g.name_en) FROM organisation g WHERE g.id = p.funder_id) AS related_zh,"
            + " (SELECT COALESCE(g.name_en, g.name_zh) FROM organisation g WHERE g.id = p.funder_id) AS related_en,"
            + " COALESCE(p.beneficiaries_total, 0) AS number FROM project p WHERE" + PROJECT_ACTIVE
            + " ORDER BY p.start_date, p.id")
    @RegisterConstructorMapper(ReportLine.class)
    List<ReportLine> projects(@Bind("y") String year, @Bind("next") String next);

    @SqlQuery("SELECT g.id, g.abbreviation AS code, COALESCE(g.name_zh, g.name_en, g.name_local) AS title, g.type AS kind,"
            + " g.country, g.partner_since AS start_date, NULL AS end_date, g.status, COALESCE(g.name_zh, g.name_en) AS related_zh,"
            + " COALESCE(g.name_en, g.name_zh) AS related_en, 0 AS number FROM organisation g"
            + " WHERE g.partner_since >= :y AND g.partner_since < :next ORDER BY g.partner_since, g.id")
    @RegisterConstructorMapper(ReportLine.class)
    List<ReportLine> partners(@Bind("y") String year, @Bind("next") String next);

    @SqlQuery("SELECT o.id, NULL AS code, o.name AS title, NULL AS kind, o.country, o.established_on AS start_date,"
            + " o.closed_on AS end_date, o.status,"
            + " (SELECT COALESCE(g.name_zh, g.name_en) FROM organisation g WHERE g.id = o.incubated_by) AS related_zh,"
            + " (SELECT COALESCE(g.name_en, g.name_zh) FROM organisation g WHERE g.id = o.incubated_by) AS related_en,"
            + " 0 AS number FROM office_abroad o WHERE" + OFFICE_OPEN + " ORDER BY o.established_on, o.id")
    @RegisterConstructorMapper(ReportLine.class)
    List<ReportLine> offices(@Bind("y") String year, @Bind("next") String next);
}
