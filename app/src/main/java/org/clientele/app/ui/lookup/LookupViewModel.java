package org.clientele.app.ui.lookup;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.clientele.app.ui.WorkbenchState;
import org.clientele.core.analysis.FeatureRange;
import org.clientele.core.analysis.OpenedDataset;
import org.clientele.core.analysis.SegmentationReport;
import org.clientele.core.analysis.TrainingResult;
import org.clientele.core.data.Table;
import org.clientele.core.features.CategoricalEncoding;
import org.clientele.core.features.CategoricalLevels;
import org.clientele.core.predict.ModelBundle;
import org.clientele.core.predict.SegmentPrediction;
import org.clientele.core.predict.ValuePrediction;
import org.clientele.core.segment.profile.SegmentEntry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * State of the Lookup tab: a form over the trained models' features, filled by typing or from an
 * existing customer, and the models' answers for it. Predictions take microseconds, so {@link #predict()}
 * runs on the calling thread; the view calls it shortly after the user stops typing.
 */
public final class LookupViewModel {

    /** The answer for the current form. Null parts: that model is not trained. */
    public record Result(SegmentResult segment, SpendResult spend, List<String> imputed) {
    }

    /** The predicted segment and what the segmentation says about it. */
    public record SegmentResult(String id, String name, double confidence, List<Probability> probabilities,
                                boolean outOfDistribution, String description, String action) {
    }

    public record Probability(String segment, double probability) {
    }

    /** The predicted spend with its main reasons, largest first ({@code scale}: the units contributions add up in). */
    public record SpendResult(String target, double value, List<Contribution> reasons, String scale, String model) {
    }

    public record Contribution(String feature, double value) {
    }

    private final WorkbenchState state;
    private final ObservableList<LookupField> fields = FXCollections.observableArrayList();
    private final ObservableList<String> customerIds = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Result> result = new ReadOnlyObjectWrapper<>();
    private Table customers;
    private Map<String, Integer> rowOfId = Map.of();

    public LookupViewModel(WorkbenchState state) {
        this.state = state;
        state.datasetProperty().addListener((obs, old, now) -> {
            loadCustomers(now);
            rebuild();
        });
        state.segmentClassifierProperty().addListener((obs, old, now) -> rebuild());
        state.spendModelProperty().addListener((obs, old, now) -> rebuild());
        loadCustomers(state.datasetProperty().get());
        rebuild();
    }

    private void loadCustomers(OpenedDataset d) {
        customers = d == null ? null : d.customerTable();
        Map<String, Integer> index = new HashMap<>();
        List<String> ids = new ArrayList<>();
        if (customers != null) {
            int idCol = customers.idColumn() == null ? -1 : customers.columnIndex(customers.idColumn());
            for (int r = 0; r < customers.rowCount(); r++) {
                String id = idCol < 0 ? null : customers.text(r, idCol);
                id = id == null ? Integer.toString(r + 1) : id;
                if (index.putIfAbsent(id, r) == null) {
                    ids.add(id);
                }
            }
        }
        rowOfId = index;
        customerIds.setAll(ids);
    }

    /** The form: classifier features first, then the spend model's; typed values survive a retrain. */
    private void rebuild() {
        Map<String, String> typed = new HashMap<>();
        fields.forEach(f -> typed.put(f.feature(), f.textProperty().get()));
        TrainingResult classifier = state.segmentClassifierProperty().get();
        TrainingResult spend = state.spendModelProperty().get();
        Map<String, List<String>> levels = new LinkedHashMap<>();
        List<String> segmentFeatures = classifier == null ? List.of() : inputs(classifier.bundle(), levels);
        List<String> spendFeatures = spend == null ? List.of() : inputs(spend.bundle(), levels);
        Set<String> all = new LinkedHashSet<>(segmentFeatures);
        all.addAll(spendFeatures);
        Map<String, FeatureRange> ranges = new HashMap<>();
        if (customers != null) {
            FeatureRange.of(customers, new ArrayList<>(all)).forEach(r -> ranges.put(r.feature(), r));
        }
        List<LookupField> built = new ArrayList<>();
        for (String f : all) {
            String usedBy = segmentFeatures.contains(f) && spendFeatures.contains(f) ? "segment, spend"
                    : segmentFeatures.contains(f) ? "segment" : "spend";
            if (levels.containsKey(f)) {
                LookupField field = new LookupField(f, null, usedBy, levels.get(f));
                String before = typed.get(f);
                // A new form starts on the most common level, as a numeric field starts on the median.
                field.textProperty().set(before != null && levels.get(f).contains(before) ? before : levels.get(f).get(0));
                built.add(field);
                continue;
            }
            LookupField field = new LookupField(f, ranges.get(f), usedBy);
            String before = typed.get(f);
            field.textProperty().set(before != null ? before
                    : ranges.containsKey(f) ? LookupField.plain(ranges.get(f).median()) : "");
            built.add(field);
        }
        fields.setAll(built);
        predict();
    }

