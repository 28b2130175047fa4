package org.clientele.app.ui.clv;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
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
import org.clientele.core.analysis.OpenedDataset;
import org.clientele.core.analysis.SegmentLabels;
import org.clientele.core.analysis.SegmentationReport;
import org.clientele.core.clv.ClvAnalysis;
import org.clientele.core.clv.ClvFitException;
import org.clientele.core.clv.ClvOptions;
import org.clientele.core.clv.ClvResult;
import org.clientele.core.clv.CovariateAnalysis;
import org.clientele.core.clv.CovariateReport;
import org.clientele.core.clv.CustomerCovariateReader;
import org.clientele.core.clv.CustomerClv;
import org.clientele.core.clv.CustomerSegments;
import org.clientele.core.clv.HoldoutWindow;
import org.clientele.core.clv.Purchase;
import org.clientele.core.clv.PurchaseModelChoice;
import org.clientele.core.clv.SegmentClvTotals;
import org.clientele.core.clv.TransactionPurchases;
import org.clientele.core.transactions.CleaningRules;
import org.clientele.core.UnusableDataException;
import org.clientele.core.UserInputException;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The chosen purchase model (BG/NBD by default, Pareto/NBD, MBG/NBD, or Auto) + Gamma–Gamma fitted on the open
 * transaction log when first asked for (as {@code clientele clv --model} does with its defaults: 12 months, 1 % a
 * month discount), and each customer's figures by id. The models are first fitted on purchases up to a calibration
 * end (chosen, or the last 13 weeks held out) and scored on the holdout, then refitted on every purchase for the
 * customers' figures. When the Segments tab has segments for the file, each segment's totals with 90% ranges
 * follow (recomputed when either changes). With covariates chosen (columns that describe a customer, e.g. Country),
 * the same task refits the purchase model and Gamma–Gamma with them, as {@code clientele clv --covariates} does.
 */
public final class LifetimeValueModel {

    private final ObjectProperty<OpenedDataset> dataset;
    private final ObjectProperty<SegmentationReport> segmentation;
    private final TaskRunner runner;
    private final ErrorDialogService dialogs;
    private final ReadOnlyObjectWrapper<ClvResult> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(false);
    private final ObjectProperty<LocalDate> calibrationEnd = new SimpleObjectProperty<>();
    private final BooleanProperty seasonalAdjustment = new SimpleBooleanProperty(false);
    private final ObjectProperty<PurchaseModelChoice> purchaseModel = new SimpleObjectProperty<>(PurchaseModelChoice.BGNBD);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<SegmentClvTotals> segmentTotals = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper segmentNote = new ReadOnlyStringWrapper();
    private final ObservableList<String> covariates = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<CovariateReport> covariateReport = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper covariateProblem = new ReadOnlyStringWrapper();
    private final DiscreteClvModel discrete;
    private final ObjectProperty<ClvModelOption> modelOption = new SimpleObjectProperty<>(ClvModelOption.BGNBD);
    private Map<String, CustomerClv> byId = Map.of();
    /** Bumped on every new result or segmentation, so a late segment-total run for old inputs is dropped. */
    private int segmentRun;

    public LifetimeValueModel(ObjectProperty<OpenedDataset> dataset, TaskRunner runner, ErrorDialogService dialogs) {
        this(dataset, new SimpleObjectProperty<>(), runner, dialogs);
    }

