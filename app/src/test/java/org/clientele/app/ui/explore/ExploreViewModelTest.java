package org.clientele.app.ui.explore;

import javafx.beans.property.SimpleObjectProperty;
import org.clientele.app.ui.common.BackgroundWork;
import org.clientele.app.ui.common.DirectTaskRunner;
import org.clientele.app.ui.common.RecordingErrorDialogs;
import org.clientele.app.ui.common.TaskRunner;
import org.clientele.app.ui.explore.ExploreViewModel.View;
import org.clientele.core.analysis.DatasetOpener;
import org.clientele.core.analysis.OpenedDataset;
import org.clientele.core.data.ReadOptions;
import org.clientele.core.task.Progress;
import org.clientele.sample.SampleDatasets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Explore tab's state on the bundled samples, with the work run synchronously. */
class ExploreViewModelTest {

    @TempDir
    static Path dir;
    private static OpenedDataset retail;
    private static OpenedDataset demographics;

    @BeforeAll
    static void open() {
        retail = DatasetOpener.open(SampleDatasets.extract("online-retail", dir), ReadOptions.DEFAULT, Progress.NONE);
        demographics = DatasetOpener.open(SampleDatasets.extract("customers-demographics", dir), ReadOptions.DEFAULT,
                Progress.NONE);
    }

    /** Counts the analyses it runs. */
    private static final class CountingRunner implements TaskRunner {
        final DirectTaskRunner direct;
        int runs;

        CountingRunner() {
            this(new DirectTaskRunner());
        }

        CountingRunner(DirectTaskRunner direct) {
            this.direct = direct;
        }

        @Override
        public <T> void run(BackgroundWork<T> work) {
            runs++;
            direct.run(work);
        }
    }

    @Test
    void analysesOnlyWhenShownAndOncePerDataset() {
        CountingRunner runner = new CountingRunner();
        SimpleObjectProperty<OpenedDataset> dataset = new SimpleObjectProperty<>(retail);
        ExploreViewModel model = new ExploreViewModel(runner, dataset);
        assertEquals(0, runner.runs, "opening a file does not start the analysis");
        assertNull(model.resultProperty().get());

        model.setShowing(true);
        assertEquals(1, runner.runs);
        assertNotNull(model.resultProperty().get().eda());

        model.setShowing(false);
        dataset.set(demographics);
        assertEquals(1, runner.runs, "a hidden tab does not analyse the new dataset");
        model.setShowing(true);
        assertEquals(2, runner.runs);
        assertNull(model.resultProperty().get().eda(), "a customer table has no transaction analysis");

        dataset.set(retail);
        model.setShowing(true);
        assertEquals(2, runner.runs, "the first dataset's analysis is kept");
        assertSame(retail, model.resultProperty().get().dataset());
    }

    @Test
    void transactionLogOffersEveryViewWithData() {
        ExploreViewModel model = new ExploreViewModel(new DirectTaskRunner(), new SimpleObjectProperty<>(retail));
        model.setShowing(true);
        assertEquals(List.of(View.values()), model.views());
        assertEquals(View.SALES, model.selectedViewProperty().get());

        for (ChartData.Granularity g : ChartData.Granularity.values()) {
            model.granularityProperty().set(g);
            for (ChartData.Metric m : ChartData.Metric.values()) {
                model.metricProperty().set(m);
                ChartData.Xy sales = model.sales();
                assertTrue(sales.size() > 0, g + " " + m);
                assertTrue(Arrays.stream(sales.y()).allMatch(y -> y > 0), g + " " + m);
            }
        }
        model.granularityProperty().set(ChartData.Granularity.MONTH);
        assertEquals(13, model.sales().size(), "Dec 2010 to Dec 2011");

        ChartData.Xy countries = model.countryShares();
        assertEquals("United Kingdom", countries.labels()[0]);
        assertTrue(countries.labels()[countries.size() - 1].startsWith("Other"));
        assertEquals(100, Arrays.stream(countries.y()).sum(), 1e-6, "top countries and the rest make 100%");

        ChartData.Xy lorenz = model.lorenz();
        assertEquals(0, lorenz.y()[0], 1e-9);
        assertEquals(100, lorenz.y()[lorenz.size() - 1], 1e-9);

        ChartData.Matrix cohorts = model.cohorts();
        assertEquals(13, cohorts.rows().length);
        assertEquals(1, cohorts.values()[0][0], 1e-12, "everyone buys in their first month");
        assertTrue(Double.isNaN(cohorts.values()[12][1]), "the last cohort has no second month yet");

        assertEquals(model.resultProperty().get().eda().products().topByRevenue(), model.topProducts());
        model.productsByRevenueProperty().set(false);
        assertEquals(model.resultProperty().get().eda().products().topByQuantity(), model.topProducts());
        assertTrue(model.categoryShares().size() > 1);
        assertTrue(model.cleaningLines().stream().anyMatch(l -> l.startsWith("Customers: 1,082")));
    }

