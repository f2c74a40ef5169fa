package org.liaisondesk.domain;

/** When the office last dealt with an organisation or person: its newest delegation, event or agreement. */
public record LastContact(long id, PartialDate date) {
}
