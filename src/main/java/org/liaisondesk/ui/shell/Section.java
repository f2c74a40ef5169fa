package org.liaisondesk.ui.shell;

import org.liaisondesk.domain.RecordKind;

/**
 * The sidebar's sections, in order. A section that lists records names their kind; a section with
 * a {@code plannedKey} is built by a later issue and shows an honest empty state describing what
 * will be there.
 */
public enum Section {
    DASHBOARD("section.dashboard", "fth-home", null, null),
    ORGANISATIONS("section.organisations", "fth-briefcase", null, RecordKind.ORGANISATION),
    CONTACTS("section.contacts", "fth-users", null, RecordKind.CONTACT),
    DELEGATIONS("section.delegations", "fth-send", null, RecordKind.DELEGATION),
    AGREEMENTS("section.agreements", "fth-file-text", null, RecordKind.AGREEMENT),
    PROJECTS("section.projects", "fth-layers", null, RecordKind.PROJECT),
    EVENTS("section.events", "fth-calendar", null, RecordKind.EVENT),
    OFFICES("section.offices", "fth-flag", null, RecordKind.OFFICE_ABROAD),
    TIMELINE("section.timeline", "fth-clock", null, null),
    MAP("section.map", "fth-map", null, null),
    IMPORT_EXPORT("section.importExport", "fth-repeat", "planned.importExport", null),
    SETTINGS("section.settings", "fth-settings", null, null);

    private final String titleKey;
    private final String icon;
    private final String plannedKey;
    private final RecordKind records;

    Section(String titleKey, String icon, String plannedKey, RecordKind records) {
        this.titleKey = titleKey;
        this.icon = icon;
        this.plannedKey = plannedKey;
        this.records = records;
    }

    public String titleKey() { return titleKey; }
    public String icon() { return icon; }
    public String plannedKey() { return plannedKey; }
    public boolean planned() { return plannedKey != null; }
    /** The kind of record the section lists; null when it lists none. */
    public RecordKind records() { return records; }
}
