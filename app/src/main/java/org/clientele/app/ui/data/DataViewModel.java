package org.clientele.app.ui.data;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.clientele.app.ui.common.BackgroundWork;
import org.clientele.app.ui.common.ErrorDialogService;
import org.clientele.app.ui.common.ErrorDialogs;
import org.clientele.app.ui.common.TaskRunner;
import org.clientele.core.analysis.DatasetOpener;
import org.clientele.core.analysis.OpenedDataset;
import org.clientele.core.data.DateOrderScan;
import org.clientele.core.data.ReadOptions;
import org.clientele.core.transactions.CleaningReport;
import org.clientele.core.transactions.CleaningRule;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** State of the Data tab: which file is open and what core made of it. */
public final class DataViewModel {

    private final TaskRunner runner;
    private final ReadOnlyObjectWrapper<OpenedDataset> dataset = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("Open a customer table or a transaction log (Ctrl+O), or drop a CSV file here.");
    private final ReadOnlyBooleanWrapper opening = new ReadOnlyBooleanWrapper(false);
    private final ErrorDialogService dialogs;

    /** @deprecated pass the window's dialog service: failures here show as alerts without an owner */
    @Deprecated
    public DataViewModel(TaskRunner runner) {
        this(runner, ErrorDialogs.unowned());
    }

    /** @param dialogs where a file that cannot be opened is reported (cancelling reports nothing) */
    public DataViewModel(TaskRunner runner, ErrorDialogService dialogs) {
        this.runner = runner;
        this.dialogs = dialogs;
    }

    public void open(Path file) {
        open(file, ReadOptions.DEFAULT);
    }

    public void open(Path file, ReadOptions options) {
        opening.set(true);
        BackgroundWork.of("Opening " + file.getFileName(), progress -> DatasetOpener.open(file, options, progress))
                .onSucceeded(this::show)
                .onFailed(e -> dialogs.showError("Could not open the file", e))
                .onFinished(() -> opening.set(false))
                .runWith(runner);
    }

    private void show(OpenedDataset opened) {
        dataset.set(opened);
        title.set(opened.file().getFileName().toString());
        summary.set(summaryOf(opened));
    }

    static String summaryOf(OpenedDataset d) {
        String kind = d.isTransactionLog() ? "Transaction log" : "Customer table";
        String text = String.format("%s · %,d rows · %d columns · %s", kind, d.profile().rows(),
                d.profile().columns().size(), d.profile().format());
        if (d.isTransactionLog()) {
            CleaningReport r = d.customers().report();
            text += String.format(" · %,d customers after cleaning", r.customers());
        }
        return text;
    }

    /** The cleaning report as lines a person reads, in the order the rules apply. */
    public List<String> cleaningLines() {
        OpenedDataset d = dataset.get();
        if (d == null || !d.isTransactionLog()) {
            return List.of();
        }
        return cleaningLines(d.customers().report());
    }

    /**
     * The file's warnings (every column's, prefixed with its name), then what reading it as a log warned about
     * (a day/month order that had to be guessed), naming the dialog where that is settled.
     */
    public List<String> warnings() {
        OpenedDataset d = dataset.get();
        if (d == null) {
            return List.of();
        }
        List<String> all = new ArrayList<>(d.profile().warnings());
        if (d.isTransactionLog()) {
            for (String w : d.customers().report().warnings()) {
                all.add(w.replace(DateOrderScan.DAY_FIRST_FIX, DateOrderScan.DAY_FIRST_FIX + " (Kind & columns… ▸ Date order)")
                        .replace(DateOrderScan.MONTH_FIRST_FIX, DateOrderScan.MONTH_FIRST_FIX
                                + " (Kind & columns… ▸ Date order)"));
            }
        }
        return all;
    }

    /** A cleaning report as lines a person reads, in the order the rules apply. */
    public static List<String> cleaningLines(CleaningReport r) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format("Rows read: %,d", r.rowsRead()));
        for (Map.Entry<CleaningRule, Long> e : r.removedByRule().entrySet()) {
            lines.add(String.format("Removed, %s: %,d", e.getKey().label(), e.getValue()));
        }
        lines.add(String.format("Exact duplicate rows (kept): %,d", r.duplicateRows()));
        lines.add(String.format("Rows kept: %,d", r.rowsKept()));
        lines.add(String.format("Customers: %,d", r.customers()));
        lines.add(String.format("Revenue of kept rows: %,.2f", r.revenue()));
        if (r.firstDate() != null && r.lastDate() != null) {
            lines.add("Purchases from " + r.firstDate().toLocalDate() + " to " + r.lastDate().toLocalDate()
                    + "; recency counted to " + r.asOf());
        }
        return lines;
    }

    public ReadOnlyObjectProperty<OpenedDataset> datasetProperty() {
        return dataset.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** True while a file is being read; a failed or cancelled open leaves the open file as it was. */
    public ReadOnlyBooleanProperty openingProperty() {
        return opening.getReadOnlyProperty();
    }
}
