package org.clientele.core.analysis;

import org.clientele.core.UnusableDataException;
import org.clientele.core.Setting;
import org.clientele.core.UserInputException.Reason;
import org.clientele.core.data.ColumnType;
import org.clientele.core.data.DataFileException;
import org.clientele.core.data.Table;
import org.clientele.core.features.CategoricalEncoding;
import org.clientele.core.features.FeatureOptions;
import org.clientele.core.neural.NeuralModels;
import org.clientele.core.predict.ClassificationOptions;
import org.clientele.core.predict.ClassificationResult;
import org.clientele.core.predict.Exclusion;
import org.clientele.core.predict.FeaturePipelineTransform;
import org.clientele.core.predict.ModelBundle;
import org.clientele.core.predict.ModelingData;
import org.clientele.core.predict.ModelsReport;
import org.clientele.core.predict.RegressionOptions;
import org.clientele.core.predict.RegressionResult;
import org.clientele.core.predict.RegressionComparison;
import org.clientele.core.predict.RowTransform;
import org.clientele.core.predict.SegmentClassifierComparison;
import org.clientele.core.provenance.Provenance;
import org.clientele.core.task.Progress;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * From a customer table to a trained, saveable model: a regressor of a numeric column, or a classifier
 * that puts new customers into the segments of an earlier segment run. Classifiers see the shared feature
 * pipeline (median imputation, log1p of skewed columns, z-scores), refitted on each training part;
 * regressors get an input transform chosen per model family by cross-validation ({@code InputTransformChoice}).
 */
public final class TrainingRun {

    /** The preprocessing models see; the same steps segmentation uses. */
    public static final RowTransform TRANSFORM = FeaturePipelineTransform.fitting(FeatureOptions.DEFAULT);

    private TrainingRun() {
    }

    /**
     * Regression of {@code target}. Features default to every numeric non-identifier column but the
     * target and every categorical column (one-hot, most common level as reference); other columns are
     * listed in {@code excluded[]} with the reason.
     */
    public static TrainingResult regression(Path file, Table table, String target, List<String> features,
                                            RegressionOptions options, Progress progress) {
        EncodedData encoded = regressionInputs(file, table, target, features);
        ModelingData data = encoded.data();
        RegressionResult result;
        try {
            // Neural models are asked for by name (--models ...,dnn) and join as extra candidates.
            RegressionOptions o = NeuralModels.resolve(options.withTarget(target), progress);
            // Without an input-transform choice, models see the segmentation pipeline as before.
            result = RegressionComparison.run(data, o.inputScales().isEmpty() ? o.withTransform(TRANSFORM) : o, progress)
                    .savable();
        } catch (UnusableDataException e) {
            throw DataFileException.in(file, e);
        } catch (IllegalArgumentException e) {
            throw new DataFileException(Reason.CANNOT_FIT, file, 0, null, e.getMessage(),
                    "Check the target and feature columns", e, Setting.TARGET, Setting.FEATURES);
        }
        List<Exclusion> excluded = new ArrayList<>();
        if (features == null || features.isEmpty()) {
            excluded.addAll(notNumeric(table, target));
        }
        excluded.addAll(result.report().excluded());
        ModelsReport r = result.report();
        ModelsReport report = new ModelsReport(r.target(), r.task(), r.features(), excluded, r.models(), r.best(),
                r.bestChosenBy(), r.importances(), r.gainImportances(), r.vif(), r.targetScale(), r.warnings(),
                r.provenance().withInput(file), r.validation());
        RegressionResult withReport = new RegressionResult(report, result.scores(), result.heldOut(),
                result.scaleChoice(), result.droppedRows(), result.bestPipeline());
        List<String> notes = new ArrayList<>();
        if (result.droppedRows() > 0) {
            notes.add(String.format("%,d rows without a value for '%s' were left out", result.droppedRows(), target));
        }
        notes.add("target scale: " + result.scaleChoice().reason());
        notes.addAll(encoded.notes(table));
        return new TrainingResult(report, encoded.bind(withReport.bundle(), table),
                data.rowCount() - result.droppedRows(), notes, null, result.heldOut());
    }

