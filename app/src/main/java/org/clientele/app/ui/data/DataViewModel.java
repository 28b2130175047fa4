package org.clientele.app.ui.data;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.clientele.app.ui.common.TaskRunner;
import org.clientele.core.analysis.DatasetOpener;
import org.clientele.core.analysis.OpenedDataset;
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
    private final ObjectProperty<Throwable> error = new SimpleObjectProperty<>();

    public DataViewModel(TaskRunner runner) {
        this.runner = runner;
    }

    public void open(Path file) {
        open(file, ReadOptions.DEFAULT);
    }

    public void open(Path file, ReadOptions options) {
        error.set(null);
        runner.submit("Opening " + file.getFileName(), progress -> DatasetOpener.open(file, options, progress),
                this::show, error::set);
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

    public ObjectProperty<Throwable> errorProperty() {
        return error;
    }
}