    /** @param segmentation the Segments tab's segmentation of the open file (null while there is none) */
    public LifetimeValueModel(ObjectProperty<OpenedDataset> dataset, ObjectProperty<SegmentationReport> segmentation,
                              TaskRunner runner, ErrorDialogService dialogs) {
        this.dataset = dataset;
        this.segmentation = segmentation;
        this.runner = runner;
        this.dialogs = dialogs;
        this.discrete = new DiscreteClvModel(dataset, runner, dialogs);
        dataset.addListener((obs, old, now) -> {
            result.set(null);
            byId = Map.of();
            calibrationEnd.set(null);
            problem.set(null);
            covariates.clear();
            covariateReport.set(null);
            covariateProblem.set(null);
            available.set(now != null && now.isTransactionLog());
        });
        available.set(available());
        result.addListener((obs, old, now) -> totalSegments());
        segmentation.addListener((obs, old, now) -> totalSegments());
        modelOption.addListener((obs, old, now) -> {
            if (now != null && !now.discrete()) {
                purchaseModel.set(now.purchaseModel());
            }
        });
        purchaseModel.addListener((obs, old, now) -> {
            if (now != null && (modelOption.get() == null || !modelOption.get().discrete())) {
                modelOption.set(ClvModelOption.of(now));
            }
        });
        discrete.shapeProperty().addListener((obs, old, now) -> modelOption.set(defaultOption(now)));
        modelOption.set(defaultOption(discrete.shapeProperty().get()));
    }

    /** sBG for contracts, BG/BB for an x, t_x, n summary; on a log the continuous model chosen before, or BG/BB. */
    private ClvModelOption defaultOption(DiscreteClvModel.Shape shape) {
        return switch (shape) {
            case CONTRACTS -> ClvModelOption.SBG;
            case BGBB_SUMMARY -> ClvModelOption.BGBB;
            default -> modelOption.get() == ClvModelOption.BGBB ? ClvModelOption.BGBB
                    : ClvModelOption.of(purchaseModel.get());
        };
    }

    /** The models the open data allows, in the order the model list shows them. */
    public java.util.List<ClvModelOption> modelOptions() {
        return switch (discrete.shapeProperty().get()) {
            case LOG -> List.of(ClvModelOption.BGNBD, ClvModelOption.PNBD, ClvModelOption.MBGNBD, ClvModelOption.AUTO,
                    ClvModelOption.BGBB);
            case CONTRACTS -> List.of(ClvModelOption.SBG);
            case BGBB_SUMMARY -> List.of(ClvModelOption.BGBB);
            case NONE -> List.of();
        };
    }

    /** The model the Estimate button fits: a continuous one (then {@link #purchaseModelProperty()}), BG/BB or sBG. */
    public ObjectProperty<ClvModelOption> modelOptionProperty() {
        return modelOption;
    }

    /** sBG and BG/BB: their runs, results and exports. */
    public DiscreteClvModel discrete() {
        return discrete;
    }

    /** Lifetime value needs purchases over time: only a transaction log has them. */
    public boolean available() {
        OpenedDataset d = dataset.get();
        return d != null && d.isTransactionLog();
    }

    /** Fits the models unless done already for this file; {@code then} runs once the figures exist. */
    public void ensure(Runnable then) {
        if (result.get() != null) {
            if (then != null) {
                then.run();
            }
            return;
        }
        estimate(then);
    }

    /**
     * Fits the chosen model: sBG or BG/BB as {@code clv --model sbg|bgbb} does, or the continuous models again with
     * the current calibration end and seasonal-adjustment choice.
     */
    public void estimate() {
        ClvModelOption option = modelOption.get();
        if (option == ClvModelOption.SBG) {
            discrete.fitContracts();
        } else if (option == ClvModelOption.BGBB) {
            discrete.fitBgBb();
        } else {
            estimate(null);
        }
    }

