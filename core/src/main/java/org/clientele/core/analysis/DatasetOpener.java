package org.clientele.core.analysis;

import org.clientele.core.data.DataKind;
import org.clientele.core.data.DataProfile;
import org.clientele.core.data.Profiler;
import org.clientele.core.data.ReadOptions;
import org.clientele.core.data.Table;
import org.clientele.core.task.Progress;
import org.clientele.core.transactions.CleaningRules;
import org.clientele.core.transactions.CustomerTable;
import org.clientele.core.transactions.CustomerTableBuilder;

import java.nio.file.Path;

/** Opens a file the way the workbench needs it: profile, rows, and customers for a transaction log. */
public final class DatasetOpener {

    private DatasetOpener() {
    }

    public static OpenedDataset open(Path file, ReadOptions options, Progress progress) {
        ReadOptions opts = options == null ? ReadOptions.DEFAULT : options;
        progress.update(0, "Profiling " + file.getFileName());
        DataProfile profile = Profiler.profile(file, opts, progress.slice(0, 0.35));
        // The detected kind is pinned so the later passes read the file exactly as the profile saw it.
        ReadOptions pinned = opts.withKind(profile.kind());
        progress.checkCancelled();
        progress.update(0.35, "Reading rows of " + file.getFileName());
        Table rows = Table.read(file, pinned, progress.slice(0.35, 0.7));
        CustomerTable customers = null;
        if (profile.kind() == DataKind.TRANSACTIONS) {
            progress.update(0.7, "Building the customer table");
            customers = new CustomerTableBuilder(pinned, CleaningRules.DEFAULT, null)
                    .build(file, progress.slice(0.7, 1));
        }
        progress.update(1, "Opened " + file.getFileName());
        return new OpenedDataset(file, pinned, profile, rows, customers);
    }
}
