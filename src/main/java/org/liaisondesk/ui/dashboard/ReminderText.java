package org.liaisondesk.ui.dashboard;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.liaisondesk.domain.Labels;
import org.liaisondesk.domain.Messages;
import org.liaisondesk.domain.PartialDate;
import org.liaisondesk.domain.RecordKind;
import org.liaisondesk.domain.reminder.QuietPartner;
import org.liaisondesk.domain.reminder.Reminder;
import org.liaisondesk.domain.reminder.ReminderKind;
import org.liaisondesk.domain.reminder.ReminderRules;

/** Words for reminders in the user's language: when, what, and why it needs them. */
final class ReminderText {
    private final Locale locale;

    ReminderText(Locale locale) { this.locale = locale; }

    ReminderLine line(Reminder r) {
        String date = PartialDate.of(r.date()).format(locale);
        String title = r.subject() != null && r.record() != RecordKind.EVENT && r.kind() != ReminderKind.GIFT_UNDECLARED
                && r.kind() != ReminderKind.PASSPORT_EXPIRING ? r.subject() + "  " + r.title() : r.title();
        return new ReminderLine(date, days(r), title, detail(r), r.overdue() || urgentSoon(r), r.record(), r.recordId());
    }

    private boolean urgentSoon(Reminder r) {
        return !r.kind().coming() && r.days() <= 30;
    }

    private String days(Reminder r) {
        if (r.kind().coming() && r.days() < 0) return text("reminder.days.underWay");
        if (r.days() == 0) return text("reminder.days.today");
        return r.days() > 0 ? text("reminder.days.in", r.days()) : text("reminder.days.overdue", -r.days());
    }

    private String detail(Reminder r) {
        String labels = r.labels().stream().map(l -> Labels.label(l, locale)).collect(Collectors.joining(" · "));
        return switch (r.kind()) {
            case DELEGATION_COMING -> r.gaps().isEmpty() ? labels + " · " + text("reminder.gaps.none")
                    : labels + " · " + text("reminder.gaps", r.gaps().stream().map(g -> Labels.label(g, locale))
                    .collect(Collectors.joining(text("reminder.separator"))));
            case EVENT_COMING -> labels;
            case AGREEMENT_EXPIRING -> {
                int stage = ReminderRules.expiryStage(r.date(), r.date().minusDays(r.days()));
                yield stage == 0 ? text("reminder.agreement.expired") : text("reminder.agreement.expiring", stage);
            }
            case AGREEMENT_REVIEW -> text("reminder.agreement.review");
            case GIFT_UNDECLARED -> text("reminder.gift", r.subject());
            case PASSPORT_EXPIRING -> text("reminder.passport", r.subject());
            case SUMMARY_DUE -> text("reminder.summary");
        };
    }

    ReminderLine quiet(QuietPartner q) {
        boolean zh = locale.getLanguage().equals("zh");
        String name = zh ? first(q.nameZh(), q.nameEn()) : first(q.nameEn(), q.nameZh());
        String country = zh ? q.countryZh() : q.countryEn();
        return new ReminderLine(q.lastContact().format(locale), text("reminder.quiet.last"), name,
                country + " · " + text("reminder.quiet.activities", q.activities()), false, RecordKind.ORGANISATION, q.id());
    }

    private static String first(String a, String b) { return a != null && !a.isBlank() ? a : b; }

    String text(String key, Object... args) { return Messages.format(locale, key, List.of(args)); }
}
