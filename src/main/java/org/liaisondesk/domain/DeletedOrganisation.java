package org.liaisondesk.domain;

import java.util.List;

/**
 * What deleting an organisation removed: the record and the ids of everything that was linked to
 * it, so that an undo can put both back as they were.
 */
public record DeletedOrganisation(Organisation organisation, List<Long> contacts, List<Long> agreements,
                                  List<Long> delegations, List<Long> projects, List<Long> events, List<Long> offices) {
}
