package org.liaisondesk.service;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Goes up with every write through the services, so that whatever is kept in memory (list
 * indexes) knows when it is out of date without being told what changed.
 */
public final class DataVersion {
    private final AtomicLong version = new AtomicLong();

    public long current() { return version.get(); }

    public void changed() { version.incrementAndGet(); }
}
