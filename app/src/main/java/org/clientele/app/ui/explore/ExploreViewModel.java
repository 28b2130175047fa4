package org.clientele.app.ui.explore;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.clientele.app.ui.common.BackgroundWork;
import org.clientele.app.ui.common.ErrorDialogService;
import org.clientele.app.ui.common.ErrorDialogs;
import org.clientele.app.ui.common.TaskRunner;
import org.clientele.app.ui.data.DataViewModel;
import org.clientele.core.analysis.OpenedDataset;
import org.clientele.core.eda.EdaResult;
import org.clientele.core.eda.ProductStat;
import org.clientele.core.eda.QuarterTransition;
import org.clientele.core.eda.SegmentEvolution;
import org.clientele.core.eda.TableFeatures;
import org.clientele.core.eda.TransactionEda;
import org.clientele.core.transactions.CleaningRules;

import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * State of the Explore tab. The analysis runs in the background the first time the tab shows a dataset
 * (not when the file opens, so opening stays fast) and is kept per dataset; a transaction log gets core's
 * {@link TransactionEda} and every dataset the distributions and correlations of its customer table.
 */
public final class ExploreViewModel {

    /** What the tab can show; the transaction-log views only for a transaction log. */
    public enum View {
        SALES("Sales over time", true), COUNTRIES("Countries", true), CONCENTRATION("Value concentration", true),
        COHORTS("Cohorts", true), SEASONALITY("Seasonality", true), MOVES("Segment moves", true), PRODUCTS("Products", true), CATEGORIES("Categories", true),
        CLEANING("Cleaning", true), DISTRIBUTIONS("Distributions", false), CORRELATIONS("Correlations", false);

        private final String title;
        private final boolean transactionsOnly;

        View(String title, boolean transactionsOnly) {
            this.title = title;
            this.transactionsOnly = transactionsOnly;
        }

        @Override
        public String toString() {
            return title;
        }
    }

    /** The analysis of one dataset; {@code eda} is null for a customer table. */
    public record Result(OpenedDataset dataset, EdaResult eda, TableFeatures features) {
    }

    private final TaskRunner runner;
    private final ObservableValue<OpenedDataset> dataset;
    private final Map<OpenedDataset, Result> cache = new WeakHashMap<>();
    private final ReadOnlyObjectWrapper<Result> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Open a file to explore it.");
    private final ErrorDialogService dialogs;
    private final ObservableList<View> views = FXCollections.observableArrayList();
    private final ObjectProperty<View> selectedView = new SimpleObjectProperty<>();
    private final ObjectProperty<ChartData.Granularity> granularity = new SimpleObjectProperty<>(ChartData.Granularity.WEEK);
    private final ObjectProperty<ChartData.Metric> metric = new SimpleObjectProperty<>(ChartData.Metric.REVENUE);
    private final ObservableList<String> features = FXCollections.observableArrayList();
    private final ObjectProperty<String> feature = new SimpleObjectProperty<>();
    private final BooleanProperty logScale = new SimpleBooleanProperty(false);
    private final BooleanProperty spearman = new SimpleBooleanProperty(false);
    private final BooleanProperty productsByRevenue = new SimpleBooleanProperty(true);
    private final ObjectProperty<ChartData.SeasonalityLayout> seasonalityLayout =
            new SimpleObjectProperty<>(ChartData.SeasonalityLayout.WEEKDAY_HOUR);
    private final ObservableList<String> movePeriods = FXCollections.observableArrayList();
    private final ObjectProperty<String> movePeriod = new SimpleObjectProperty<>(ALL_QUARTERS);

    /** The pooled transitions in {@link #movePeriods()}. */
    public static final String ALL_QUARTERS = "All quarters";
    private boolean showing;
    private OpenedDataset running;
    /** The dataset whose analysis failed: not retried until another dataset is opened. */
    private OpenedDataset failedFor;
    /** The dataset whose analysis the user cancelled: not restarted until the tab is shown again. */
    private OpenedDataset cancelledFor;

    /** @deprecated pass the window's dialog service: failures here show as alerts without an owner */
    @Deprecated
    public ExploreViewModel(TaskRunner runner, ObservableValue<OpenedDataset> dataset) {
        this(runner, dataset, ErrorDialogs.unowned());
    }

    /** @param dialogs where a failed analysis is reported, once (cancelling reports nothing) */
    public ExploreViewModel(TaskRunner runner, ObservableValue<OpenedDataset> dataset, ErrorDialogService dialogs) {
        this.runner = runner;
        this.dialogs = dialogs;
        this.dataset = dataset;
        dataset.addListener((obs, old, now) -> datasetChanged(now));
        feature.addListener((obs, old, now) -> {
            Result r = result.get();
            int i = r == null || now == null ? -1 : r.features().features().indexOf(now);
            logScale.set(i >= 0 && r.features().suggestsLog(i));
        });
        datasetChanged(dataset.getValue());
    }

