package org.liaisondesk.domain.reminder;

/** Exchanges in one year: delegations received and sent, and events. */
public record ExchangeYear(int year, long incoming, long outgoing, long events) {
}
