package org.liaisondesk.domain.report;

/** Delegations received and sent, and events, in one month of the year; month 0 is "month not known". */
public record MonthCount(int month, long incoming, long outgoing, long events) {
}