    /**
     * The form inputs of a model: its numeric features, and each categorical column once in place of its
     * indicator columns (its levels are added to {@code levels}).
     */
    private static List<String> inputs(ModelBundle bundle, Map<String, List<String>> levels) {
        CategoricalEncoding encoding = bundle.categoricalEncoding();
        if (encoding == null) {
            return bundle.features();
        }
        Map<String, String> columnOf = new HashMap<>();
        for (CategoricalLevels c : encoding.columns()) {
            for (String level : c.levels()) {
                columnOf.put(c.indicator(level), c.column());
            }
            List<String> known = levels.computeIfAbsent(c.column(), k -> new ArrayList<>());
            c.levels().stream().filter(l -> !known.contains(l)).forEach(known::add);
        }
        List<String> out = new ArrayList<>();
        for (String f : bundle.features()) {
            String input = columnOf.getOrDefault(f, f);
            if (!out.contains(input)) {
                out.add(input);
            }
        }
        // A column whose only indicator was left out (two levels, reference dropped) is still an input.
        encoding.columnNames().stream().filter(c -> !out.contains(c)).forEach(out::add);
        return out;
    }

    /** Fills the form with an existing customer's values; false when no customer has that id. */
    public boolean fillFromCustomer(String id) {
        Integer row = id == null ? null : rowOfId.get(id.trim());
        if (row == null) {
            return false;
        }
        for (LookupField f : fields) {
            int col = customers.columnNames().indexOf(f.feature());
            if (f.categorical()) {
                String level = col < 0 ? null : customers.text(row, col);
                f.textProperty().set(level != null && f.choices().contains(level) ? level
                        : f.choices().contains("other") ? "other" : "");
                continue;
            }
            double v = col < 0 || !customers.type(col).isNumeric() ? Double.NaN : customers.number(row, col);
            f.textProperty().set(LookupField.plain(v));
        }
        predict();
        return true;
    }

    /** Recomputes the answer for the form as it stands; invalid or empty fields count as unknown (imputed). */
    public void predict() {
        TrainingResult classifier = state.segmentClassifierProperty().get();
        TrainingResult spend = state.spendModelProperty().get();
        if (classifier == null && spend == null) {
            result.set(null);
            return;
        }
        Map<String, Double> values = new LinkedHashMap<>();
        Map<String, String> chosen = new HashMap<>();
        List<String> imputed = new ArrayList<>();
        for (LookupField f : fields) {
            if (f.categorical()) {
                if (f.level() == null) {
                    imputed.add(f.feature());
                } else {
                    chosen.put(f.feature(), f.level());
                }
                continue;
            }
            double v = f.value();
            if (Double.isNaN(v)) {
                imputed.add(f.feature());
            } else {
                values.put(f.feature(), v);
            }
        }
        result.set(new Result(classifier == null ? null : segment(classifier, withLevels(classifier, values, chosen)),
                spend == null ? null : spend(spend, withLevels(spend, values, chosen), chosen), List.copyOf(imputed)));
    }

