package org.clientele.app.ui.lookup;

import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.clientele.app.ui.common.HorizontalBars;
import org.clientele.app.ui.common.PngExport;
import org.clientele.app.ui.models.Fmt;

import java.util.List;

/** The Lookup tab: type a customer's values or pick a customer; see the segment and the spend the models predict. */
public final class LookupView {

    private final LookupViewModel model;
    private final SplitPane root = new SplitPane();
    private final GridPane form = new GridPane();
    private final Label formHint = wrapped("");
    private final Label customerMessage = new Label();
    private final PauseTransition debounce = new PauseTransition(Duration.millis(150));

    private final Label segmentPlaceholder = wrapped("");
    private final Label segmentName = new Label();
    private final Label confidence = new Label();
    private final Label ood = wrapped("This customer is farther from every segment than 99% of the customers the "
            + "model learnt from: the segment is a guess, treat it with care.");
    private final Label description = wrapped("");
    private final Label action = wrapped("");
    private final HorizontalBars probabilities = new HorizontalBars(false);
    private final VBox segmentBox = new VBox(6);

    private final Label spendPlaceholder = wrapped("");
    private final Label spend = new Label();
    private final Label spendNote = wrapped("");
    private final HorizontalBars reasons = new HorizontalBars(true);
    private final VBox spendBox = new VBox(6);
    private final Label imputed = wrapped("");

    public LookupView(LookupViewModel model) {
        this(model, null);
    }

    /** @param clv the open log's lifetime value, shown for a picked customer; null for none */
    public LookupView(LookupViewModel model, org.clientele.app.ui.clv.LifetimeValueModel clv) {
        this.model = model;
        debounce.setOnFinished(e -> model.predict());

        ComboBox<String> customer = new ComboBox<>(model.customerIds());
        customer.setId("lookup-customer");
        customer.setEditable(true);
        customer.setPromptText("customer id");
        customer.setPrefWidth(150);
        Button fill = new Button("Fill in");
        fill.setId("lookup-fill");
        Runnable doFill = () -> {
            String id = customer.getEditor().getText();
            boolean ok = model.fillFromCustomer(id);
            customerMessage.setText(ok ? "Showing customer " + id.trim() + " (change any value to see what if)"
                    : id == null || id.isBlank() ? "" : "No customer with id '" + id.trim() + "'.");
        };
        fill.setOnAction(e -> doFill.run());
        customer.setOnAction(e -> doFill.run());
        customerMessage.setId("lookup-customer-message");
        customerMessage.getStyleClass().add("hint-text");
        HBox pick = new HBox(8, new Label("Existing customer"), customer, fill);
        pick.setAlignment(Pos.CENTER_LEFT);

        form.setId("lookup-form");
        form.setHgap(8);
        form.setVgap(2);
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints inputs = new ColumnConstraints(90, 120, 180);
        ColumnConstraints hints = new ColumnConstraints();
        hints.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().setAll(names, inputs, hints);
        formHint.getStyleClass().add("hint-text");
        VBox left = new VBox(10, title("Customer"), pick, customerMessage, formHint, form);
        left.setPadding(new Insets(12));

        segmentName.setId("lookup-segment");
        segmentName.getStyleClass().add("segment-name");
        segmentName.setWrapText(true);
        confidence.setId("lookup-confidence");
        ood.setId("lookup-ood");
        ood.getStyleClass().add("ood-warning");
        segmentPlaceholder.setId("lookup-segment-placeholder");
        segmentPlaceholder.getStyleClass().add("placeholder-text");
        probabilities.setId("lookup-probabilities");
        PngExport.install(probabilities, "segment-probabilities");
        action.setId("lookup-action");
        description.setId("lookup-description");
        segmentBox.getChildren().addAll(segmentName, confidence, ood, description, action,
                title("Probability of each segment"), probabilities);

        spend.setId("lookup-spend");
        spend.getStyleClass().add("big-number");
        spendPlaceholder.setId("lookup-spend-placeholder");
        spendPlaceholder.getStyleClass().add("placeholder-text");
        reasons.setId("lookup-reasons");
        PngExport.install(reasons, "spend-reasons");
        spendNote.getStyleClass().add("hint-text");
        spendBox.getChildren().addAll(spend, spendNote, reasons);
        imputed.getStyleClass().add("hint-text");
        VBox right = new VBox(10, title("Predicted segment"), segmentPlaceholder, segmentBox,
                title("Predicted spending"), spendPlaceholder, spendBox, imputed);
        if (clv != null) {
            right.getChildren().addAll(title("Lifetime value"), new ClvPane(clv, customer.valueProperty()).content());
        }
        right.setPadding(new Insets(12));

        root.getItems().addAll(scroll(left), scroll(right));
        root.setDividerPositions(0.42);
        root.setId("lookup-root");

        model.fields().addListener((javafx.collections.ListChangeListener<LookupField>) c -> buildForm());
        model.resultProperty().addListener((obs, old, r) -> show(r));
        // The placeholders depend on what exists yet, not only on the result.
        List.of(model.state().datasetProperty(), model.state().segmentationProperty(),
                model.state().segmentClassifierProperty(), model.state().spendModelProperty())
                .forEach(p -> p.addListener((obs, old, now) -> show(model.resultProperty().get())));
        buildForm();
        show(model.resultProperty().get());
    }