    /**
     * Regression of a {@link SimulatedSpend} added to {@code table}, for tables without a spend column. The
     * formula is recorded in the report's warnings and provenance ({@code simulatedTarget}), so it is shown
     * wherever the result is.
     */
    public static TrainingResult simulatedSpendRegression(Path file, Table table, long simulationSeed,
                                                          List<String> features, RegressionOptions options,
                                                          Progress progress) {
        SimulatedSpend simulated = SimulatedSpend.forTable(file, table, simulationSeed);
        TrainingResult result = regression(file, simulated.addTo(table), simulated.column(), features, options, progress);
        ModelsReport r = result.report();
        List<String> warnings = new ArrayList<>();
        warnings.add("The target is SIMULATED, not real spend: " + simulated.formula());
        warnings.addAll(r.warnings());
        Provenance provenance = r.provenance().with("simulatedTarget", simulated.describe());
        ModelsReport report = new ModelsReport(r.target(), r.task(), r.features(), r.excluded(), r.models(), r.best(),
                r.bestChosenBy(), r.importances(), r.gainImportances(), r.vif(), r.targetScale(), warnings, provenance,
                r.validation());
        return new TrainingResult(report, result.bundle().withReport(report), result.rows(), result.notes());
    }

    /** The segment classifier: learns the segments of the segment run in {@code segmentsDir} (outliers left out). */
    public static TrainingResult segmentClassifier(Path file, Table table, Path segmentsDir,
                                                   ClassificationOptions options, Progress progress) {
        return segmentClassifier(file, table, SegmentLabels.read(segmentsDir), options, progress);
    }

    /**
     * The segment classifier of a segmentation held in memory (the workbench's), on the table it was run
     * on: the same rows, features and names a saved run of it would give.
     */
    public static TrainingResult segmentClassifier(Path file, Table table, SegmentationReport segmentation,
                                                   ClassificationOptions options, Progress progress) {
        return segmentClassifier(file, table, SegmentLabels.of(segmentation), options, progress);
    }

    /** The segment classifier of {@code labels}, however they were obtained. */
    public static TrainingResult segmentClassifier(Path file, Table table, SegmentLabels labels,
                                                   ClassificationOptions options, Progress progress) {
        List<String> notes = new ArrayList<>();
        EncodedData encoded = classificationInputs(file, table, labels, notes);
        ModelingData data = encoded.data();
        List<String> names = data.classNames().stream().map(c -> labels.names().get(Integer.parseInt(c))).toList();
        ClassificationResult result;
        try {
            result = SegmentClassifierComparison.run(data,
                    options.withTarget("segment", names).withTransform(TRANSFORM), progress);
        } catch (UnusableDataException e) {
            throw DataFileException.in(file, e);
        } catch (IllegalArgumentException e) {
            throw new DataFileException(Reason.TOO_FEW_ROWS, file, 0, null, e.getMessage(),
                    "Segment more customers, or use fewer cross-validation folds", e, Setting.FOLDS);
        }
        notes.addAll(encoded.notes(table));
        ModelsReport report = result.report().withProvenance(result.report().provenance().withInput(file));
        return new TrainingResult(report, encoded.bind(result.bundle().withReport(report), table), data.rowCount(), notes,
                result.score(result.best()).test(), List.of());
    }

    /** The rows and columns a regression learns from, checked against the table. */
    public static ModelingData regressionData(Path file, Table table, String target, List<String> features) {
        return regressionInputs(file, table, target, features).data();
    }

    /** Modeling data with the categorical encoding its indicator columns came from. */
    record EncodedData(ModelingData data, CategoricalEncoding encoding) {

        /** The bundle reading categorical columns and derived dates as training did. */
        ModelBundle bind(ModelBundle bundle, Table table) {
            return bundle.withInputs(encoding, DerivedColumns.latestDate(table));
        }

        List<String> notes(Table table) {
            List<String> out = new ArrayList<>(table.notes());
            out.addAll(encoding.steps());
            return out;
        }
    }

    static EncodedData regressionInputs(Path file, Table table, String target, List<String> features) {
        String hint = "Choose an existing numeric column as the target";
        double[] y = TableColumns.numeric(file, table, target, hint, Setting.TARGET);
        List<String> chosen;
        if (features == null || features.isEmpty()) {
            chosen = new ArrayList<>(table.numericFeatureColumns().stream().filter(c -> !c.equals(target)).toList());
            CategoricalColumns.defaults(table).stream().filter(c -> !c.equals(target)).forEach(chosen::add);
        } else {
            chosen = features;
        }
        if (chosen.isEmpty()) {
            throw new DataFileException(Reason.COLUMN_WRONG_TYPE, file, 0, null, "there is no numeric column besides '"
                    + target + "' to predict it from", "Add feature columns, or choose them", Setting.FEATURES);
        }
        int[] all = IntStream.range(0, table.rowCount()).toArray();
        EncodedRows rows = EncodedRows.fit(file, table, chosen, all, true,
                "Choose numeric or categorical feature columns");
        if (rows.featureNames().isEmpty()) {
            throw new DataFileException(Reason.NO_VARIATION, file, 0, null, "the feature columns " + chosen
                    + " have no usable values", "Choose other feature columns", Setting.FEATURES);
        }
        return new EncodedData(ModelingData.regression(TableColumns.rowIds(table), rows.featureNames(), rows.x(), y),
                rows.encoding());
    }

