package org.liaisondesk.persistence;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.liaisondesk.domain.reminder.AgreementDue;
import org.liaisondesk.domain.reminder.CountryExchanges;
import org.liaisondesk.domain.reminder.ExchangeYear;
import org.liaisondesk.domain.reminder.GiftUndeclared;
import org.liaisondesk.domain.reminder.QuietPartner;
import org.liaisondesk.domain.reminder.SummaryOwed;
import org.liaisondesk.domain.reminder.UpcomingEvent;
import org.liaisondesk.domain.reminder.UpcomingVisit;
import org.liaisondesk.domain.reminder.VisitPassport;

/**
 * The candidates for the dashboard's reminders, narrowed in SQL and judged exactly by
 * {@code ReminderRules}. Partial dates are ISO text: "2026-12" &lt;= a day compares by its first
 * day, and {@code x || '~'} &gt;= a day by its last, since '~' sorts after digits and '-'.
 */
public interface ReminderDao {
    /** Visits neither cancelled nor completed that start by {@code horizon} and end on or after {@code today}. */
    @SqlQuery("SELECT d.id, d.code, d.title, d.direction, d.status, d.start_date, d.end_date, d.approval_ref,"
            + " d.invitation_ref, d.hotel, d.liaison_officer, p.invitation_letter,"
            + " (SELECT COUNT(*) FROM delegation_member m WHERE m.delegation_id = d.id) AS members,"
            + " (SELECT COUNT(*) FROM itinerary_item i WHERE i.delegation_id = d.id) AS items"
            + " FROM delegation d LEFT JOIN visit_plan p ON p.delegation_id = d.id"
            + " WHERE d.start_date <= :horizon AND COALESCE(d.end_date, d.start_date) || '~' >= :today"
            + " AND (d.status IS NULL OR d.status NOT IN ('CANCELLED', 'COMPLETED'))"
            + " ORDER BY d.start_date, d.id")
    @RegisterConstructorMapper(UpcomingVisit.class)
    List<UpcomingVisit> visits(@Bind("today") String today, @Bind("horizon") String horizon);

    @SqlQuery("SELECT id, title, kind, start_date, end_date FROM event"
            + " WHERE start_date <= :horizon AND COALESCE(end_date, start_date) || '~' >= :today"
            + " ORDER BY start_date, id")
    @RegisterConstructorMapper(UpcomingEvent.class)
    List<UpcomingEvent> events(@Bind("today") String today, @Bind("horizon") String horizon);

    /** Passports of members of every visit still to come or under way (any distance ahead). */
    @SqlQuery("SELECT m.delegation_id, d.code, d.title, d.start_date, d.end_date, m.name_zh, m.name_en, m.name_local,"
            + " m.passport_expiry FROM delegation_member m JOIN delegation d ON d.id = m.delegation_id"
            + " WHERE m.passport_expiry IS NOT NULL AND COALESCE(d.end_date, d.start_date) || '~' >= :today"
            + " AND (d.status IS NULL OR d.status NOT IN ('CANCELLED', 'COMPLETED'))"
            + " ORDER BY d.start_date, d.id, m.precedence")
    @RegisterConstructorMapper(VisitPassport.class)
    List<VisitPassport> passports(@Bind("today") String today);

    /** Agreements in force, not replaced, that expire by {@code horizon} or are evergreen with a review by {@code today}. */
    @SqlQuery("SELECT id, code, title, status, renewal, expires_on, review_on FROM agreement"
            + " WHERE renewed_by IS NULL"
            + " AND (status IS NULL OR status NOT IN ('DRAFT', 'NEGOTIATING', 'EXPIRED', 'TERMINATED', 'RENEWED'))"
            + " AND ((expires_on IS NOT NULL AND expires_on <= :horizon)"
            + "   OR (renewal = 'EVERGREEN' AND review_on IS NOT NULL AND review_on <= :today))"
            + " ORDER BY COALESCE(expires_on, review_on), id")
    @RegisterConstructorMapper(AgreementDue.class)
    List<AgreementDue> agreements(@Bind("today") String today, @Bind("horizon") String horizon);

    /** Received gifts at or over the threshold, undeclared, given before {@code before}. */
    @SqlQuery("SELECT g.id, g.delegation_id, g.event_id, g.item, g.counterpart, g.value_cny, g.given_on,"
            + " COALESCE(d.title, e.title) AS owner_title FROM gift g"
            + " LEFT JOIN delegation d ON d.id = g.delegation_id LEFT JOIN event e ON e.id = g.event_id"
            + " WHERE g.direction = 'RECEIVED' AND g.declared_on IS NULL AND g.value_cny >= :threshold"
            + " AND g.given_on < :before ORDER BY g.given_on, g.id")
    @RegisterConstructorMapper(GiftUndeclared.class)
    List<GiftUndeclared> gifts(@Bind("threshold") java.math.BigDecimal threshold, @Bind("before") java.time.LocalDate before);