    private void estimate(Runnable then) {
        OpenedDataset d = dataset.get();
        if (!available() || computing.get()) {
            return;
        }
        computing.set(true);
        problem.set(null);
        covariateProblem.set(null);
        List<String> chosenCovariates = List.copyOf(covariates);
        LocalDate chosenEnd = calibrationEnd.get();
        boolean seasonal = seasonalAdjustment.get();
        PurchaseModelChoice choice = purchaseModel.get() == null ? PurchaseModelChoice.BGNBD : purchaseModel.get();
        String title = "Estimating lifetime value (" + label(choice) + " + Gamma-Gamma"
                + (chosenCovariates.isEmpty() ? "" : ", with " + String.join(", ", chosenCovariates)) + ")";
        double fitEnd = chosenCovariates.isEmpty() ? 1 : 0.8;
        BackgroundWork.of(title, p -> {
                    List<Purchase> purchases = TransactionPurchases.read(d.file(), d.options(), CleaningRules.DEFAULT,
                            p.slice(0, 0.3)).purchases();
                    LocalDate end = chosenEnd != null ? chosenEnd : HoldoutWindow.suggestCalibrationEnd(purchases);
                    ClvOptions options = ClvOptions.DEFAULT.withHoldout(end, null).toBuilder().purchaseModel(choice)
                            .build();
                    ClvResult clv = ClvAnalysis.run(purchases, options, List.of(), seasonal, p.slice(0.3, fitEnd));
                    if (chosenCovariates.isEmpty()) {
                        return new Estimate(clv, null, null);
                    }
                    try {
                        return new Estimate(clv, CovariateAnalysis.run(clv, CustomerCovariateReader.fromPurchaseLog(
                                d.file(), d.options(), chosenCovariates), options, p.slice(fitEnd, 1)), null);
                    } catch (UserInputException e) {
                        return new Estimate(clv, null, covariateFailure(chosenCovariates, e.problem(), e.fix()));
                    } catch (UnusableDataException e) {
                        return new Estimate(clv, null, covariateFailure(chosenCovariates, e.problem(), e.fix()));
                    }
                })
                .onSucceeded(estimate -> {
                    ClvResult r = estimate.result();
                    if (dataset.get() == d) {
                        covariateReport.set(estimate.covariates());
                        covariateProblem.set(estimate.covariateProblem());
                        Map<String, CustomerClv> index = new HashMap<>();
                        r.customerValues().forEach(c -> index.put(c.customerId(), c));
                        byId = index;
                        calibrationEnd.set(r.calibrationEnd());
                        result.set(r);
                        if (then != null) {
                            then.run();
                        }
                    }
                })
                .onFailed(e -> {
                    if (e instanceof ClvFitException fit) {
                        // Not a crash: this model does not suit this data; said in the tab, with what to try.
                        problem.set(sentence(fit.problem()) + " Choose another purchase model (Auto fits all three "
                                + "and keeps those that converge), or a later calibration end for more repeat buyers.");
                    } else {
                        dialogs.showError("Could not estimate lifetime value", e);
                    }
                })
                .onFinished(() -> computing.set(false))
                .runWith(runner);
    }

    /** One run's figures: the CLV result, and the covariate fit or why it failed (both null without covariates). */
    private record Estimate(ClvResult result, CovariateReport covariates, String covariateProblem) { }

    /** Why the covariate fit failed, in one line; the models without covariates still stand. */
    static String covariateFailure(List<String> columns, String problem, String fix) {
        String fixText = fix == null || fix.isBlank() ? "" : " " + sentence(fix);
        return "The models could not be refitted with " + String.join(", ", columns) + ": " + problem.strip()
                .replaceAll("\\.$", "") + "." + fixText + " The figures below are without covariates.";
    }

    /** The open log's columns that can be covariates (categories that describe a customer, e.g. Country). */
    public List<String> covariateCandidates() {
        OpenedDataset d = dataset.get();
        return d == null || !d.isTransactionLog() ? List.of()
                : CustomerCovariateReader.categoricalCandidates(d.profile());
    }

    /** The columns the next estimate refits the models with; empty for none. */
    public ObservableList<String> covariates() {
        return covariates;
    }

    /** The last estimate's covariate fits; null without covariates or when they failed. */
    public ReadOnlyObjectProperty<CovariateReport> covariateReportProperty() {
        return covariateReport.getReadOnlyProperty();
    }

    /** Why the covariate fit failed, in plain words; null otherwise. */
    public ReadOnlyStringProperty covariateProblemProperty() {
        return covariateProblem.getReadOnlyProperty();
    }

    /** A problem or warning as a sentence: capital first letter, full stop. */
    static String sentence(String problem) {
        String t = problem.strip();
        if (t.isEmpty()) {
            return t;
        }
        t = Character.toUpperCase(t.charAt(0)) + t.substring(1);
        return t.endsWith(".") ? t : t + ".";
    }