    @Test
    void seasonalityHeatmapsAndPeak() {
        ExploreViewModel model = new ExploreViewModel(new DirectTaskRunner(), new SimpleObjectProperty<>(retail));
        model.setShowing(true);
        assertEquals(ChartData.SeasonalityLayout.WEEKDAY_HOUR, model.seasonalityLayoutProperty().get());
        ChartData.Matrix hours = model.seasonality();
        assertEquals(7, hours.rows().length);
        assertEquals("7", hours.columns()[0], "no sale before 7 o'clock: the night hours are left out");
        assertTrue(hours.columns().length < 24 && hours.columns().length > 8, Arrays.toString(hours.columns()));
        assertEquals("Mon", hours.rows()[0]);
        double total = Arrays.stream(hours.values()).flatMapToDouble(Arrays::stream).sum();
        assertTrue(total > 0);
        assertEquals(model.resultProperty().get().eda().overview().revenue(), total, 1e-6 * total,
                "every sale falls in one weekday-hour cell");
        int[] peak = ChartData.peak(hours);
        String line = model.seasonalityPeak();
        assertTrue(line.startsWith("Peak: " + hours.rows()[peak[0]] + " " + String.format("%02d:00", Integer.parseInt(hours.columns()[peak[1]]))), line);

        model.seasonalityLayoutProperty().set(ChartData.SeasonalityLayout.MONTH_WEEKDAY);
        ChartData.Matrix months = model.seasonality();
        assertEquals(12, months.rows().length);
        assertEquals(7, months.columns().length);
        assertEquals(total, Arrays.stream(months.values()).flatMapToDouble(Arrays::stream).sum(), 1e-6 * total);
        assertTrue(model.seasonalityPeak().startsWith("Peak: " + months.rows()[ChartData.peak(months)[0]] + " · "));

        assertEquals("950", Format.compact(950));
        assertEquals("12k", Format.compact(12_340));
        assertEquals("3.4k", Format.compact(3_420));
        assertEquals("1.2M", Format.compact(1_234_567));
    }

    @Test
    void segmentMovesPooledAndPerQuarter() {
        ExploreViewModel model = new ExploreViewModel(new DirectTaskRunner(), new SimpleObjectProperty<>(retail));
        model.setShowing(true);
        var evolution = model.resultProperty().get().eda().segmentEvolution();
        assertNotNull(evolution);
        assertEquals(evolution.transitions().size() + 1, model.movePeriods().size());
        assertEquals(ExploreViewModel.ALL_QUARTERS, model.movePeriodProperty().get(), "the pooled total by default");
        assertSame(evolution.overall(), model.segmentMove());

        ChartData.Matrix pooled = model.segmentMoves();
        assertTrue(pooled.rows()[pooled.rows().length - 1].matches("Not yet a customer \\([\\d,]+\\)"),
                pooled.rows()[pooled.rows().length - 1]);
        assertEquals(evolution.segmentNames(), List.of(pooled.columns()));
        for (double[] row : pooled.values()) {
            double sum = Arrays.stream(row).sum();
            assertTrue(Double.isNaN(sum) || Math.abs(sum - 1) < 1e-9, "row shares add up to 1");
        }
        String[][] labels = ChartData.transitionLabels(model.segmentMove());
        assertTrue(labels[0][0].matches("\\d+%\n[\\d,]+"), labels[0][0]);
        String sentence = model.segmentMoveSentence();
        assertTrue(sentence.matches("\\d+% of .+ stayed(; \\d+% became .+)?"), sentence);

        model.movePeriodProperty().set(model.movePeriods().get(1));
        assertSame(evolution.transitions().get(0), model.segmentMove());
        assertTrue(model.segmentMoves().values().length > 1);
    }

