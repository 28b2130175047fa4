package org.clientele.app.ui.campaign;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.clientele.core.analysis.OpenedDataset;
import org.clientele.core.analysis.SegmentationReport;
import org.clientele.core.data.Table;
import org.clientele.core.project.RoiScenario;
import org.clientele.core.report.SegmentAssignments;
import org.clientele.core.roi.CampaignRoi;
import org.clientele.core.roi.CampaignSettings;
import org.clientele.core.roi.RoiResult;
import org.clientele.core.roi.SegmentEconomics;
import org.clientele.core.roi.SegmentEconomicsReader;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The campaign simulator's state: the settings as typed, the per-segment figures the data gives, and the
 * outcome recomputed on every change (plain arithmetic, so no background work). Named scenarios are kept
 * in a list the project file saves.
 */
public final class CampaignViewModel {

    private final ObjectProperty<OpenedDataset> dataset;
    private final ObjectProperty<SegmentationReport> segmentation;
    private final StringProperty cost = new SimpleStringProperty("1.00");
    private final StringProperty fixedCost = new SimpleStringProperty("0");
    private final StringProperty margin = new SimpleStringProperty("30");
    private final StringProperty responseRate = new SimpleStringProperty("2");
    private final StringProperty controlRate = new SimpleStringProperty("0");
    private final StringProperty orderValue = new SimpleStringProperty("");
    private final StringProperty budget = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<RoiResult> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper sources = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<RoiScenario> scenarios = FXCollections.observableArrayList();
    private List<SegmentEconomics> economics = List.of();

    public CampaignViewModel(ObjectProperty<OpenedDataset> dataset, ObjectProperty<SegmentationReport> segmentation) {
        this.dataset = dataset;
        this.segmentation = segmentation;
        segmentation.addListener((obs, old, now) -> refreshEconomics());
        for (StringProperty p : List.of(cost, fixedCost, margin, responseRate, controlRate, orderValue, budget)) {
            p.addListener((obs, old, now) -> recompute());
        }
        refreshEconomics();
    }

    private void refreshEconomics() {
        SegmentationReport report = segmentation.get();
        OpenedDataset opened = dataset.get();
        ready.set(report != null && opened != null);
        if (!ready.get()) {
            economics = List.of();
            result.set(null);
            sources.set("");
            return;
        }
        Table table = opened.customerTable();
        String response = SegmentEconomicsReader.detectResponseColumn(table);
        economics = SegmentEconomicsReader.read(SegmentAssignments.of(report), opened.file(), table, response);
        boolean dataAov = economics.stream().noneMatch(e -> Double.isNaN(e.averageOrderValue()));
        sources.set((dataAov ? "Order values come from the data (spend ÷ orders per segment)"
                : "The data has no order value: type the revenue per response")
                + (response == null ? "; response rates from the setting (the data has no response column)."
                : "; response rates are each segment's share of '" + response + "' = 1."));
        recompute();
    }

    private void recompute() {
        if (!ready.get()) {
            return;
        }
        try {
            CampaignSettings settings = settings();
            if (Double.isNaN(settings.averageOrderValue())
                    && economics.stream().anyMatch(e -> Double.isNaN(e.averageOrderValue()))) {
                throw new IllegalArgumentException("type the revenue per response: the data has no order value");
            }
            result.set(CampaignRoi.simulate(economics, settings));
            problem.set("");
        } catch (IllegalArgumentException e) {
            result.set(null);
            problem.set(e.getMessage().substring(0, 1).toUpperCase(Locale.ROOT) + e.getMessage().substring(1) + ".");
        }
    }

    /** The settings as typed; percentages in the form become shares. */
    CampaignSettings settings() {
        return new CampaignSettings(number("cost per contact", cost.get()), number("fixed cost", fixedCost.get()),
                percent("margin", margin.get()), percent("response rate", responseRate.get()),
                percent("control group's response rate", controlRate.get()), optional("revenue per response", orderValue.get()),
                optional("budget", budget.get()));
    }

    /** Keeps the current settings under {@code name}, replacing a scenario of that name. */
    public void saveScenario(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            problem.set("Give the scenario a name.");
            return;
        }
        RoiScenario scenario = RoiScenario.of(clean, settings());
        scenarios.removeIf(s -> s.name().equalsIgnoreCase(clean));
        scenarios.add(scenario);
    }

    /** Puts a saved scenario's settings back into the form. */
    public void apply(RoiScenario s) {
        cost.set(plain(s.costPerContact()));
        fixedCost.set(plain(s.fixedCost()));
        margin.set(plain(100 * s.margin()));
        responseRate.set(plain(100 * s.responseRate()));
        controlRate.set(plain(100 * s.controlResponseRate()));
        orderValue.set(s.averageOrderValue() == null ? "" : plain(s.averageOrderValue()));
        budget.set(s.budget() == null ? "" : plain(s.budget()));
    }

    private static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private static double number(String what, String text) {
        return parse(what, text).orElseThrow(() -> new IllegalArgumentException(what + " is required"));
    }

    private static double percent(String what, String text) {
        return number(what + " (%)", text) / 100;
    }

    private static double optional(String what, String text) {
        return parse(what, text).orElse(Double.NaN);
    }

    private static Optional<Double> parse(String what, String text) {
        String t = text == null ? "" : text.strip().replace(",", "").replace("%", "");
        if (t.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Double.parseDouble(t));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + ": '" + text.strip() + "' is not a number");
        }
    }

    public StringProperty costProperty() { return cost; }
    public StringProperty fixedCostProperty() { return fixedCost; }
    public StringProperty marginProperty() { return margin; }
    public StringProperty responseRateProperty() { return responseRate; }
    public StringProperty controlRateProperty() { return controlRate; }
    public StringProperty orderValueProperty() { return orderValue; }
    public StringProperty budgetProperty() { return budget; }
    public ReadOnlyObjectProperty<RoiResult> resultProperty() { return result.getReadOnlyProperty(); }
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
    public ReadOnlyStringProperty sourcesProperty() { return sources.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty readyProperty() { return ready.getReadOnlyProperty(); }
    public ObservableList<RoiScenario> scenarios() { return scenarios; }
}
