package org.clientele.app.ui.clv;

import javafx.beans.property.ObjectProperty;
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
import org.clientele.core.clv.TransactionPurchases;
import org.clientele.core.transactions.CleaningRules;

import java.util.HashMap;
import java.util.Map;

/**
 * BG/NBD + Gamma–Gamma fitted on the open transaction log when first asked for (as {@code clientele clv}
 * does with its defaults: 12 months, 1 % a month discount), and each customer's figures by id.
 */
public final class LifetimeValueModel {

    private final ObjectProperty<OpenedDataset> dataset;
    private final TaskRunner runner;
    private final ErrorDialogService dialogs;
    private final ReadOnlyObjectWrapper<ClvResult> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper computing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(false);
    private Map<String, CustomerClv> byId = Map.of();

    public LifetimeValueModel(ObjectProperty<OpenedDataset> dataset, TaskRunner runner, ErrorDialogService dialogs) {
        this.dataset = dataset;
        this.runner = runner;
        this.dialogs = dialogs;
        dataset.addListener((obs, old, now) -> {
            result.set(null);
            byId = Map.of();
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
        OpenedDataset d = dataset.get();
        if (!available() || computing.get()) {
            return;
        }
        computing.set(true);
        BackgroundWork.of("Estimating lifetime value (BG/NBD + Gamma-Gamma)", p -> ClvAnalysis.run(
                        TransactionPurchases.read(d.file(), d.options(), CleaningRules.DEFAULT, p.slice(0, 0.5)).purchases(),
                        ClvOptions.DEFAULT, p.slice(0.5, 1)))
                .onSucceeded(r -> {
                    if (dataset.get() == d) {
                        Map<String, CustomerClv> index = new HashMap<>();
                        r.customerValues().forEach(c -> index.put(c.customerId(), c));
                        byId = index;
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