    @Test
    void distributionsAndCorrelationsOfTheCustomerTable() {
        ExploreViewModel model = new ExploreViewModel(new DirectTaskRunner(), new SimpleObjectProperty<>(retail));
        model.setShowing(true);
        assertEquals("monetary", model.featureProperty().get());
        assertTrue(model.logScaleProperty().get(), "spend is skewed: log scale by default");
        ChartData.Xy logHistogram = model.histogram();
        model.logScaleProperty().set(false);
        ChartData.Xy linear = model.histogram();
        assertEquals(1082, Arrays.stream(linear.y()).sum(), 1e-9);
        assertEquals(1082, Arrays.stream(logHistogram.y()).sum(), 1e-9, "every customer spent something");
        assertTrue(logHistogram.size() > 3);

        ChartData.Matrix pearson = model.correlations();
        List<String> constant = ChartData.constantFeatures(model.resultProperty().get().features().correlations());
        assertEquals(List.of("hour_night", "weekday_sat"), constant, "no sample purchase at night or on Saturday");
        int n = model.features().size() - constant.size();
        assertEquals(n, pearson.rows().length, "single-valued features are left out");
        assertEquals("1  recency_days", pearson.rows()[0], "many features: numbered columns");
        assertEquals(1, pearson.values()[0][0], 1e-12);
        model.spearmanProperty().set(true);
        ChartData.Matrix spearman = model.correlations();
        assertFalse(Arrays.deepEquals(pearson.values(), spearman.values()));
    }

    @Test
    void customerTableOffersDistributionsAndCorrelationsOnly() {
        ExploreViewModel model = new ExploreViewModel(new DirectTaskRunner(), new SimpleObjectProperty<>(demographics));
        model.setShowing(true);
        assertEquals(List.of(View.DISTRIBUTIONS, View.CORRELATIONS), model.views());
        assertEquals(View.DISTRIBUTIONS, model.selectedViewProperty().get());
        assertNull(model.sales());
        assertNull(model.seasonality());
        assertNull(model.segmentMoves());
        assertTrue(model.movePeriods().isEmpty());
        assertTrue(model.features().contains("age"), model.features().toString());
        assertTrue(model.histogram().size() > 0);
        assertEquals(model.features().size(), model.correlations().columns().length);
    }

    @Test
    void reportsAFailureAndDoesNotRetryUntilTheDatasetChanges() {
        CountingRunner runner = new CountingRunner();
        OpenedDataset missing = new OpenedDataset(dir.resolve("gone.csv"), retail.options(), retail.profile(),
                retail.rows(), retail.customers());
        SimpleObjectProperty<OpenedDataset> dataset = new SimpleObjectProperty<>(missing);
        RecordingErrorDialogs dialogs = new RecordingErrorDialogs();
        ExploreViewModel model = new ExploreViewModel(runner, dataset, dialogs);
        model.setShowing(true);
        assertNotNull(dialogs.single().error());
        assertEquals("Could not explore the data", dialogs.single().title());
        assertTrue(model.statusProperty().get().startsWith("Could not analyse"));
        assertFalse(model.computingProperty().get(), "a failure leaves the tab idle");
        model.setShowing(true);
        assertEquals(1, runner.runs);
        assertEquals(1, dialogs.shown().size(), "the failure is reported once");
        dataset.set(demographics);
        assertEquals(1, dialogs.shown().size(), "the new dataset's analysis succeeds");
        assertNotNull(model.resultProperty().get());
    }

    @Test
    void cancellingLeavesTheTabIdleShowsNoErrorAndRestartsWhenShownAgain() {
        CountingRunner cancelling = new CountingRunner(DirectTaskRunner.cancelledByUser());
        RecordingErrorDialogs dialogs = new RecordingErrorDialogs();
        ExploreViewModel model = new ExploreViewModel(cancelling, new SimpleObjectProperty<>(demographics), dialogs);
        model.setShowing(true);
        assertEquals(1, cancelling.runs, "cancelled once, not restarted in a loop");
        assertFalse(model.computingProperty().get(), "Cancel returns the tab to idle");
        assertNull(model.resultProperty().get());
        assertTrue(model.statusProperty().get().contains("cancelled"), model.statusProperty().get());
        assertTrue(dialogs.shown().isEmpty(), () -> dialogs.shown().toString());
        model.setShowing(true);
        assertEquals(2, cancelling.runs, "showing the tab again asks for the analysis again");
    }
}
