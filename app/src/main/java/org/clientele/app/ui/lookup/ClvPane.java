package org.clientele.app.ui.lookup;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.clientele.app.ui.clv.LifetimeValueModel;
import org.clientele.core.clv.ClvResult;
import org.clientele.core.clv.CustomerClv;

import java.util.Locale;

/** Lookup's lifetime-value section: the picked customer's P(alive), expected purchases and spend, and CLV. */
final class ClvPane {

    private final LifetimeValueModel model;
    private final ObservableValue<String> customer;
    private final Label figures = new Label();
    private final Button estimate = new Button("Estimate lifetime value");

    ClvPane(LifetimeValueModel model, ObservableValue<String> customer) {
        this.model = model;
        this.customer = customer;
    }

    Node content() {
        estimate.setId("lookup-clv-estimate");
        estimate.setOnAction(e -> model.ensure(this::show));
        estimate.disableProperty().bind(model.computingProperty());
        figures.setId("lookup-clv");
        figures.setWrapText(true);
        estimate.managedProperty().bind(estimate.visibleProperty());
        model.resultProperty().addListener((obs, old, now) -> show());
        customer.addListener((obs, old, now) -> show());
        model.availableProperty().addListener((obs, old, now) -> show());
        show();
        return new VBox(6, estimate, figures);
    }

    private void show() {
        ClvResult r = model.resultProperty().get();
        // Only a transaction log has purchases over time; the figures are estimated once per file.
        estimate.setVisible(model.available() && r == null);
        if (!model.available()) {
            figures.setText("Lifetime value needs a transaction log (purchases over time); this file is a customer table.");
            return;
        }
        if (r == null) {
            figures.setText("BG/NBD and Gamma–Gamma estimate each customer's chance of still being active and the "
                    + "value of their next " + 12 + " months from their purchase history.");
            return;
        }
        CustomerClv c = model.customer(customer.getValue());
        if (c == null) {
            figures.setText("Pick an existing customer above to see their lifetime value.");
            return;
        }
        boolean ranges = Double.isFinite(c.clvLow()) && Double.isFinite(c.clvHigh());
        figures.setText(String.format(Locale.ROOT, "Customer %s: %.0f%% likely still active%s; expected %.1f%s purchases "
                        + "worth %,.0f in the next %d months; lifetime value %,.0f%s (discounted %.0f%% a month)%s.",
                c.customerId(), 100 * c.probabilityAlive(),
                ranges ? String.format(Locale.ROOT, " (%.0f–%.0f%%)", 100 * c.probabilityAliveLow(),
                        100 * c.probabilityAliveHigh()) : "",
                c.expectedPurchases(),
                ranges ? String.format(Locale.ROOT, " (%.1f–%.1f)", c.expectedPurchasesLow(), c.expectedPurchasesHigh()) : "",
                c.expectedSpend(), r.horizonMonths(), c.clv(),
                ranges ? String.format(Locale.ROOT, " (%,.0f–%,.0f)", c.clvLow(), c.clvHigh()) : "",
                100 * r.monthlyDiscountRate(),
                ranges ? "; ranges are 90% intervals from the model's parameter uncertainty" : ""));
    }
}
