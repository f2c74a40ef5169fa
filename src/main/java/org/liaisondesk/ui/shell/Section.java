package org.liaisondesk.ui.shell;

import org.liaisondesk.domain.RecordKind;

/**
 * The sidebar's sections, in order. A section that lists records names their kind.
 */
public enum Section {
    DASHBOARD("section.dashboard", "fth-home", null),
    ORGANISATIONS("section.organisations", "fth-briefcase", RecordKind.ORGANISATION),
    CONTACTS("section.contacts", "fth-users", RecordKind.CONTACT),
    DELEGATIONS("section.delegations", "fth-send", RecordKind.DELEGATION),
    AGREEMENTS("section.agreements", "fth-file-text", RecordKind.AGREEMENT),
    PROJECTS("section.projects", "fth-layers", RecordKind.PROJECT),
    EVENTS("section.events", "fth-calendar", RecordKind.EVENT),
    OFFICES("section.offices", "fth-flag", RecordKind.OFFICE_ABROAD),
    TIMELINE("section.timeline", "fth-clock", null),
    MAP("section.map", "fth-map", null),
    REPORT("section.report", "fth-bar-chart-2", null),
    IMPORT_EXPORT("section.importExport", "fth-repeat", null),
    SETTINGS("section.settings", "fth-settings", null);

    private final String titleKey;
    private final String icon;
    private final RecordKind records;

    Section(String titleKey, String icon, RecordKind records) {
        this.titleKey = titleKey;
        this.icon = icon;
        this.records = records;
    }

    public String titleKey() { return titleKey; }
    public String icon() { return icon; }
    /** The kind of record the section lists; null when it lists none. */
    public RecordKind records() { return records; }
}
