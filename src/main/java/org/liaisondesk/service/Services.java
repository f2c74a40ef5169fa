package org.liaisondesk.service;

import java.nio.file.Path;
import org.jdbi.v3.core.Jdbi;
import org.liaisondesk.persistence.Database;
import org.liaisondesk.service.generate.DataGenerator;
import org.liaisondesk.service.list.ListService;
import org.liaisondesk.service.list.SearchService;
import org.liaisondesk.service.sample.SampleDataService;

/**
 * Everything the program can do with one data folder. The UI and the command line get their
 * services here and never see the database itself.
 */
public final class Services implements AutoCloseable {
    private final Database database;
    private final OrganisationService organisations;
    private final ContactService contacts;
    private final AgreementService agreements;
    private final DelegationService delegations;
    private final ProjectService projects;
    private final EventService events;
    private final OfficeAbroadService offices;
    private final CountryRegionService countries;
    private final StatisticsService statistics;
    private final SampleDataService sampleData;
    private final PreferencesService preferences;
    private final DataGenerator generator;
    private final DataVersion version = new DataVersion();
    private final ListService lists;
    private final SearchService search;
    private final AttachmentService attachments;
    private final TimelineService timeline;
    private final ReminderService reminders;
    private final History history;
    private final DeletedRecords deleted;
    private final org.liaisondesk.service.backup.BackupService backups;
    private final org.liaisondesk.service.backup.AutoBackups autoBackups;
    private final org.liaisondesk.service.report.AnnualReportService reports;
    private final MapService map;
    private final org.liaisondesk.service.sheet.ReceptionSheetService sheets;
    private final org.liaisondesk.service.csv.OrganisationCsv organisationCsv;
    private final org.liaisondesk.service.csv.ContactCsv contactCsv;
    private final org.liaisondesk.service.csv.OfficeCsv officeCsv;
    private final org.liaisondesk.service.csv.EventCsv eventCsv;
    private final org.liaisondesk.service.csv.AgreementCsv agreementCsv;
    private final org.liaisondesk.service.csv.DelegationCsv delegationCsv;
    private final org.liaisondesk.service.csv.ProjectCsv projectCsv;
    private final org.liaisondesk.service.csv.MemberCsv memberCsv;
    private final org.liaisondesk.service.csv.ItineraryCsv itineraryCsv;
    private final org.liaisondesk.service.csv.GiftCsv giftCsv;

    private final org.liaisondesk.service.security.DataEncryption encryption;

    private Services(org.liaisondesk.service.security.DataEncryption encryption) {
        this.encryption = encryption;
        this.database = encryption.database();
        Jdbi jdbi = database.jdbi();
        organisations = new OrganisationService(jdbi, version);
        contacts = new ContactService(jdbi, version);
        agreements = new AgreementService(jdbi, version);
        delegations = new DelegationService(jdbi, version);
        projects = new ProjectService(jdbi, version);
        events = new EventService(jdbi, version);
        offices = new OfficeAbroadService(jdbi, version);
        countries = new CountryRegionService(jdbi);
        statistics = new StatisticsService(jdbi);
        sampleData = new SampleDataService(jdbi, statistics, version);
        preferences = new PreferencesService(database.folder());
        generator = new DataGenerator(jdbi, statistics, version);
        lists = new ListService(this, version, jdbi);
        search = new SearchService(lists);
        attachments = new AttachmentService(jdbi, database.folder());
        timeline = new TimelineService(this);
        map = new MapService(this);
        sheets = new org.liaisondesk.service.sheet.ReceptionSheetService(this);
        reminders = new ReminderService(jdbi);
        history = new History(jdbi);
        deleted = new DeletedRecords(jdbi, this);
        backups = new org.liaisondesk.service.backup.BackupService(database, version::changed, encryption::password);
        autoBackups = new org.liaisondesk.service.backup.AutoBackups(backups, preferences, database.folder(),
                version::current, () -> statistics.counts().values().stream().mapToLong(Long::longValue).sum());
        encryption.onKeyChanged(autoBackups::reseal);
        reports = new org.liaisondesk.service.report.AnnualReportService(jdbi, countries);
        organisationCsv = new org.liaisondesk.service.csv.OrganisationCsv(jdbi, countries, version::changed);
        contactCsv = new org.liaisondesk.service.csv.ContactCsv(jdbi, countries, version::changed);
        officeCsv = new org.liaisondesk.service.csv.OfficeCsv(jdbi, countries, version::changed);
        eventCsv = new org.liaisondesk.service.csv.EventCsv(jdbi, countries, version::changed);
        agreementCsv = new org.liaisondesk.service.csv.AgreementCsv(jdbi, version::changed);
        delegationCsv = new org.liaisondesk.service.csv.DelegationCsv(jdbi, countries, version::changed);
        projectCsv = new org.liaisondesk.service.csv.ProjectCsv(jdbi, version::changed);
        memberCsv = new org.liaisondesk.service.csv.MemberCsv(jdbi, countries, version::changed);
        itineraryCsv = new org.liaisondesk.service.csv.ItineraryCsv(jdbi, version::changed);
        giftCsv = new org.liaisondesk.service.csv.GiftCsv(jdbi, version::changed);
    }

    /**
     * Opens the data folder's database, creating and migrating it as needed.
     *
     * @throws org.liaisondesk.domain.DataFolderInUseException when another program has it open
     */
    public static Services open(Path dataFolder) { return open(dataFolder, null); }

