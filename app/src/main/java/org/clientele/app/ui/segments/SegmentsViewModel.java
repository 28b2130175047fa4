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
import org.clientele.app.ui.common.BackgroundWork;
import org.clientele.app.ui.common.ErrorDialogService;
import org.clientele.app.ui.common.ErrorDialogs;
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

    /** The sweep over k of an automatic run: what the k charts draw, and the sentence that explains the k chosen. */
    public record SweepView(List<SweepPoint> points, Integer elbowK, int autoK, String chosenBy, String explanation) {
    }

    private final TaskRunner runner;
    private final ObjectProperty<OpenedDataset> dataset;
    private final ObjectProperty<SegmentationReport> report;
    private final ObjectProperty<Algorithm> algorithm = new SimpleObjectProperty<>(Algorithm.KMEANS);
    private final IntegerProperty kMin = new SimpleIntegerProperty(3);
    private final IntegerProperty kMax = new SimpleIntegerProperty(8);
    private final LongProperty seed = new SimpleLongProperty(42);
    private final BooleanProperty transform = new SimpleBooleanProperty(true);
    private final ObservableList<String> numericColumns = FXCollections.observableArrayList();
    private final ObservableList<String> features = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<SweepView> sweep = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(false);
    private final ErrorDialogService dialogs;
    private final SegmentSettingsStore settings;
    private Table table;

    /** @deprecated pass the window's dialog service: failures here show as alerts without an owner */
    @Deprecated
    public SegmentsViewModel(ObjectProperty<OpenedDataset> dataset, ObjectProperty<SegmentationReport> report,
                             TaskRunner runner) {
        this(dataset, report, runner, ErrorDialogs.unowned(), SegmentSettingsStore.NONE);
    }

    /** @param dialogs where a failed run is reported (cancelling is not a failure and reports nothing) */
    public SegmentsViewModel(ObjectProperty<OpenedDataset> dataset, ObjectProperty<SegmentationReport> report,
                             TaskRunner runner, ErrorDialogService dialogs) {
        this(dataset, report, runner, dialogs, SegmentSettingsStore.NONE);
    }

    /**
     * @param dialogs  where a failed run is reported (cancelling is not a failure and reports nothing)
     * @param settings remembers the settings run on each file and restores them when it is opened again
     */
    public SegmentsViewModel(ObjectProperty<OpenedDataset> dataset, ObjectProperty<SegmentationReport> report,
                             TaskRunner runner, ErrorDialogService dialogs, SegmentSettingsStore settings) {
        this.runner = runner;
        this.dialogs = dialogs;
        this.dataset = dataset;
        this.report = report;
        this.settings = settings;
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
        List<String> columns = SegmentationRun.featureColumns(table);
        numericColumns.setAll(columns);
        features.setAll(table.numericFeatureColumns().containsAll(PREFERRED) ? PREFERRED
                : SegmentationRun.defaultFeatures(table));
        settings.load(d.file()).ifPresent(s -> restore(s, columns));
    }

    /** Applies remembered settings; features no longer in the table are dropped, and none left keeps the defaults. */
    private void restore(SegmentSettingsStore.Settings s, List<String> available) {
        algorithm.set(s.algorithm());
        kMin.set(Math.max(2, s.kMin()));
        kMax.set(Math.max(kMin.get(), s.kMax()));
        seed.set(s.seed());
        transform.set(s.transform());
        List<String> kept = new ArrayList<>(available);
        kept.retainAll(s.features());
        if (!kept.isEmpty()) {
            features.setAll(kept);
        }
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
        settings.save(d.file(), new SegmentSettingsStore.Settings(algorithm.get(), kMin.get(), kMax.get(),
                new ArrayList<>(features), seed.get(), transform.get()));
        String title = k == null ? "Segmenting " + t.rowCount() + " customers" : "Segmenting with k = " + k;
        running.set(true);
        failed.set(false);
        BackgroundWork.of(title, progress -> SegmentationRun.run(d.file(), t, options, progress))
                .onSucceeded(result -> {
                    if (dataset.get() != d) {
                        return; // a new file was opened meanwhile
                    }
                    var r = result.result();
                    if (k == null || sweep.get() == null || sweep.get().points().isEmpty()) {
                        sweep.set(new SweepView(r.sweep(), r.elbowK(), r.k(), r.kChosenBy(),
                                r.kChoice() == null ? "" : r.kChoice().sentence()));
                    }
                    report.set(result);
                })
                .onFailed(e -> {
                    failed.set(true);
                    dialogs.showError("Could not segment the customers", e);
                })
                .onFinished(() -> running.set(false))
                .runWith(runner);
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

    /** Names the RFM segments of the current segmentation with {@code rules} (edited in the RFM section). */
    public void applyRfmRules(org.clientele.core.segment.rfm.RfmRuleTable rules) {
        SegmentationReport current = report.get();
        OpenedDataset d = dataset.get();
        if (current != null && d != null && table != null) {
            report.set(SegmentationRun.withRfmRules(d.file(), table, current, rules));
        }
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

    /** True from a run's start until it succeeds, fails or is cancelled. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** True when the last run failed (its error went to the dialog service); false again at the next run. */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }
}