    /** Outgoing visits over before {@code today} (and not before {@code since}) with no summary written. */
    @SqlQuery("SELECT d.id, d.code, d.title, d.start_date, d.end_date, p.summary_due FROM delegation d"
            + " LEFT JOIN visit_plan p ON p.delegation_id = d.id"
            + " WHERE d.direction = 'OUTGOING' AND (d.summary IS NULL OR TRIM(d.summary) = '')"
            + " AND (d.status IS NULL OR d.status <> 'CANCELLED')"
            + " AND COALESCE(d.end_date, d.start_date) || '~' < :today AND COALESCE(d.end_date, d.start_date) >= :since"
            + " ORDER BY COALESCE(d.end_date, d.start_date), d.id")
    @RegisterConstructorMapper(SummaryOwed.class)
    List<SummaryOwed> summaries(@Bind("today") String today, @Bind("since") String since);

    String ACTIVITY = "SELECT id, MAX(d) AS last_contact, COUNT(*) AS activities FROM ("
            + " SELECT x.organisation_id AS id, v.start_date AS d FROM delegation_organisation x"
            + "   JOIN delegation v ON v.id = x.delegation_id"
            + " UNION ALL SELECT x.organisation_id, e.start_date FROM event_organiser x JOIN event e ON e.id = x.event_id"
            + " UNION ALL SELECT x.organisation_id, a.signed_on FROM agreement_partner x"
            + "   JOIN agreement a ON a.id = x.agreement_id WHERE a.signed_on IS NOT NULL) u GROUP BY id";
    /** Partners abroad or in Hong Kong, Macao and Taiwan; mainland bodies are colleagues, not foreign relations. */
    String QUIET = " FROM organisation o JOIN (" + ACTIVITY + ") t ON t.id = o.id"
            + " JOIN country_region c ON c.iso2 = o.country"
            + " WHERE o.country <> 'CN' AND (o.status IS NULL OR o.status IN ('ACTIVE', 'DORMANT'))"
            + " AND t.last_contact || '~' < :before";

    @SqlQuery("SELECT o.id, o.name_zh, o.name_en, c.name_zh AS country_zh, c.name_en AS country_en, t.last_contact,"
            + " t.activities" + QUIET + " ORDER BY t.activities DESC, t.last_contact DESC, o.id LIMIT :limit")
    @RegisterConstructorMapper(QuietPartner.class)
    List<QuietPartner> quietPartners(@Bind("before") String before, @Bind("limit") int limit);

    @SqlQuery("SELECT COUNT(*)" + QUIET)
    long quietPartnerCount(@Bind("before") String before);

    /** Delegations (not cancelled) and events per year of their start. */
    @SqlQuery("SELECT CAST(y AS INT) AS \"YEAR\", SUM(i) AS incoming, SUM(o) AS outgoing, SUM(e) AS events FROM ("
            + " SELECT LEFT(start_date, 4) AS y, CASE WHEN direction = 'INCOMING' THEN 1 ELSE 0 END AS i,"
            + "   CASE WHEN direction = 'OUTGOING' THEN 1 ELSE 0 END AS o, 0 AS e FROM delegation"
            + "   WHERE status IS NULL OR status <> 'CANCELLED'"
            + " UNION ALL SELECT LEFT(start_date, 4), 0, 0, 1 FROM event) t"
            + " WHERE y BETWEEN :from AND :to GROUP BY y ORDER BY y")
    @RegisterConstructorMapper(ExchangeYear.class)
    List<ExchangeYear> exchangesPerYear(@Bind("from") String from, @Bind("to") String to);

    /** Countries/regions other than mainland China by delegations and events concerning them (held there or with them). */
    @SqlQuery("SELECT c.iso2, c.name_zh, c.name_en, COALESCE(dc.n, 0) AS delegations, COALESCE(ec.n, 0) AS events"
            + " FROM country_region c"
            + " LEFT JOIN (SELECT x.iso2, COUNT(*) AS n FROM delegation_country x JOIN delegation d ON d.id = x.delegation_id"
            + "   WHERE d.status IS NULL OR d.status <> 'CANCELLED' GROUP BY x.iso2) dc ON dc.iso2 = c.iso2"
            + " LEFT JOIN (SELECT iso2, COUNT(*) AS n FROM (SELECT event_id, iso2 FROM event_country"
            + "   UNION SELECT id, country FROM event) x GROUP BY iso2) ec ON ec.iso2 = c.iso2"
            + " WHERE c.iso2 <> 'CN' AND COALESCE(dc.n, 0) + COALESCE(ec.n, 0) > 0"
            + " ORDER BY COALESCE(dc.n, 0) + COALESCE(ec.n, 0) DESC, c.iso2 LIMIT :limit")
    @RegisterConstructorMapper(CountryExchanges.class)
    List<CountryExchanges> topCountries(@Bind("limit") int limit);
}
