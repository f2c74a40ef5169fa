package org.liaisondesk.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.liaisondesk.domain.Contact;
import org.liaisondesk.domain.Gender;
import org.liaisondesk.domain.Organisation;
import org.liaisondesk.domain.OrganisationStatus;
import org.liaisondesk.domain.OrganisationType;
import org.liaisondesk.domain.PartialDate;
import org.liaisondesk.domain.Tags;
import org.liaisondesk.persistence.ContactDao;
import org.liaisondesk.persistence.OrganisationDao;

/** A contacts file like the office's, and the same rows for a plain batch insert. */
final class ContactFile {
    private static final String[] COUNTRIES = {"LA", "MM", "VN", "TH", "KH", "BD", "NP", "LK"};

    private ContactFile() {}

    static String orgName(int i) { return "合作单位 " + i; }

    /** Writes {@code n} contacts (UTF-8 with BOM, Chinese headers) spread over {@code orgs} organisations. */
    static List<Contact> write(Path file, int n, int orgs) throws IOException {
        Files.createDirectories(file.getParent());
        Random r = new Random(5);
        List<Contact> rows = new ArrayList<>(n);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write('\uFEFF');
            try (CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180)) {
                p.printRecord("中文姓名", "英文姓名", "性别", "职务", "单位", "国籍", "电话", "护照号", "护照有效期");
                for (int i = 0; i < n; i++) {
                    int org = r.nextInt(orgs);
                    String country = COUNTRIES[org % COUNTRIES.length];
                    String passport = "E" + (10_000_000 + i);
                    PartialDate expiry = PartialDate.ofMonth(2026 + r.nextInt(8), 1 + r.nextInt(12));
                    Contact c = new Contact(null, "联系人" + i, "Contact " + i, null, Gender.FEMALE, "Officer", (long) org,
                            country, null, "+95 9 " + (1_000_000 + i), null, null, null, null, passport, expiry, null, null,
                            null, false, null, Tags.NONE, null, null);
                    rows.add(c);
                    p.printRecord(c.nameZh(), c.nameEn(), "女", c.title(), orgName(org), country, "'" + c.phone(), passport,
                            expiry.iso());
                }
            }
        }
        return rows;
    }

    /** Creates the organisations and returns the rows linked to their ids (the file's org index → id). */
    static List<Contact> organisations(org.jdbi.v3.core.Jdbi jdbi, List<Contact> rows, int orgs) {
        List<Organisation> list = new ArrayList<>();
        for (int i = 0; i < orgs; i++) {
            list.add(new Organisation(null, orgName(i), null, null, null, OrganisationType.WOMENS_ORGANISATION,
                    COUNTRIES[i % COUNTRIES.length], null, null, null, null, null, null, null, OrganisationStatus.ACTIVE,
                    null, Tags.NONE, null, null));
        }
        long[] ids = jdbi.inTransaction(h -> h.attach(OrganisationDao.class).insertAll(list));
        List<Contact> linked = new ArrayList<>(rows.size());
        for (Contact c : rows) {
            linked.add(new Contact(null, c.nameZh(), c.nameEn(), null, c.gender(), c.title(), ids[c.organisationId().intValue()],
                    c.nationality(), null, c.phone(), null, null, null, null, c.passportNo(), c.passportExpiry(), null,
                    null, null, false, null, Tags.NONE, null, null));
        }
        return linked;
    }

    /** The same rows through a plain JDBI batch in one transaction: no CSV, no checks. */
    static void rawInsert(org.jdbi.v3.core.Jdbi jdbi, List<Contact> rows) {
        jdbi.useTransaction(h -> {
            ContactDao dao = h.attach(ContactDao.class);
            for (int i = 0; i < rows.size(); i += 2000) dao.insertAll(rows.subList(i, Math.min(rows.size(), i + 2000)));
        });
    }
}
