package org.liaisondesk.domain.reminder;

import org.liaisondesk.domain.Labelled;

/** What an upcoming visit's preparation still lacks. */
public enum ChecklistGap implements Labelled {
    APPROVAL, INVITATION, MEMBERS, PROGRAMME, HOTEL, LIAISON_OFFICER
}