    /**
     * Opens the data folder, with its password when it is encrypted.
     *
     * @throws org.liaisondesk.domain.WrongPasswordException when it is encrypted and the password is missing or wrong
     */
    public static Services open(Path dataFolder, char[] password) {
        return new Services(org.liaisondesk.service.security.DataEncryption.open(dataFolder, password));
    }

    /**
     * Opens a new, empty database in place of one this program cannot read (see
     * {@link org.liaisondesk.domain.DataFileFormatException}), keeping the old file beside it, so
     * that a backup can be restored into it.
     *
     * @return the services and where the old file was put
     */
    public static SetAside openSetAside(Path dataFolder, char[] password, java.time.LocalDateTime now) {
        Path aside = Database.setAside(dataFolder, now);
        return new SetAside(open(dataFolder, password), aside);
    }

    /** A data folder opened anew, and where its unreadable file was put. */
    public record SetAside(Services services, Path oldFile) {}

    /** The data's encryption: on or off, and the password. */
    public org.liaisondesk.service.security.DataEncryption encryption() { return encryption; }

    public Path dataFolder() { return database.folder(); }
    public OrganisationService organisations() { return organisations; }
    public ContactService contacts() { return contacts; }
    public AgreementService agreements() { return agreements; }
    public DelegationService delegations() { return delegations; }
    public ProjectService projects() { return projects; }
    public EventService events() { return events; }
    public OfficeAbroadService offices() { return offices; }
    public CountryRegionService countries() { return countries; }
    public StatisticsService statistics() { return statistics; }
    public SampleDataService sampleData() { return sampleData; }
    public PreferencesService preferences() { return preferences; }
    public DataGenerator generator() { return generator; }
    public ListService lists() { return lists; }
    public SearchService search() { return search; }
    public AttachmentService attachments() { return attachments; }
    public TimelineService timeline() { return timeline; }
    public MapService map() { return map; }
    public ReminderService reminders() { return reminders; }
    /** The change history of main records. */
    public History history() { return history; }
    /** Deleted records that can be restored from the history. */
    public DeletedRecords deleted() { return deleted; }
    public org.liaisondesk.service.backup.BackupService backups() { return backups; }
    public org.liaisondesk.service.backup.AutoBackups autoBackups() { return autoBackups; }
    public org.liaisondesk.service.report.AnnualReportService reports() { return reports; }
    public org.liaisondesk.service.sheet.ReceptionSheetService sheets() { return sheets; }
    /** The organizations CSV file: import and export. */
    public org.liaisondesk.service.csv.OrganisationCsv organisationCsv() { return organisationCsv; }
    /** The contacts CSV file: import and export. */
    public org.liaisondesk.service.csv.ContactCsv contactCsv() { return contactCsv; }

    private record LastImport(org.liaisondesk.service.csv.RecordCsv.Undo undo, long version) {}

    private volatile LastImport lastImport;

    /** Imports a file and remembers how to undo it while nothing else has changed since. */
    public org.liaisondesk.service.csv.ImportResult importCsv(String type, Path file, java.nio.charset.Charset encoding,
            char delimiter, org.liaisondesk.service.csv.RecordCsv.OnDuplicate onDuplicate, boolean validOnly, boolean dryRun,
            org.liaisondesk.service.csv.RecordCsv.Progress progress, java.util.Map<String, String> mapping) {
        var r = csv(type).importFile(file, encoding, delimiter, onDuplicate, validOnly, dryRun, progress, mapping);
        if (r.written()) lastImport = new LastImport(r.undo(), version.current());
        return r;
    }

    /** The column mappings the office chose, per file type. */
    public org.liaisondesk.service.csv.CsvMappings csvMappings() {
        return new org.liaisondesk.service.csv.CsvMappings(database.folder());
    }

    /** True while the last import is the latest change to the data. */
    public boolean canUndoImport() {
        LastImport l = lastImport;
        return l != null && l.version() == version.current();
    }

    /**
     * Removes what the last import created and restores what it updated.
     *
     * @throws org.liaisondesk.domain.InvalidInputException {@code error.import.undo} once something else changed
     */
    public void undoImport() {
        LastImport l = lastImport;
        if (l == null || l.version() != version.current()) {
            throw new org.liaisondesk.domain.InvalidInputException("error.import.undo");
        }
        lastImport = null;
        l.undo().file().undo(l.undo());
    }

    /** The CSV file type by its DOMAIN.md name (one of the ten of DOMAIN.md), or null for an unknown name. */
    public org.liaisondesk.service.csv.RecordCsv<?> csv(String type) {
        return switch (type) {
            case "organizations" -> organisationCsv;
            case "contacts" -> contactCsv;
            case "offices" -> officeCsv;
            case "events" -> eventCsv;
            case "agreements" -> agreementCsv;
            case "delegations" -> delegationCsv;
            case "projects" -> projectCsv;
            case "delegation_members" -> memberCsv;
            case "itinerary" -> itineraryCsv;
            case "gifts" -> giftCsv;
            default -> null;
        };
    }

    /** The service of a main record kind (organisations … offices abroad). */
    public RecordService<?> records(org.liaisondesk.domain.RecordKind kind) {
        return switch (kind) {
            case ORGANISATION -> organisations;
            case CONTACT -> contacts;
            case AGREEMENT -> agreements;
            case DELEGATION -> delegations;
            case PROJECT -> projects;
            case EVENT -> events;
            case OFFICE_ABROAD -> offices;
            default -> throw new IllegalArgumentException("no records service for " + kind);
        };
    }

    @Override
    public void close() {
        autoBackups.stopChecks();
        database.close();
        encryption.forget();
    }
}
