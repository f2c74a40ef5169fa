package org.liaisondesk.domain.reminder;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.liaisondesk.domain.DelegationStatus;
import org.liaisondesk.domain.Direction;
import org.liaisondesk.domain.PartialDate;

/**
 * When something needs the office. Dates known only to the month or year count from their first
 * day when something is coming (so a visit "in December" shows from late November) and from their
 * last day when judging whether it is over.
 */
public final class ReminderRules {
    /** Visits and events this many days ahead (and those under way) are "coming up". */
    public static final int COMING_DAYS = 30;
    /** Agreements show from this many days before they expire, in stages of 90, 60 and 30. */
    public static final int EXPIRY_WARNING_DAYS = 90;
    /** A summary report overdue longer than this is left to the records, not the dashboard. */
    public static final int SUMMARY_LOOKBACK_DAYS = 365;
    /** A partner is going quiet after this many years without a delegation, event or agreement. */
    public static final int QUIET_YEARS = 2;

    private ReminderRules() {}

    public static long daysUntil(LocalDate today, LocalDate day) { return ChronoUnit.DAYS.between(today, day); }

    /** Under way or starting within {@value #COMING_DAYS} days. */
    public static boolean comingUp(PartialDate start, PartialDate end, LocalDate today) {
        if (start == null) return false;
        LocalDate last = (end != null ? end : start).end();
        return !last.isBefore(today) && daysUntil(today, start.start()) <= COMING_DAYS;
    }

    /**
     * The warning stage of an agreement expiring on {@code expires}: 90, 60 or 30 (days or fewer
     * left), 0 once it has expired, or -1 when it is more than 90 days away.
     */
    public static int expiryStage(LocalDate expires, LocalDate today) {
        long days = daysUntil(today, expires);
        if (days < 0) return 0;
        if (days <= 30) return 30;
        if (days <= 60) return 60;
        if (days <= EXPIRY_WARNING_DAYS) return 90;
        return -1;
    }

    /** An evergreen agreement needs a look once its review date has come. */
    public static boolean reviewDue(PartialDate reviewOn, LocalDate today) {
        return reviewOn != null && !reviewOn.start().isAfter(today);
    }

    /** When the summary report of an outgoing visit is due: as planned, else a month after it ended. */
    public static LocalDate summaryDue(PartialDate end, LocalDate planned) {
        return planned != null ? planned : end.end().plusMonths(1);
    }

    /** Show a due summary from {@value #COMING_DAYS} days ahead until a year overdue. */
    public static boolean summaryWorthShowing(LocalDate due, LocalDate today) {
        long days = daysUntil(today, due);
        return days <= COMING_DAYS && days >= -SUMMARY_LOOKBACK_DAYS;
    }

    /** A passport must be valid six months beyond the visit's last day (same rule as the delegation page). */
    public static boolean passportExpiresTooSoon(PartialDate expiry, LocalDate visitEnd) {
        return expiry != null && expiry.start().isBefore(visitEnd.plusMonths(6));
    }

    /** The day before which a partner's last contact makes it quiet. */
    public static LocalDate quietBefore(LocalDate today) { return today.minusYears(QUIET_YEARS); }

    /** What an upcoming visit's preparation still lacks; a cancelled or finished one lacks nothing. */
    public static List<ChecklistGap> gaps(UpcomingVisit v) {
        List<ChecklistGap> out = new ArrayList<>();
        if (v.status() == DelegationStatus.CANCELLED || v.status() == DelegationStatus.COMPLETED) return out;
        if (blank(v.approvalRef())) out.add(ChecklistGap.APPROVAL);
        boolean incoming = v.direction() == Direction.INCOMING;
        if (incoming && blank(v.invitationRef()) && !Boolean.TRUE.equals(v.invitationLetter())) {
            out.add(ChecklistGap.INVITATION);
        }
        if (v.members() == 0) out.add(ChecklistGap.MEMBERS);
        if (v.items() == 0) out.add(ChecklistGap.PROGRAMME);
        if (incoming && blank(v.hotel())) out.add(ChecklistGap.HOTEL);
        if (incoming && blank(v.liaisonOfficer())) out.add(ChecklistGap.LIAISON_OFFICER);
        return out;
    }

    private static boolean blank(String s) { return s == null || s.isBlank(); }
}