    /** The purchase model's name as people write it, "Auto" for the comparison of all three. */
    public static String label(PurchaseModelChoice choice) {
        return choice.kind() == null ? "Auto" : choice.kind().label();
    }

    /** Each segment's totals for the current result and segmentation, in the background; cleared when either is missing. */
    private void totalSegments() {
        int run = ++segmentRun;
        segmentTotals.set(null);
        ClvResult r = result.get();
        SegmentationReport report = segmentation.get();
        if (r == null || report == null) {
            segmentNote.set(r == null ? null : "Find segments in the Segments tab to see lifetime value by segment.");
            return;
        }
        segmentNote.set(null);
        SegmentLabels labels = SegmentLabels.of(report);
        CustomerSegments segments = CustomerSegments.ofLabels("the Segments tab's segments", labels.ids(),
                labels.segments(), labels.names());
        BackgroundWork.of("Lifetime value by segment", p -> SegmentClvTotals.of(r, segments, p))
                .onSucceeded(t -> {
                    if (run == segmentRun) {
                        segmentTotals.set(t);
                    }
                })
                .onFailed(e -> {
                    if (run == segmentRun) {
                        segmentNote.set(e instanceof org.clientele.core.UserInputException u
                                ? sentence(u.problem())
                                : "Lifetime value by segment failed: " + ErrorDialogs.describe(e));
                    }
                })
                .runWith(runner);
    }
    /** A customer's figures, or null when unknown (not computed yet, or not a buyer in the log). */
    public CustomerClv customer(String id) {
        return id == null ? null : byId.get(id.strip());
    }

    /** The last day of the calibration period; null asks for the default (the last 13 weeks held out). */
    public ObjectProperty<LocalDate> calibrationEndProperty() {
        return calibrationEnd;
    }

    /** Whether the seasonally adjusted holdout predictions are scored too. */
    public BooleanProperty seasonalAdjustmentProperty() {
        return seasonalAdjustment;
    }

    /** Writes the per-customer figures as {@code clientele clv} writes customers_clv.csv. */
    public void exportCustomers(Path file, java.util.function.Consumer<Path> written) {
        ClvResult r = result.get();
        if (r != null) {
            write(file, r::writeCustomers, written, "Could not export the customers' lifetime values");
        }
    }

    /** Writes the figures under the covariate models as {@code clientele clv --covariates} writes customers_covariates.csv. */
    public void exportCovariateCustomers(Path file, java.util.function.Consumer<Path> written) {
        CovariateReport r = covariateReport.get();
        if (r != null) {
            write(file, r::writeCustomers, written, "Could not export the customers' figures under the covariates");
        }
    }

    private void write(Path file, java.util.function.Consumer<Path> writer, java.util.function.Consumer<Path> written,
                       String failure) {
        BackgroundWork.of("Writing " + file.getFileName(), p -> {
                    writer.accept(file);
                    return file;
                })
                .onSucceeded(written::accept)
                .onFailed(e -> dialogs.showError(failure, e))
                .runWith(runner);
    }

    /** Which purchase model the next estimate fits (Auto: all three, the best on the holdout drives the figures). */
    public ObjectProperty<PurchaseModelChoice> purchaseModelProperty() {
        return purchaseModel;
    }

    /** Why the last estimate could not fit the chosen model, in plain words; null when it did. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Each segment's totals with 90% ranges; null without segments or before a result. */
    public ReadOnlyObjectProperty<SegmentClvTotals> segmentTotalsProperty() {
        return segmentTotals.getReadOnlyProperty();
    }

    /** Why there are no segment totals (no segments yet, or segments of other customers); null otherwise. */
    public ReadOnlyStringProperty segmentNoteProperty() {
        return segmentNote.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ClvResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** True while the open file is a transaction log, so lifetime value can be estimated. */
    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty computingProperty() {
        return computing.getReadOnlyProperty();
    }
}
