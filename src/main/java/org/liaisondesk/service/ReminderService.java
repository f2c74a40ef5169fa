package org.liaisondesk.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.liaisondesk.domain.Gift;
import org.liaisondesk.domain.Labelled;
import org.liaisondesk.domain.RecordKind;
import org.liaisondesk.domain.reminder.Agenda;
import org.liaisondesk.domain.reminder.AgreementDue;
import org.liaisondesk.domain.reminder.CountryExchanges;
import org.liaisondesk.domain.reminder.ExchangeYear;
import org.liaisondesk.domain.reminder.GiftUndeclared;
import org.liaisondesk.domain.reminder.Reminder;
import org.liaisondesk.domain.reminder.ReminderKind;
import org.liaisondesk.domain.reminder.ReminderRules;
import org.liaisondesk.domain.reminder.SummaryOwed;
import org.liaisondesk.domain.reminder.UpcomingEvent;
import org.liaisondesk.domain.reminder.UpcomingVisit;
import org.liaisondesk.domain.reminder.VisitPassport;
import org.liaisondesk.persistence.ReminderDao;

/** The dashboard's reminders and exchange figures, read in one go for a given day. */
public final class ReminderService {
    /** Quiet partners shown; the rest are counted. */
    public static final int QUIET_SHOWN = 12;
    private final Jdbi jdbi;

    ReminderService(Jdbi jdbi) { this.jdbi = jdbi; }

    public Agenda agenda(LocalDate today) {
        String day = today.toString();
        String horizon = today.plusDays(ReminderRules.COMING_DAYS).toString();
        return jdbi.withExtension(ReminderDao.class, dao -> {
            List<Reminder> coming = new ArrayList<>();
            for (UpcomingVisit v : dao.visits(day, horizon)) {
                if (!ReminderRules.comingUp(v.startDate(), v.endDate(), today)) continue;
                List<Labelled> labels = new ArrayList<>(List.of(v.direction()));
                if (v.status() != null) labels.add(v.status());
                coming.add(reminder(ReminderKind.DELEGATION_COMING, RecordKind.DELEGATION, v.id(), v.title(),
                        v.startDate().start(), today, labels, v.code(), ReminderRules.gaps(v)));
            }
            for (UpcomingEvent e : dao.events(day, horizon)) {
                if (!ReminderRules.comingUp(e.startDate(), e.endDate(), today)) continue;
                coming.add(reminder(ReminderKind.EVENT_COMING, RecordKind.EVENT, e.id(), e.title(), e.startDate().start(),
                        today, List.of(e.kind()), null, List.of()));
            }
            List<Reminder> due = new ArrayList<>();
            agreements(dao.agreements(day, today.plusDays(ReminderRules.EXPIRY_WARNING_DAYS).toString()), today, due);
            for (GiftUndeclared g : dao.gifts(Gift.DECLARATION_THRESHOLD_CNY, today.minusDays(Gift.DECLARATION_DAYS))) {
                boolean visit = g.delegationId() != null;
                LocalDate by = g.givenOn().plusDays(Gift.DECLARATION_DAYS);
                due.add(reminder(ReminderKind.GIFT_UNDECLARED, visit ? RecordKind.DELEGATION : RecordKind.EVENT,
                        visit ? g.delegationId() : g.eventId(), g.ownerTitle(), by, today, List.of(),
                        g.item() + " · " + g.valueCny().stripTrailingZeros().toPlainString() + " CNY", List.of()));
            }
            for (VisitPassport p : dao.passports(day)) {
                if (!ReminderRules.passportExpiresTooSoon(p.passportExpiry(), p.visitEnd())) continue;
                due.add(reminder(ReminderKind.PASSPORT_EXPIRING, RecordKind.DELEGATION, p.delegationId(), p.title(),
                        p.passportExpiry().start(), today, List.of(), p.names(), List.of()));
            }
            String since = today.minusDays(ReminderRules.SUMMARY_LOOKBACK_DAYS + 31).toString();
            for (SummaryOwed s : dao.summaries(day, since)) {
                LocalDate by = ReminderRules.summaryDue(s.lastDay(), s.summaryDue());
                if (!ReminderRules.summaryWorthShowing(by, today)) continue;
                due.add(reminder(ReminderKind.SUMMARY_DUE, RecordKind.DELEGATION, s.id(), s.title(), by, today,
                        List.of(), s.code(), List.of()));
            }
            coming.sort(Comparator.comparing(Reminder::date));
            due.sort(Comparator.comparing(Reminder::date));
            String quietBefore = ReminderRules.quietBefore(today).toString();
            return new Agenda(today, coming, due, dao.quietPartners(quietBefore, QUIET_SHOWN),
                    dao.quietPartnerCount(quietBefore));
        });
    }

    private static void agreements(List<AgreementDue> rows, LocalDate today, List<Reminder> due) {
        for (AgreementDue a : rows) {
            String subject = a.code();
            if (a.expiresOn() != null && ReminderRules.expiryStage(a.expiresOn().start(), today) >= 0) {
                due.add(reminder(ReminderKind.AGREEMENT_EXPIRING, RecordKind.AGREEMENT, a.id(), a.title(),
                        a.expiresOn().start(), today, a.renewal() == null ? List.of() : List.of(a.renewal()), subject,
                        List.of()));
            } else if (a.renewal() == org.liaisondesk.domain.RenewalMode.EVERGREEN
                    && ReminderRules.reviewDue(a.reviewOn(), today)) {
                due.add(reminder(ReminderKind.AGREEMENT_REVIEW, RecordKind.AGREEMENT, a.id(), a.title(),
                        a.reviewOn().start(), today, List.of(), subject, List.of()));
            }
        }
    }

    private static Reminder reminder(ReminderKind kind, RecordKind record, long id, String title, LocalDate date,
                                     LocalDate today, List<Labelled> labels, String subject,
                                     List<org.liaisondesk.domain.reminder.ChecklistGap> gaps) {
        return new Reminder(kind, record, id, title, date, ReminderRules.daysUntil(today, date), labels, subject, gaps);
    }

    /** Delegations and events per year, {@code from} to {@code to}, with every year present (zero if none). */
    public List<ExchangeYear> exchangesPerYear(int from, int to) {
        List<ExchangeYear> found = jdbi.withExtension(ReminderDao.class,
                d -> d.exchangesPerYear(String.valueOf(from), String.valueOf(to)));
        List<ExchangeYear> out = new ArrayList<>();
        for (int y = from; y <= to; y++) {
            int year = y;
            out.add(found.stream().filter(e -> e.year() == year).findFirst().orElse(new ExchangeYear(y, 0, 0, 0)));
        }
        return out;
    }

    public List<CountryExchanges> topCountries(int limit) {
        return jdbi.withExtension(ReminderDao.class, d -> d.topCountries(limit));
    }
}