    /**
     * Contributions with each categorical column's indicators summed into one reason named by the chosen level
     * ("Education = Master"): the user picked a level, not the indicators.
     */
    static Map<String, Double> byColumn(CategoricalEncoding encoding, Map<String, Double> contributions,
                                        Map<String, String> chosen) {
        if (encoding == null) {
            return contributions;
        }
        Map<String, String> reasonOf = new HashMap<>();
        for (CategoricalLevels c : encoding.columns()) {
            String level = chosen.get(c.column());
            String reason = c.column() + " = " + (level == null ? "(not given)" : level);
            c.levels().forEach(l -> reasonOf.put(c.indicator(l), reason));
        }
        Map<String, Double> out = new LinkedHashMap<>();
        contributions.forEach((feature, value) -> out.merge(reasonOf.getOrDefault(feature, feature), value, Double::sum));
        return out;
    }

    /** The typed numbers plus the model's indicator values for the chosen levels. */
    private static Map<String, Double> withLevels(TrainingResult model, Map<String, Double> values,
                                                  Map<String, String> chosen) {
        CategoricalEncoding encoding = model.bundle().categoricalEncoding();
        if (encoding == null) {
            return values;
        }
        Map<String, Double> out = new LinkedHashMap<>(values);
        out.putAll(encoding.indicatorValues(chosen));
        return out;
    }

    private SegmentResult segment(TrainingResult classifier, Map<String, Double> values) {
        SegmentPrediction p = classifier.bundle().predictSegment(values);
        List<String> classes = classifier.bundle().classNames();
        List<String> names = classifier.bundle().segmentNames();
        SegmentationReport report = state.segmentationProperty().get();
        List<Probability> probabilities = new ArrayList<>();
        for (int c = 0; c < classes.size(); c++) {
            probabilities.add(new Probability(liveName(report, classes.get(c), names.get(c)),
                    p.probabilities().getOrDefault(classes.get(c), 0.0)));
        }
        SegmentEntry entry = entry(report, p.segment());
        return new SegmentResult(p.segment(), liveName(report, p.segment(), p.segmentName()), p.confidence(),
                probabilities, p.outOfDistribution(), entry == null ? "" : entry.description(),
                entry == null ? "" : entry.action());
    }

    private static SpendResult spend(TrainingResult spend, Map<String, Double> values, Map<String, String> chosen) {
        ValuePrediction v = spend.bundle().predictValue(values);
        List<Contribution> reasons = byColumn(spend.bundle().categoricalEncoding(), v.contributions(), chosen)
                .entrySet().stream()
                .filter(e -> !e.getKey().equals("(bias)") && e.getValue() != 0)
                .map(e -> new Contribution(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingDouble((Contribution c) -> -Math.abs(c.value())))
                .toList();
        return new SpendResult(spend.bundle().target(), v.prediction(), reasons, v.contributionScale(),
                spend.bundle().modelName());
    }

    /** The segment's name as the user sees it now (it may have been renamed after training). */
    private static String liveName(SegmentationReport report, String classLabel, String trainedName) {
        SegmentEntry e = entry(report, classLabel);
        return e == null ? trainedName : e.name();
    }

    private static SegmentEntry entry(SegmentationReport report, String classLabel) {
        if (report == null) {
            return null;
        }
        try {
            int id = Integer.parseInt(classLabel);
            return report.segments().stream().filter(s -> s.id() == id).findFirst().orElse(null);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** What to do before there is anything to look up, or null when the segment model is ready. */
    public String segmentPlaceholder() {
        if (state.datasetProperty().get() == null) {
            return "Open a file first (File ▸ Open, or File ▸ Open sample).";
        }
        if (state.segmentationProperty().get() == null) {
            return "Run a segmentation in the Segments tab, then train the classifier in Models.";
        }
        if (state.segmentClassifierProperty().get() == null) {
            return "Train the classifier in Models (Assign new customers to segments) to see a customer's segment.";
        }
        return null;
    }

    /** What to do to see a predicted spend, or null when a spend model is trained. */
    public String spendPlaceholder() {
        if (state.datasetProperty().get() == null) {
            return "Open a file first.";
        }
        return state.spendModelProperty().get() == null
                ? "Train a spend model in Models (Predict spending / value) to see a predicted spend." : null;
    }

    public ObservableList<LookupField> fields() {
        return fields;
    }

    public ObservableList<String> customerIds() {
        return customerIds;
    }

    public ReadOnlyObjectProperty<Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public WorkbenchState state() {
        return state;
    }
}
