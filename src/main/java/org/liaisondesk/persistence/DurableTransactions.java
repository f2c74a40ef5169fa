package org.liaisondesk.persistence;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.transaction.DelegatingTransactionHandler;
import org.jdbi.v3.core.transaction.TransactionHandler;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * Makes a commit durable before it returns: H2 otherwise writes committed changes to the file up
 * to a second later, and the kill test showed saves that had reported success lost to a killed
 * process. After every outermost transaction, {@code CHECKPOINT SYNC} writes them and asks the
 * operating system to put them on the disk.
 */
final class DurableTransactions extends DelegatingTransactionHandler {
    DurableTransactions(TransactionHandler delegate) { super(delegate); }

    /** A transaction begun and committed by hand (the CSV import's). */
    @Override
    public void commit(Handle handle) {
        super.commit(handle);
        handle.execute("CHECKPOINT SYNC");
    }

    @Override
    public <R, X extends Exception> R inTransaction(Handle handle, HandleCallback<R, X> callback) throws X {
        boolean outermost = !isInTransaction(handle);
        R result = super.inTransaction(handle, callback);
        if (outermost) handle.execute("CHECKPOINT SYNC");
        return result;
    }

    @Override
    public <R, X extends Exception> R inTransaction(Handle handle, TransactionIsolationLevel level,
                                                    HandleCallback<R, X> callback) throws X {
        boolean outermost = !isInTransaction(handle);
        R result = super.inTransaction(handle, level, callback);
        if (outermost) handle.execute("CHECKPOINT SYNC");
        return result;
    }
}
