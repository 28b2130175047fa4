package org.clientele.app.ui.clv;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import org.clientele.core.clv.DiscreteModelOptions;
import org.clientele.core.clv.Opportunity;

import java.util.List;

/**
 * The Lifetime value tab's bar: the model (those the open data allows), the opportunity unit for BG/BB on a log,
 * the calibration end, seasonal adjustment and covariates of the continuous models, and the Estimate button.
 * Controls that do not apply to the chosen model are hidden rather than disabled, so the bar says what counts.
 */
final class ModelBar {

    private ModelBar() {
    }

    static final String DEFAULT_HORIZON = "default";

    static HBox build(LifetimeValueModel model, MenuButton covariateChoice) {
        DiscreteClvModel discrete = model.discrete();
        BooleanBinding busy = model.computingProperty().or(discrete.computingProperty());
        BooleanBinding isDiscrete = Bindings.createBooleanBinding(() -> model.modelOptionProperty().get() != null
                && model.modelOptionProperty().get().discrete(), model.modelOptionProperty());
        ComboBox<ClvModelOption> choice = new ComboBox<>();
        choice.setId("clv-model");
        choice.setConverter(converter(ClvModelOption::label, choice.getItems()));
        choice.getItems().setAll(model.modelOptions());
        discrete.shapeProperty().addListener((obs, old, now) -> {
            // The model picked its default for the new data first; replacing the items may clear the value.
            ClvModelOption wanted = model.modelOptionProperty().get();
            choice.getItems().setAll(model.modelOptions());
            model.modelOptionProperty().set(wanted);
        });
        choice.valueProperty().bindBidirectional(model.modelOptionProperty());
        choice.setTooltip(new Tooltip("How customers buy and when they stop. On a transaction log: BG/NBD, "
                + "Pareto/NBD, modified BG/NBD, Auto (fit all three, keep the best on the holdout) with Gamma–Gamma for "
                + "spend, or BG/BB at discrete opportunities (days, weeks or months). On a contract table (tenure and "
                + "churned, or survivors by period): sBG, the shifted-beta-geometric retention model"));
        choice.disableProperty().bind(busy.or(Bindings.isEmpty(choice.getItems())));

        ComboBox<Opportunity> unit = new ComboBox<>();
        unit.setId("clv-opportunity");
        unit.getItems().setAll(Opportunity.values());
        unit.setConverter(converter(Opportunity::label, unit.getItems()));
        unit.valueProperty().bindBidirectional(discrete.opportunityProperty());
        unit.setTooltip(new Tooltip("The period that is one transaction opportunity: a customer either buys in it or "
                + "not (several purchases in one count once)"));
        unit.disableProperty().bind(busy);
        Label unitLabel = new Label("Opportunity");
        BooleanBinding bgbbOnLog = Bindings.createBooleanBinding(() -> model.modelOptionProperty().get()
                        == ClvModelOption.BGBB && discrete.shapeProperty().get() == DiscreteClvModel.Shape.LOG,
                model.modelOptionProperty(), discrete.shapeProperty());
        show(bgbbOnLog, unitLabel, unit);

        Spinner<Integer> horizon = horizonSpinner(discrete);
        Label horizonLabel = new Label("Horizon");
        show(isDiscrete, horizonLabel, horizon);
        Spinner<Double> discount = new Spinner<>(0.01, 1.0, DiscreteModelOptions.DEFAULT_DISCOUNT_RATE, 0.01);
        discount.setId("clv-period-discount");
        discount.setEditable(true);
        discount.setPrefWidth(85);
        discount.getValueFactory().valueProperty().bindBidirectional(discrete.periodDiscountProperty());
        discount.setTooltip(new Tooltip("sBG: the discount rate per contract period for DERL (the CLI's "
                + "--period-discount; 0.10 by default)"));
        Label discountLabel = new Label("Discount / period");
        BooleanBinding sbg = Bindings.createBooleanBinding(() -> model.modelOptionProperty().get() == ClvModelOption.SBG,
                model.modelOptionProperty());
        show(sbg, discountLabel, discount);
        horizon.disableProperty().bind(busy);
        discount.disableProperty().bind(busy);

        DatePicker end = new DatePicker();
        end.setId("clv-calibration-end");
        end.setPromptText("last 13 weeks held out");
        end.setConverter(new javafx.util.converter.LocalDateStringConverter(
                java.time.format.DateTimeFormatter.ISO_LOCAL_DATE, java.time.format.DateTimeFormatter.ISO_LOCAL_DATE));
        end.setPrefWidth(215);
        end.valueProperty().bindBidirectional(model.calibrationEndProperty());
        end.setTooltip(new Tooltip("The models are fitted on purchases up to this day and scored on the weeks after it"));
        CheckBox seasonal = new CheckBox("Seasonal adjustment");
        seasonal.setId("clv-seasonal");
        seasonal.selectedProperty().bindBidirectional(model.seasonalAdjustmentProperty());
        seasonal.setTooltip(new Tooltip("Also score the predictions scaled by how busy the same weeks were a year "
                + "earlier (needs a year of purchases before the calibration end)"));
        end.disableProperty().bind(busy.or(model.availableProperty().not()));
        seasonal.disableProperty().bind(end.disableProperty());
        covariateChoice.disableProperty().bind(end.disableProperty());
        List<Node> continuous = List.of(new Label("Calibration end"), end, seasonal, new Label("Covariates"),
                covariateChoice);
        show(isDiscrete.not(), continuous.toArray(Node[]::new));

        Button run = new Button("Estimate lifetime value");
        run.setId("clv-run");
        run.setOnAction(e -> model.estimate());
        run.disableProperty().bind(busy.or(Bindings.isEmpty(choice.getItems())));
        HBox bar = new HBox(10);
        bar.getChildren().addAll(List.of(new Label("Model"), choice, unitLabel, unit, horizonLabel, horizon,
                discountLabel, discount));
        bar.getChildren().addAll(continuous);
        bar.getChildren().add(run);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    /** Periods ahead for the discrete models; "default" (0) leaves it to the data, as the CLI does without the flag. */
    private static Spinner<Integer> horizonSpinner(DiscreteClvModel discrete) {
        Spinner<Integer> horizon = new Spinner<>(0, 10_000, 0);
        horizon.setId("clv-horizon");
        horizon.setEditable(true);
        horizon.setPrefWidth(100);
        SpinnerValueFactory<Integer> values = horizon.getValueFactory();
        values.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer n) {
                return n == null || n == 0 ? DEFAULT_HORIZON : n.toString();
            }

            @Override
            public Integer fromString(String text) {
                String t = text == null ? "" : text.strip();
                if (t.isEmpty() || t.equalsIgnoreCase(DEFAULT_HORIZON)) {
                    return 0;
                }
                try {
                    return Math.max(0, Integer.parseInt(t));
                } catch (NumberFormatException e) {
                    return values.getValue(); // not a number: keep what was there
                }
            }
        });
        values.setValue(discrete.horizonPeriodsProperty().get() == null ? 0 : discrete.horizonPeriodsProperty().get());
        values.valueProperty().addListener((obs, old, now) ->
                discrete.horizonPeriodsProperty().set(now == null || now == 0 ? null : now));
        discrete.horizonPeriodsProperty().addListener((obs, old, now) -> values.setValue(now == null ? 0 : now));
        horizon.setTooltip(new Tooltip("sBG: periods of the retention projection (default: twice the observed, at "
                + "least 12); BG/BB: opportunities ahead to forecast (default: the longest history's). The CLI's "
                + "--horizon-periods"));
        return horizon;
    }

    private static void show(BooleanBinding when, Node... nodes) {
        for (Node n : nodes) {
            n.visibleProperty().bind(when);
            n.managedProperty().bind(when);
        }
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> label, List<T> items) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : label.apply(t);
            }

            @Override
            public T fromString(String s) {
                return items.stream().filter(t -> toString(t).equals(s)).findFirst().orElse(null);
            }
        };
    }
}
