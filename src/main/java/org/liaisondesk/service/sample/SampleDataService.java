package org.liaisondesk.service.sample;

import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.liaisondesk.domain.InvalidInputException;
import org.liaisondesk.domain.RecordKind;
import org.liaisondesk.persistence.MaintenanceDao;
import org.liaisondesk.service.DataVersion;
import org.liaisondesk.service.StatisticsService;

/**
 * Loads the sample dataset: the interview's facts plus invented, tagged visits. One transaction,
 * so a failure leaves the database as it was.
 */
public final class SampleDataService {
    private final Jdbi jdbi;
    private final StatisticsService statistics;
    private final DataVersion version;

    public SampleDataService(Jdbi jdbi, StatisticsService statistics, DataVersion version) {
        this.jdbi = jdbi;
        this.statistics = statistics;
        this.version = version;
    }

    /**
     * @param replace clear every existing record first; without it a non-empty database is refused
     * @return the record counts afterwards
     * @throws InvalidInputException {@code error.demo.notEmpty} when records exist and replace is false
     */
    public Map<RecordKind, Long> load(boolean replace) {
        jdbi.useTransaction(h -> {
            if (!replace && !statistics.isEmpty()) throw new InvalidInputException("error.demo.notEmpty");
            if (replace) h.attach(MaintenanceDao.class).clearAllRecords();
            SampleWriter w = new SampleWriter(h);
            InterviewFacts.Keys keys = new InterviewFacts(w).write();
            new SampleVisits(w, keys).write();
        });
        version.changed();
        return statistics.counts();
    }
}
