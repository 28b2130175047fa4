package org.clientele.core.analysis;

import org.clientele.core.data.DataKind;
import org.clientele.core.data.DataProfile;
import org.clientele.core.data.ReadOptions;
import org.clientele.core.data.Table;
import org.clientele.core.transactions.CustomerTable;

import java.nio.file.Path;

/**
 * A file as the workbench holds it: its profile, its rows, and for a transaction log the customer table
 * built from it (null for a customer table, whose rows already are customers).
 */
public record OpenedDataset(Path file, ReadOptions options, DataProfile profile, Table rows, CustomerTable customers) {

    public DataKind kind() {
        return profile.kind();
    }

    public boolean isTransactionLog() {
        return customers != null;
    }

    /**
     * One row per customer: what segmentation and prediction work on; a customer table read as it is gets
     * its derived columns (tenure from dates, age from a year of birth), as on the command line.
     */
    public Table customerTable() {
        return customers != null ? customers.toTable() : DerivedColumns.apply(rows, null);
    }
}
