package org.clientele.app.ui.clv;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.clientele.app.ui.common.BackgroundWork;
import org.clientele.app.ui.common.ErrorDialogService;
import org.clientele.app.ui.common.TaskRunner;
import org.clientele.core.UnusableDataException;
import org.clientele.core.UserInputException;
import org.clientele.core.analysis.OpenedDataset;
import org.clientele.core.clv.BgBbAnalysis;
import org.clientele.core.clv.BgBbResult;
import org.clientele.core.clv.ContractAnalysis;
import org.clientele.core.clv.ContractResult;
import org.clientele.core.clv.ContractTableReader;
import org.clientele.core.clv.DiscreteModelOptions;
import org.clientele.core.clv.DiscreteSummaryReader;
import org.clientele.core.clv.Opportunity;
import org.clientele.core.clv.TransactionPurchases;
import org.clientele.core.data.DataFileException;
import org.clientele.core.transactions.CleaningRules;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The discrete models of the Lifetime value tab, run as {@code clientele clv FILE --model sbg|bgbb} runs them
 * (seed 42, 5 starts; the horizon and sBG's discount per period as chosen, by default the CLI's: its horizons and
 * DERL at 10 % per period), so every figure equals the CLI's with the same options on the same file: sBG on a contract table (tenure and churned per customer, or a survivor curve), BG/BB
 * on a transaction log cut into the chosen opportunity (day, week, month) or on an x, t_x, n summary. Data the
 * model cannot be fitted on is the CLI's error sentence in {@link #problemProperty()}, not a dialog.
 */
public final class DiscreteClvModel {

    /** The CLI's {@code --seed} default; the fits' random restarts depend on it. */
    static final long SEED = 42;
    /** The CLI's number of optimiser starts for sbg and bgbb. */
    static final int STARTS = 5;

    /** What the open file is for the discrete models. */
    public enum Shape {
        /** Purchases over time: the continuous models, and BG/BB with an opportunity unit. */
        LOG,
        /** Contracts (tenure + churned) or a survivor curve: sBG. */
        CONTRACTS,
        /** BG/BB histories (x, t_x, n). */
        BGBB_SUMMARY,
        /** None of these: no lifetime value. */
        NONE
    }

    private final ObjectProperty<OpenedDataset> dataset;
    private final TaskRunner runner;
    private final ErrorDialogService dialogs;
    private final ReadOnlyObjectWrapper<Shape> shape = new ReadOnlyObjectWrapper<>(Shape.NONE);
    private final ReadOnlyObjectWrapper<ContractResult> contracts = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<BgBbResult> bgbb = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper(false);
    private final ObjectProperty<Opportunity> opportunity = new SimpleObjectProperty<>(Opportunity.WEEK);
    private final ObjectProperty<Integer> horizonPeriods = new SimpleObjectProperty<>();
    private final ObjectProperty<Double> periodDiscount = new SimpleObjectProperty<>(DiscreteModelOptions.DEFAULT_DISCOUNT_RATE);

    public DiscreteClvModel(ObjectProperty<OpenedDataset> dataset, TaskRunner runner, ErrorDialogService dialogs) {
        this.dataset = dataset;
        this.runner = runner;
        this.dialogs = dialogs;
        dataset.addListener((obs, old, now) -> {
            contracts.set(null);
            bgbb.set(null);
            problem.set(null);
            shape.set(shapeOf(now));
        });
        shape.set(shapeOf(dataset.get()));
    }

    /** Reads only the header (the file is open already); a log wins over a look-alike header. */
    static Shape shapeOf(OpenedDataset d) {
        if (d == null) {
            return Shape.NONE;
        }
        if (d.isTransactionLog()) {
            return Shape.LOG;
        }
        try {
            if (ContractTableReader.looksLikeOne(d.file())) {
                return Shape.CONTRACTS;
            }
            if (DiscreteSummaryReader.looksLikeOne(d.file())) {
                return Shape.BGBB_SUMMARY;
            }
        } catch (RuntimeException e) {
            // A header the readers cannot parse is not a contract table or a summary; the Data tab has it open.
            return Shape.NONE;
        }
        return Shape.NONE;
    }

    /** The CLI's options for {@code --model sbg|bgbb} with this tab's --horizon-periods and --period-discount. */
    DiscreteModelOptions options(Opportunity unit) {
        Double discount = periodDiscount.get();
        return new DiscreteModelOptions(horizonPeriods.get(),
                discount == null ? DiscreteModelOptions.DEFAULT_DISCOUNT_RATE : discount, unit, STARTS, SEED);
    }

    /** Fits sBG on the open contract table in the background. */
    public void fitContracts() {
        OpenedDataset d = dataset.get();
        if (d == null || shape.get() != Shape.CONTRACTS || computing.get()) {
            return;
        }
        start();
        run("Fitting sBG to " + d.file().getFileName(), d, p -> ContractAnalysis.run(
                ContractTableReader.read(d.file(), d.options().idColumn()), options(null), p), contracts::set);
    }