    /** The tab became visible (or hidden): compute what the current dataset still lacks. */
    public void setShowing(boolean showing) {
        this.showing = showing;
        if (showing) {
            cancelledFor = null;
        }
        computeIfNeeded();
    }

    private void datasetChanged(OpenedDataset d) {
        failedFor = null;
        cancelledFor = null;
        View previous = selectedView.get();
        views.setAll(d == null ? List.of() : List.of(View.values()).stream()
                .filter(v -> d.isTransactionLog() || !v.transactionsOnly).toList());
        selectedView.set(views.contains(previous) ? previous : views.isEmpty() ? null : views.get(0));
        Result cached = d == null ? null : cache.get(d);
        publish(cached);
        if (d == null) {
            status.set("Open a file to explore it.");
        } else if (cached == null) {
            status.set("The analysis runs when this tab is shown.");
        }
        computeIfNeeded();
    }

    private void computeIfNeeded() {
        OpenedDataset d = dataset.getValue();
        if (!showing || d == null || cache.containsKey(d) || running != null || d == failedFor || d == cancelledFor) {
            return;
        }
        running = d;
        computing.set(true);
        status.set("Analysing " + d.file().getFileName() + "…");
        BackgroundWork.of("Exploring " + d.file().getFileName(), progress -> analyse(d, progress))
                .onSucceeded(r -> cache.put(d, r))
                .onFailed(e -> {
                    failedFor = d;
                    if (dataset.getValue() == d) {
                        status.set("Could not analyse " + d.file().getFileName() + ".");
                        dialogs.showError("Could not explore the data", e);
                    }
                })
                .onCancelled(() -> {
                    cancelledFor = d;
                    if (dataset.getValue() == d) {
                        status.set("Analysis cancelled. Show this tab again to restart it.");
                    }
                })
                .onFinished(() -> {
                    running = null;
                    computing.set(false);
                    Result done = cache.get(d);
                    if (done != null && dataset.getValue() == d) {
                        publish(done);
                    }
                    computeIfNeeded();
                })
                .runWith(runner);
    }

    private static Result analyse(OpenedDataset d, org.clientele.core.task.Progress progress) {
        EdaResult eda = null;
        if (d.isTransactionLog()) {
            eda = TransactionEda.run(d.file(), d.options(), CleaningRules.DEFAULT, progress.slice(0, 0.9));
        }
        TableFeatures features = TableFeatures.of(d.customerTable(), progress.slice(d.isTransactionLog() ? 0.9 : 0, 1));
        return new Result(d, eda, features);
    }

    private void publish(Result r) {
        SegmentEvolution evolution = r == null || r.eda() == null ? null : r.eda().segmentEvolution();
        String keepPeriod = movePeriod.get();
        movePeriods.setAll(evolution == null ? List.of() : java.util.stream.Stream.concat(
                java.util.stream.Stream.of(ALL_QUARTERS), evolution.transitions().stream().map(ExploreViewModel::period))
                .toList());
        movePeriod.set(movePeriods.contains(keepPeriod) ? keepPeriod : ALL_QUARTERS);
        result.set(r);
        if (r == null) {
            features.clear();
            feature.set(null);
            return;
        }
        status.set("");
        List<String> names = r.features().features();
        features.setAll(names);
        String keep = feature.get();
        feature.set(null);
        feature.set(keep != null && names.contains(keep) ? keep : names.contains("monetary") ? "monetary"
                : names.isEmpty() ? null : names.get(0));
    }

    // ---- chart data for the current result ----

    private EdaResult eda() {
        Result r = result.get();
        return r == null ? null : r.eda();
    }

    public ChartData.Xy sales() {
        EdaResult e = eda();
        if (e == null) {
            return null;
        }
        var s = e.salesOverTime();
        var series = switch (granularity.get()) {
            case DAY -> s.daily();
            case WEEK -> s.weekly();
            case MONTH -> s.monthly();
        };
        return ChartData.sales(series, metric.get());
    }

    public ChartData.Xy countryShares() {
        EdaResult e = eda();
        return e == null ? null : ChartData.countryShares(e.countries().head());
    }

    public ChartData.Xy lorenz() {
        EdaResult e = eda();
        return e == null ? null : ChartData.lorenz(e.valueConcentration());
    }

    public ChartData.Matrix cohorts() {
        EdaResult e = eda();
        return e == null ? null : ChartData.cohorts(e.cohorts());
    }