    /**
     * The rows of {@code table} that have a segment in {@code labels} (joined by id, or by row number when
     * the segment run had no id column), without outliers; class names are the segment ids in order.
     */
    public static ModelingData classificationData(Path file, Table table, SegmentLabels labels, List<String> notes) {
        return classificationInputs(file, table, labels, notes).data();
    }

    static EncodedData classificationInputs(Path file, Table table, SegmentLabels labels, List<String> notes) {
        Path assignments = labels.dir() == null ? file : labels.dir().resolve(SegmentLabels.ASSIGNMENTS);
        Map<String, Integer> rowOf = rowIndex(file, table, labels);
        List<Integer> rows = new ArrayList<>();
        List<Integer> segments = new ArrayList<>();
        int unmatched = 0;
        int outliers = 0;
        boolean[] seen = new boolean[table.rowCount()];
        for (int i = 0; i < labels.ids().size(); i++) {
            Integer row = rowOf.get(labels.ids().get(i));
            if (row == null || seen[row]) {
                unmatched++;
            } else if (labels.segments()[i] < 0) {
                outliers++;
                seen[row] = true;
            } else {
                seen[row] = true;
                rows.add(row);
                segments.add(labels.segments()[i]);
            }
        }
        if (rows.isEmpty()) {
            throw new DataFileException(Reason.SEGMENTS, assignments, 0, labels.idColumn(), "no assigned customer matches a row of "
                    + file.getFileName(), "Train on the same file the segment run used");
        }
        if (unmatched > 0) {
            notes.add(String.format("%,d assignments have no matching row in %s and were left out", unmatched,
                    file.getFileName()));
        }
        if (outliers > 0) {
            notes.add(String.format("%,d outliers (segment -1) were left out", outliers));
        }
        int unlabelled = table.rowCount() - rows.size() - outliers;
        if (unlabelled > 0) {
            notes.add(String.format("%,d rows of %s have no segment and were left out", unlabelled, file.getFileName()));
        }
        List<Integer> ids = segments.stream().distinct().sorted().toList();
        int[] y = segments.stream().mapToInt(ids::indexOf).toArray();
        int[] rowIndices = rows.stream().mapToInt(Integer::intValue).toArray();
        EncodedRows encoded = EncodedRows.fit(file, table, labels.features(), rowIndices, false,
                "The segments were found on " + labels.features() + "; train on the file the segment run used");
        List<String> allIds = TableColumns.rowIds(table);
        List<String> rowIds = rows.stream().map(allIds::get).toList();
        return new EncodedData(ModelingData.classification(rowIds, encoded.featureNames(), encoded.x(), y,
                ids.stream().map(String::valueOf).toList()), encoded.encoding());
    }

    private static Map<String, Integer> rowIndex(Path file, Table table, SegmentLabels labels) {
        return CustomerRowIndex.of(file, table, labels.byRowNumber() ? "row" : labels.idColumn());
    }

    /** Columns that cannot be features, so excluded[] accounts for every column of the table. */
    private static List<Exclusion> notNumeric(Table table, String target) {
        List<Exclusion> out = new ArrayList<>();
        for (int c = 0; c < table.columnNames().size(); c++) {
            String name = table.columnNames().get(c);
            ColumnType type = table.type(c);
            if (name.equals(target)) {
                continue;
            }
            if (name.equals(table.idColumn())) {
                out.add(new Exclusion(name, "identifier column"));
            } else if (type.isTemporal() && table.notes().stream().anyMatch(n -> n.contains(" from " + name + " to "))) {
                out.add(new Exclusion(name, "date: used as the days from it to the reference date (see notes)"));
            } else if (!type.isNumeric() && !CategoricalColumns.defaults(table).contains(name)) {
                out.add(new Exclusion(name, "not numeric (" + type.label() + ")"));
            }
        }
        return out;
    }
}