    /** Fits BG/BB on the open log (cut into the chosen opportunity) or x, t_x, n summary in the background. */
    public void fitBgBb() {
        OpenedDataset d = dataset.get();
        Shape s = shape.get();
        if (d == null || (s != Shape.LOG && s != Shape.BGBB_SUMMARY) || computing.get()) {
            return;
        }
        start();
        Opportunity unit = opportunity.get() == null ? Opportunity.WEEK : opportunity.get();
        if (s == Shape.BGBB_SUMMARY) {
            run("Fitting BG/BB to " + d.file().getFileName(), d, p -> BgBbAnalysis.runOnHistories(
                    DiscreteSummaryReader.readCustomers(d.file(), d.options().idColumn()), options(null), p), bgbb::set);
        } else {
            run("Fitting BG/BB (one opportunity a " + unit.label() + ")", d, p -> BgBbAnalysis.runOnPurchases(
                    TransactionPurchases.read(d.file(), d.options(), CleaningRules.DEFAULT, p.slice(0, 0.3)).purchases(),
                    options(unit), p.slice(0.3, 1)), bgbb::set);
        }
    }

    private void start() {
        computing.set(true);
        problem.set(null);
        contracts.set(null);
        bgbb.set(null);
    }

    private <T> void run(String title, OpenedDataset d, org.clientele.app.ui.common.Work<T> work, Consumer<T> show) {
        BackgroundWork.of(title, work)
                .onSucceeded(r -> {
                    if (dataset.get() == d) {
                        show.accept(r);
                    }
                })
                .onFailed(e -> {
                    String sentence = sentence(d.file(), e);
                    if (sentence != null && dataset.get() == d) {
                        problem.set(sentence);
                    } else if (sentence == null) {
                        dialogs.showError("Could not fit the model", e);
                    }
                })
                .onFinished(() -> computing.set(false))
                .runWith(runner);
    }

    /**
     * The CLI's one-line error for data a model refuses or a file it cannot read as this shape (what follows
     * "error: " on the command line), or null for a real failure.
     */
    static String sentence(Path file, Throwable e) {
        if (e instanceof UnusableDataException u) {
            return DataFileException.in(file, u).getMessage();
        }
        if (e instanceof UserInputException u) {
            return u.getMessage();
        }
        return null;
    }

    /** Writes the per-customer CSV the CLI writes (customers_retention.csv or customers_bgbb.csv) to {@code file}. */
    public void exportCustomers(Path file, Consumer<Path> written) {
        ContractResult c = contracts.get();
        BgBbResult b = bgbb.get();
        if (c == null && b == null) {
            return;
        }
        write(file, written, () -> {
            if (c != null) {
                c.writeCustomers(file);
            } else {
                b.writeCustomers(file);
            }
        });
    }

    /** Writes sBG's retention_projection.csv, as the CLI does. */
    public void exportProjection(Path file, Consumer<Path> written) {
        ContractResult c = contracts.get();
        if (c != null) {
            write(file, written, () -> c.writeProjection(file));
        }
    }

    private void write(Path file, Consumer<Path> written, Runnable writer) {
        BackgroundWork.of("Writing " + file.getFileName(), p -> {
                    writer.run();
                    return file;
                })
                .onSucceeded(written)
                .onFailed(e -> dialogs.showError("Could not export the figures", e))
                .runWith(runner);
    }

    public ReadOnlyObjectProperty<Shape> shapeProperty() {
        return shape.getReadOnlyProperty();
    }

    /** The last sBG run on the open file; null before one. */
    public ReadOnlyObjectProperty<ContractResult> contractResultProperty() {
        return contracts.getReadOnlyProperty();
    }

    /** The last BG/BB run on the open file; null before one. */
    public ReadOnlyObjectProperty<BgBbResult> bgbbResultProperty() {
        return bgbb.getReadOnlyProperty();
    }

    /** The CLI's sentence when the model could not be fitted; null otherwise. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty computingProperty() {
        return computing.getReadOnlyProperty();
    }

    /** Periods to project (sBG) or opportunities to forecast (BG/BB); null = the CLI's default for the data. */
    public ObjectProperty<Integer> horizonPeriodsProperty() {
        return horizonPeriods;
    }

    /** sBG: the discount rate per contract period for DERL (the CLI's --period-discount, default 0.10). */
    public ObjectProperty<Double> periodDiscountProperty() {
        return periodDiscount;
    }

    /** The period that is one BG/BB opportunity on a transaction log. */
    public ObjectProperty<Opportunity> opportunityProperty() {
        return opportunity;
    }
}