    public List<ProductStat> topProducts() {
        EdaResult e = eda();
        if (e == null) {
            return List.of();
        }
        return productsByRevenue.get() ? e.products().topByRevenue() : e.products().topByQuantity();
    }

    public ChartData.Xy categoryShares() {
        EdaResult e = eda();
        return e == null ? null : ChartData.categoryShares(e.products().categories());
    }

    public ChartData.Matrix seasonality() {
        EdaResult e = eda();
        return e == null || e.seasonality() == null ? null : ChartData.seasonality(e.seasonality(), seasonalityLayout.get());
    }

    /** One line naming the highest-revenue cell of the current seasonality heatmap. */
    public String seasonalityPeak() {
        ChartData.Matrix m = seasonality();
        int[] p = m == null ? null : ChartData.peak(m);
        if (p == null) {
            return "No revenue to place in time.";
        }
        String when = seasonalityLayout.get() == ChartData.SeasonalityLayout.WEEKDAY_HOUR
                ? m.rows()[p[0]] + " " + hours(Integer.parseInt(m.columns()[p[1]]))
                : m.rows()[p[0]] + " · " + m.columns()[p[1]];
        double total = java.util.Arrays.stream(m.values()).flatMapToDouble(java.util.Arrays::stream)
                .filter(v -> !Double.isNaN(v)).sum();
        return String.format("Peak: %s with %s revenue (%s of the total)", when, Format.money(m.values()[p[0]][p[1]]),
                Format.percent(m.values()[p[0]][p[1]] / total))
                + (seasonalityLayout.get() == ChartData.SeasonalityLayout.WEEKDAY_HOUR && m.columns().length < 24
                ? " · hours without any sale left out" : "");
    }

    private static String hours(int hour) {
        return String.format("%02d:00–%02d:00", hour, hour + 1);
    }

    /** The transition for the chosen period (the pooled one by default); null when there is none. */
    public QuarterTransition segmentMove() {
        EdaResult e = eda();
        SegmentEvolution evolution = e == null ? null : e.segmentEvolution();
        if (evolution == null) {
            return null;
        }
        return evolution.transitions().stream().filter(t -> period(t).equals(movePeriod.get())).findFirst()
                .orElse(evolution.overall());
    }

    public ChartData.Matrix segmentMoves() {
        QuarterTransition t = segmentMove();
        return t == null ? null : ChartData.transitions(t);
    }

    public String segmentMoveSentence() {
        QuarterTransition t = segmentMove();
        return t == null ? "The log spans fewer than two quarters: no moves between segments to show."
                : ChartData.moveSentence(t);
    }

    static String period(QuarterTransition t) {
        return t.from() + " → " + t.to();
    }

    public List<String> cleaningLines() {
        EdaResult e = eda();
        return e == null ? List.of() : DataViewModel.cleaningLines(e.dataQuality());
    }

    /** The histogram of the selected feature, on a log scale when chosen and possible. */
    public ChartData.Xy histogram() {
        Result r = result.get();
        int i = r == null || feature.get() == null ? -1 : r.features().features().indexOf(feature.get());
        if (i < 0) {
            return null;
        }
        var log = r.features().log().get(i);
        return ChartData.histogram(logScale.get() && log != null ? log : r.features().linear().get(i));
    }

    public ChartData.Matrix correlations() {
        Result r = result.get();
        return r == null ? null : ChartData.correlations(r.features().correlations(), spearman.get());
    }

    // ---- properties ----

    public ReadOnlyObjectProperty<Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty computingProperty() {
        return computing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }


    public ObservableList<View> views() {
        return views;
    }

    public ObjectProperty<View> selectedViewProperty() {
        return selectedView;
    }

    public ObjectProperty<ChartData.Granularity> granularityProperty() {
        return granularity;
    }

    public ObjectProperty<ChartData.Metric> metricProperty() {
        return metric;
    }

    public ObservableList<String> features() {
        return features;
    }

    public ObjectProperty<String> featureProperty() {
        return feature;
    }

    public BooleanProperty logScaleProperty() {
        return logScale;
    }

    public BooleanProperty spearmanProperty() {
        return spearman;
    }

    public BooleanProperty productsByRevenueProperty() {
        return productsByRevenue;
    }

    public ObjectProperty<ChartData.SeasonalityLayout> seasonalityLayoutProperty() {
        return seasonalityLayout;
    }

    /** "All quarters" then each pair of consecutive quarters; empty without segment evolution. */
    public ObservableList<String> movePeriods() {
        return movePeriods;
    }

    public ObjectProperty<String> movePeriodProperty() {
        return movePeriod;
    }
}