    public Parent root() {
        return root;
    }

    private void buildForm() {
        form.getChildren().clear();
        List<LookupField> fields = model.fields();
        formHint.setText(fields.isEmpty() ? "The form shows the features of the trained models; train one in Models."
                : "Type a value (an empty field counts as the typical customer's). Range = what the training "
                + "customers had.");
        int row = 0;
        for (LookupField f : fields) {
            Label name = new Label(f.feature());
            name.setTooltip(new Tooltip("Used by the " + f.usedBy() + " model"));
            if (f.categorical()) {
                ChoiceBox<String> choice = new ChoiceBox<>(FXCollections.observableArrayList(f.choices()));
                choice.setId("lookup-field-" + f.feature());
                choice.setMaxWidth(Double.MAX_VALUE);
                choice.valueProperty().bindBidirectional(f.textProperty());
                choice.valueProperty().addListener((obs, old, now) -> debounce.playFromStart());
                Label levels = new Label(f.choices().size() + " levels the models know"
                        + (f.choices().contains("other") ? " ('other' = the rare ones pooled)" : ""));
                levels.getStyleClass().add("hint-text");
                levels.setWrapText(true);
                levels.setMinHeight(Region.USE_PREF_SIZE);
                form.add(name, 0, row);
                form.add(choice, 1, row);
                form.add(levels, 2, row);
                row++;
                continue;
            }
            TextField input = new TextField();
            input.setId("lookup-field-" + f.feature());
            input.textProperty().bindBidirectional(f.textProperty());
            input.setPromptText(f.range() == null ? "" : LookupField.plain(f.range().median()));
            Label range = new Label(f.rangeText());
            range.getStyleClass().add("hint-text");
            range.setWrapText(true);
            range.setMinHeight(Region.USE_PREF_SIZE);
            Label problem = new Label();
            problem.getStyleClass().add("warning-label");
            problem.textProperty().bind(f.problemProperty());
            problem.managedProperty().bind(problem.textProperty().isNotEmpty());
            problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
            f.problemProperty().addListener((obs, old, p) -> style(input, f));
            style(input, f);
            input.textProperty().addListener((obs, old, now) -> debounce.playFromStart());
            form.add(name, 0, row);
            form.add(input, 1, row);
            form.add(new VBox(0, range, problem), 2, row);
            row++;
        }
    }

    private static void style(TextField input, LookupField f) {
        input.getStyleClass().removeAll("field-invalid", "field-outside");
        switch (f.check()) {
            case INVALID -> input.getStyleClass().add("field-invalid");
            case OUTSIDE -> input.getStyleClass().add("field-outside");
            default -> { }
        }
    }

    private void show(LookupViewModel.Result r) {
        String segmentHint = model.segmentPlaceholder();
        segmentPlaceholder.setText(segmentHint == null ? "" : segmentHint);
        visible(segmentPlaceholder, segmentHint != null);
        LookupViewModel.SegmentResult s = r == null ? null : r.segment();
        visible(segmentBox, s != null);
        if (s != null) {
            segmentName.setText(s.name());
            confidence.setText("Probability " + Fmt.pct(s.confidence()));
            visible(ood, s.outOfDistribution());
            description.setText(s.description());
            action.setText(s.action().isEmpty() ? "" : "Recommended action: " + s.action());
            probabilities.show(s.probabilities().stream().map(p -> new HorizontalBars.Bar(p.segment(), p.probability(),
                    0, Fmt.pct(p.probability()))).toList());
        }

        String spendHint = model.spendPlaceholder();
        spendPlaceholder.setText(spendHint == null ? "" : spendHint);
        visible(spendPlaceholder, spendHint != null);
        LookupViewModel.SpendResult v = r == null ? null : r.spend();
        visible(spendBox, v != null);
        if (v != null) {
            spend.setText(v.target() + " ≈ " + Fmt.num(v.value(), 4));
            spendNote.setText(v.reasons().isEmpty()
                    ? "The " + v.model() + " model does not break its prediction into reasons."
                    : "Main reasons (" + v.model() + " model; contributions in " + (v.scale().equals("log1p")
                    ? "log units of " + v.target() : v.target()) + ", largest first; blue raises, orange lowers):");
            reasons.show(v.reasons().stream().limit(10).map(c -> new HorizontalBars.Bar(c.feature(), c.value(), 0,
                    (c.value() > 0 ? "+" : "") + Fmt.num(c.value(), 3))).toList());
        }
        imputed.setText(r == null || r.imputed().isEmpty() ? ""
                : "Taken as typical (training median): " + String.join(", ", r.imputed()));
    }

    private static void visible(Node n, boolean on) {
        n.setVisible(on);
        n.setManaged(on);
    }

    private static ScrollPane scroll(Node content) {
        ScrollPane s = new ScrollPane(content);
        s.setFitToWidth(true);
        return s;
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-title");
        return l;
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }
}
