package org.liaisondesk.service.generate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import org.jdbi.v3.core.Jdbi;
import org.liaisondesk.domain.*;
import org.liaisondesk.persistence.*;
import org.liaisondesk.service.DataVersion;
import org.liaisondesk.service.StatisticsService;

/**
 * Deterministic synthetic history for measuring the program at scale: the same scale and seed
 * always give the same records. Everything is tagged {@value #TAG}. Rows go through the DAOs'
 * batch inserts, a chunk per transaction, so memory stays flat at any scale; a failure part-way
 * leaves the chunks already written (the database was empty, or --replace was asked for).
 */
public final class DataGenerator {
    public static final String TAG = "generated";
    static final Tags TAGS = Tags.of(TAG);
    static final int CHUNK = 2_000;

    /** Told after every chunk: what is being made, how many of the whole are done. */
    @FunctionalInterface
    public interface Progress {
        void step(RecordKind kind, long done, long total);
    }

    private final Jdbi jdbi;
    private final StatisticsService statistics;
    private final DataVersion version;

    public DataGenerator(Jdbi jdbi, StatisticsService statistics, DataVersion version) {
        this.jdbi = jdbi;
        this.statistics = statistics;
        this.version = version;
    }

    /**
     * @throws InvalidInputException {@code error.demo.notEmpty} when records exist and replace is false
     */
    public Map<RecordKind, Long> generate(int scale, long seed, boolean replace, Progress progress) {
        GeneratorPlan plan = GeneratorPlan.ofScale(scale);
        if (!replace && !statistics.isEmpty()) throw new InvalidInputException("error.demo.notEmpty");
        if (replace) jdbi.useExtension(MaintenanceDao.class, MaintenanceDao::clearAllRecords);
        version.changed();
        SplittableRandom r = new SplittableRandom(seed);
        Counter done = new Counter(plan.total(), progress);
        Partners partners = new Partners(jdbi.withExtension(CountryRegionDao.class, CountryRegionDao::all), r);

        List<Long> orgIds = new ArrayList<>(plan.organisations());
        List<String> orgCountries = new ArrayList<>(plan.organisations());
        chunks(plan.organisations(), RecordKind.ORGANISATION, done, n -> {
            List<Organisation> rows = new ArrayList<>(n);
            for (int i = 0; i < n; i++) rows.add(partners.organisation(orgIds.size() + i));
            long[] ids = jdbi.inTransaction(h -> h.attach(OrganisationDao.class).insertAll(rows));
            for (int i = 0; i < n; i++) {
                orgIds.add(ids[i]);
                orgCountries.add(rows.get(i).country());
            }
        });
        partners.known(orgIds, orgCountries);

        chunks(plan.contacts(), RecordKind.CONTACT, done, n -> {
            List<Contact> rows = new ArrayList<>(n);
            for (int i = 0; i < n; i++) rows.add(partners.contact());
            jdbi.useTransaction(h -> h.attach(ContactDao.class).insertAll(rows));
        });

        new VisitGenerator(jdbi, partners, r, done).write(plan);

        chunks(plan.agreements(), RecordKind.AGREEMENT, done, n -> {
            List<Agreement> rows = new ArrayList<>(n);
            for (int i = 0; i < n; i++) rows.add(partners.agreement(done.made(RecordKind.AGREEMENT) + i));
            jdbi.useTransaction(h -> {
                AgreementDao dao = h.attach(AgreementDao.class);
                Links links = new Links();
                long[] ids = dao.insertRows(rows);
                for (int i = 0; i < n; i++) links.add(ids[i], rows.get(i).partnerIds());
                dao.addPartnerLinks(links.ids, links.targets());
            });
        });

        chunks(plan.projects(), RecordKind.PROJECT, done, n -> {
            List<Project> rows = new ArrayList<>(n);
            for (int i = 0; i < n; i++) rows.add(partners.project(done.made(RecordKind.PROJECT) + i));
            jdbi.useTransaction(h -> {
                ProjectDao dao = h.attach(ProjectDao.class);
                long[] ids = dao.insertRows(rows);
                Links links = new Links();
                List<ProjectSite> sites = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    links.add(ids[i], rows.get(i).partnerIds());
                    sites.addAll(partners.sites(ids[i], rows.get(i).beneficiariesTotal()));
                }
                dao.addPartnerLinks(links.ids, links.targets());
                dao.insertSites(sites);
            });
        });

        chunks(plan.events(), RecordKind.EVENT, done, n -> {
            List<Event> rows = new ArrayList<>(n);
            for (int i = 0; i < n; i++) rows.add(partners.event());
            jdbi.useTransaction(h -> {
                EventDao dao = h.attach(EventDao.class);
                long[] ids = dao.insertRows(rows);
                Links orgs = new Links();
                Links countries = new Links();
                for (int i = 0; i < n; i++) {
                    orgs.add(ids[i], rows.get(i).organiserIds());
                    countries.add(ids[i], rows.get(i).participatingCountries());
                }
                dao.addOrganiserLinks(orgs.ids, orgs.targets());
                dao.addCountryLinks(countries.ids, countries.targets());
            });
        });

        chunks(plan.offices(), RecordKind.OFFICE_ABROAD, done, n -> {
            List<OfficeAbroad> rows = new ArrayList<>(n);
            for (int i = 0; i < n; i++) rows.add(partners.office(done.made(RecordKind.OFFICE_ABROAD) + i));
            jdbi.useTransaction(h -> h.attach(OfficeAbroadDao.class).insertAll(rows));
        });
        version.changed();
        return statistics.counts();
    }

    private static void chunks(int total, RecordKind kind, Counter done, java.util.function.IntConsumer chunk) {
        for (int start = 0; start < total; start += CHUNK) {
            int n = Math.min(CHUNK, total - start);
            chunk.accept(n);
            done.add(kind, n);
        }
    }

    /** Parallel id and target lists for a batch of link rows. */
    static final class Links {
        final List<Long> ids = new ArrayList<>();
        final List<Object> raw = new ArrayList<>();

        void add(long id, List<?> targets) {
            for (Object t : targets) {
                ids.add(id);
                raw.add(t);
            }
        }

        @SuppressWarnings("unchecked")
        <T> List<T> targets() { return (List<T>) raw; }
    }

    /** Counts what is made, per kind and overall, and reports it. */
    static final class Counter {
        private final long total;
        private final Progress progress;
        private final Map<RecordKind, Long> made = new java.util.EnumMap<>(RecordKind.class);
        private long done;

        Counter(long total, Progress progress) {
            this.total = total;
            this.progress = progress;
        }

        void add(RecordKind kind, long n) {
            made.merge(kind, n, Long::sum);
            done += n;
            progress.step(kind, done, total);
        }

        int made(RecordKind kind) { return made.getOrDefault(kind, 0L).intValue(); }
    }

    static BigDecimal money(SplittableRandom r, int min, int max) {
        return BigDecimal.valueOf(min + r.nextInt(max - min + 1));
    }

    static <T> List<T> some(SplittableRandom r, int min, int max, IntFunction<T> make) {
        int n = min + r.nextInt(max - min + 1);
        List<T> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(make.apply(i));
        return out;
    }
}
