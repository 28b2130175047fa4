package org.clientele.app.ui.segments;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.clientele.app.ui.common.TaskRunner;
import org.clientele.core.analysis.OpenedDataset;
import org.clientele.core.analysis.SegmentationReport;
import org.clientele.core.analysis.SegmentationRun;
import org.clientele.core.data.Table;
import org.clientele.core.segment.Algorithm;
import org.clientele.core.segment.SegmentOptions;
import org.clientele.core.segment.SweepPoint;

import java.util.ArrayList;
import java.util.List;

/**
 * State of the Segments tab: the run's settings, the sweep of the last automatic run (kept while the
 * user tries other k), and the report, which lives in the shared segmentation property so the Map and
 * Export tabs see it and see renames.
 */
public final class SegmentsViewModel {

    /** The features chosen by default when the table has them. */
    static final List<String> PREFERRED = List.of("recency_days", "frequency", "monetary");

    /** The sweep over k of an automatic run: what the k charts draw. */
    public record SweepView(List<SweepPoint> points, Integer elbowK, int autoK, String chosenBy) {
    }

    private final TaskRunner runner;
    private final ObjectProperty<OpenedDataset> dataset;
    private final ObjectProperty<SegmentationReport> report;
    private final ObjectProperty<Algorithm> algorithm = new SimpleObjectProperty<>(Algorithm.KMEANS);
    private final IntegerProperty kMin = new SimpleIntegerProperty(2);
    private final IntegerProperty kMax = new SimpleIntegerProperty(8);
    private final LongProperty seed = new SimpleLongProperty(42);
    private final BooleanProperty transform = new SimpleBooleanProperty(true);
    private final ObservableList<String> numericColumns = FXCollections.observableArrayList();
    private final ObservableList<String> features = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<SweepView> sweep = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ObjectProperty<Throwable> error = new SimpleObjectProperty<>();
    private Table table;

    public SegmentsViewModel(ObjectProperty<OpenedDataset> dataset, ObjectProperty<SegmentationReport> report,
                             TaskRunner runner) {
        this.runner = runner;
        this.dataset = dataset;
        this.report = report;
        dataset.addListener((obs, old, now) -> datasetChanged(now));
        datasetChanged(dataset.get());
    }

    private void datasetChanged(OpenedDataset d) {
        table = null;
        sweep.set(null);
        if (d == null) {
            numericColumns.clear();
            features.clear();
            return;
        }
        table = d.customerTable();
        // Numeric columns, then categorical ones (clustered one-hot with weight).
        numericColumns.setAll(SegmentationRun.featureColumns(table));
        features.setAll(table.numericFeatureColumns().containsAll(PREFERRED) ? PREFERRED
                : SegmentationRun.defaultFeatures(table));
    }

    /** The settings as core takes them; k null for a sweep. */
    public SegmentOptions options(Integer k) {
        int lo = Math.max(2, kMin.get());
        int hi = Math.max(lo, kMax.get());
        return SegmentOptions.DEFAULT.withAlgorithm(algorithm.get()).withRange(lo, hi).withK(k).withSeed(seed.get())
                .withFeatures(features.isEmpty() ? null : new ArrayList<>(features)).withTransform(transform.get());
    }

    public boolean canRun() {
        return table != null;
    }

    /** Sweeps k over the range and keeps the best; the sweep stays on the charts. */
    public void run() {
        submit(null);
    }

    /** Segments again with {@code k} fixed, keeping the last automatic sweep visible. */
    public void pickK(int k) {
        if (k < 2) {
            return;
        }
        submit(k);
    }

    private void submit(Integer k) {
        if (!canRun()) {
            return;
        }
        Table t = table;
        OpenedDataset d = dataset.get();
        SegmentOptions options = options(k);
        String title = k == null ? "Segmenting " + t.rowCount() + " customers" : "Segmenting with k = " + k;
        running.set(true);
        error.set(null);
        runner.submit(title, progress -> SegmentationRun.run(d.file(), t, options, progress), result -> {
            running.set(false);
            if (dataset.get() != d) {
                return; // a new file was opened meanwhile
            }
            var r = result.result();
            if (k == null || sweep.get() == null || sweep.get().points().isEmpty()) {
                sweep.set(new SweepView(r.sweep(), r.elbowK(), r.k(), r.kChosenBy()));
            }
            report.set(result);
        }, failure -> {
            running.set(false);
            error.set(failure);
        });
    }

    /** Renames segment {@code id} (blank restores the generated name) and republishes the report. */
    public void rename(int id, String name) {
        SegmentationReport current = report.get();
        if (current == null) {
            return;
        }
        String now = current.segmentName(id);
        String wanted = name == null ? "" : name.strip();
        if (wanted.equals(now)) {
            return;
        }
        report.set(current.withCustomName(id, wanted));
    }

    /** The k of the current report, or 0 when there is none. */
    public int currentK() {
        SegmentationReport r = report.get();
        return r == null ? 0 : r.result().k();
    }

    public ObjectProperty<Algorithm> algorithmProperty() {
        return algorithm;
    }

    public IntegerProperty kMinProperty() {
        return kMin;
    }

    public IntegerProperty kMaxProperty() {
        return kMax;
    }

    public LongProperty seedProperty() {
        return seed;
    }

    public BooleanProperty transformProperty() {
        return transform;
    }

    /** Every numeric column of the customer table: the feature choices. */
    public ObservableList<String> numericColumns() {
        return numericColumns;
    }

    /** The chosen features, in the table's order. */
    public ObservableList<String> features() {
        return features;
    }

    public void setFeature(String name, boolean on) {
        if (on && !features.contains(name)) {
            List<String> next = new ArrayList<>(numericColumns);
            next.removeIf(c -> !features.contains(c) && !c.equals(name));
            features.setAll(next);
        } else if (!on) {
            features.remove(name);
        }
    }

    public ReadOnlyObjectProperty<SweepView> sweepProperty() {
        return sweep.getReadOnlyProperty();
    }

    public ObjectProperty<SegmentationReport> reportProperty() {
        return report;
    }

    public ObjectProperty<OpenedDataset> datasetProperty() {
        return dataset;
    }

    /** True from a run's start until its result or failure arrives (a cancelled run leaves it set until the next). */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ObjectProperty<Throwable> errorProperty() {
        return error;
    }
}
