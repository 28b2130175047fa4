package org.clientele.app.ui.clv;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.clientele.app.ui.common.BackgroundWork;
import org.clientele.app.ui.common.ErrorDialogService;
import org.clientele.app.ui.common.TaskRunner;
import org.clientele.core.analysis.OpenedDataset;
import org.clientele.core.clv.ClvAnalysis;
import org.clientele.core.clv.ClvOptions;
import org.clientele.core.clv.ClvResult;
import org.clientele.core.clv.CustomerClv;
import org.clientele.core.clv.HoldoutWindow;
import org.clientele.core.clv.Purchase;
import org.clientele.core.clv.TransactionPurchases;
import org.clientele.core.transactions.CleaningRules;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * BG/NBD + Gamma–Gamma fitted on the open transaction log when first asked for (as {@code clientele clv}
 * does with its defaults: 12 months, 1 % a month discount), and each customer's figures by id. The models
 * are first fitted on purchases up to a calibration end (chosen, or the last 13 weeks held out) and scored on
 * the holdout, then refitted on every purchase for the customers' figures.
 */
public final class LifetimeValueModel {

    private final ObjectProperty<OpenedDataset> dataset;
    private final TaskRunner runner;
    private final ErrorDialogService dialogs;
    private final ReadOnlyObjectWrapper<ClvResult> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(false);
    private final ObjectProperty<LocalDate> calibrationEnd = new SimpleObjectProperty<>();
    private final BooleanProperty seasonalAdjustment = new SimpleBooleanProperty(false);
    private Map<String, CustomerClv> byId = Map.of();

    public LifetimeValueModel(ObjectProperty<OpenedDataset> dataset, TaskRunner runner, ErrorDialogService dialogs) {
        this.dataset = dataset;
        this.runner = runner;
        this.dialogs = dialogs;
        dataset.addListener((obs, old, now) -> {
            result.set(null);
            byId = Map.of();
            calibrationEnd.set(null);
            available.set(now != null && now.isTransactionLog());
        });
        available.set(available());
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

    /** Fits the models again with the current calibration end and seasonal-adjustment choice. */
    public void estimate() {
        estimate(null);
    }

    private void estimate(Runnable then) {
        OpenedDataset d = dataset.get();
        if (!available() || computing.get()) {
            return;
        }
        computing.set(true);
        LocalDate chosenEnd = calibrationEnd.get();
        boolean seasonal = seasonalAdjustment.get();
        BackgroundWork.of("Estimating lifetime value (BG/NBD + Gamma-Gamma)", p -> {
                    List<Purchase> purchases = TransactionPurchases.read(d.file(), d.options(), CleaningRules.DEFAULT,
                            p.slice(0, 0.3)).purchases();
                    LocalDate end = chosenEnd != null ? chosenEnd : HoldoutWindow.suggestCalibrationEnd(purchases);
                    ClvOptions options = ClvOptions.DEFAULT.withHoldout(end, null);
                    return ClvAnalysis.run(purchases, options, List.of(), seasonal, p.slice(0.3, 1));
                })
                .onSucceeded(r -> {
                    if (dataset.get() == d) {
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
                .onFailed(e -> dialogs.showError("Could not estimate lifetime value", e))
                .onFinished(() -> computing.set(false))
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
        if (r == null) {
            return;
        }
        BackgroundWork.of("Writing " + file.getFileName(), p -> {
                    r.writeCustomers(file);
                    return file;
                })
                .onSucceeded(written::accept)
                .onFailed(e -> dialogs.showError("Could not export the customers' lifetime values", e))
                .runWith(runner);
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
