package org.clientele.core.predict;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.clientele.core.features.CategoricalEncoding;
import org.clientele.core.io.Json;
import org.clientele.core.io.OutputFiles;
import org.clientele.core.provenance.Provenance;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.regression.Regressor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A trained model ready to score new customers, saved as a directory: {@code bundle.json} (the fitted
 * transform, features, class and segment names, target scale, distances for out-of-distribution
 * warnings, provenance), {@code model.tribuo} (Tribuo's protobuf format) or the linear formula inside
 * bundle.json, and {@code models.json} (the comparison report). Loading reads only JSON and protobuf,
 * never Java serialization. The model is the one fitted on the training part, i.e. the one the reported
 * test metrics describe.
 */
public final class ModelBundle {

    static final int FORMAT_VERSION = 1;
    static final String MANIFEST = "bundle.json";
    static final String MODEL_FILE = "model.tribuo";
    static final String REPORT = "models.json";

    /** What bundle.json holds. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Manifest(int formatVersion, String task, String target, String modelName, List<String> features,
                    FittedRowTransform transform, String modelFile, LinearFormula linear, TargetScale targetScale,
                    Double clipLow, Double clipHigh, List<String> classNames, List<String> segmentNames, SegmentDistance segmentDistance,
                    Provenance provenance, CategoricalEncoding categorical, java.time.LocalDate derivedAsOf) {

        Manifest with(CategoricalEncoding encoding, java.time.LocalDate asOf) {
            return new Manifest(formatVersion, task, target, modelName, features, transform, modelFile, linear,
                    targetScale, clipLow, clipHigh, classNames, segmentNames, segmentDistance, provenance, encoding,
                    asOf);
        }
    }

    private final Manifest manifest;
    private final Model<?> tribuoModel;
    private final ModelsReport report;
    private final RegressionPipeline regression;
    private final ClassifierPipeline classifier;

    private ModelBundle(Manifest manifest, Model<?> tribuoModel, ModelsReport report) {
        this.manifest = manifest;
        this.tribuoModel = tribuoModel;
        this.report = report;
        if (manifest.task().equals("regression")) {
            FittedRegressor m = manifest.linear() != null ? manifest.linear()
                    : new TribuoRegressor(tribuoModel.castModel(Regressor.class), manifest.transform().outputNames());
            this.regression = new RegressionPipeline(manifest.transform(), m, manifest.targetScale(),
                    manifest.clipLow() == null ? Double.NEGATIVE_INFINITY : manifest.clipLow(),
                    manifest.clipHigh() == null ? Double.POSITIVE_INFINITY : manifest.clipHigh());
            this.classifier = null;
        } else {
            this.classifier = new ClassifierPipeline(manifest.transform(),
                    new TribuoClassifier(tribuoModel.castModel(Label.class), manifest.features(), manifest.classNames()));
            this.regression = null;
        }
    }

    /** The same model with another report (notes, provenance); the model and its transform are unchanged. */
    public ModelBundle withReport(ModelsReport newReport) {
        Manifest m = manifest;
        Manifest updated = new Manifest(m.formatVersion(), m.task(), m.target(), m.modelName(), m.features(),
                m.transform(), m.modelFile(), m.linear(), m.targetScale(), m.clipLow(), m.clipHigh(), m.classNames(),
                m.segmentNames(), m.segmentDistance(), newReport.provenance(), m.categorical(), m.derivedAsOf());
        return new ModelBundle(updated, tribuoModel, newReport);
    }

    /** Whether a bundle can hold this model (Tribuo models and the linear formula). */
    static boolean canSave(FittedRegressor model) {
        FittedRegressor m = model.unwrap();
        return m instanceof TribuoRegressor || m instanceof LinearFormula;
    }

    static ModelBundle regression(ModelsReport report, RegressionPipeline pipeline) {
        FittedRegressor m = pipeline.model().unwrap();
        Model<?> tribuo = m instanceof TribuoRegressor tr ? tr.model() : null;
        LinearFormula linear = m instanceof LinearFormula lf ? lf : null;
        if (tribuo == null && linear == null) {
            throw new IllegalArgumentException("model '" + report.best() + "' cannot be saved: only Tribuo models "
                    + "and the linear formula can");
        }
        Manifest manifest = new Manifest(FORMAT_VERSION, "regression", report.target(), report.best(),
                report.features(), pipeline.transform(), tribuo == null ? null : MODEL_FILE, linear, pipeline.scale(),
                Double.isInfinite(pipeline.low()) ? null : pipeline.low(),
                Double.isInfinite(pipeline.high()) ? null : pipeline.high(), null, null, null, report.provenance(), null, null);
        return new ModelBundle(manifest, tribuo, report);
    }

    static ModelBundle classification(ModelsReport report, ClassifierPipeline pipeline, List<String> segmentNames,
                                      SegmentDistance distance) {
        if (!(pipeline.model() instanceof TribuoClassifier tc)) {
            throw new IllegalArgumentException("model '" + report.best() + "' cannot be saved: only Tribuo models can");
        }
        Manifest manifest = new Manifest(FORMAT_VERSION, "classification", report.target(), report.best(),
                report.features(), pipeline.transform(), MODEL_FILE, null, null, null, null, tc.classNames(), segmentNames,
                distance, report.provenance(), null, null);
        return new ModelBundle(manifest, tc.model(), report);
    }

    /**
     * The same model reading categorical columns through {@code encoding} (its indicator columns are among
     * {@link #features()}), with dates and years of birth derived as of {@code asOf}; either may be null.
     */
    public ModelBundle withInputs(CategoricalEncoding encoding, java.time.LocalDate asOf) {
        return new ModelBundle(manifest.with(encoding == null || encoding.columns().isEmpty() ? null : encoding, asOf),
                tribuoModel, report);
    }

    /**
     * The one-hot encoding of categorical columns fitted on the training rows, or null (no categorical
     * features, or a bundle saved before they existed).
     */
    public CategoricalEncoding categoricalEncoding() {
        return manifest.categorical();
    }

    /** The reference date tenure and age were derived with on the training table, or null. */
    public java.time.LocalDate derivedAsOf() {
        return manifest.derivedAsOf();
    }

    /** Writes the bundle into {@code dir} (created if needed); each file is written atomically. */
    public void save(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (tribuoModel != null) {
            OutputFiles.writeAtomically(dir.resolve(MODEL_FILE), tribuoModel::serializeToStream);
        }
        Json.write(dir.resolve(MANIFEST), manifest);
        Json.write(dir.resolve(REPORT), report);
    }

    /** Reads a bundle written by {@link #save}. */
    public static ModelBundle load(Path dir) {
        Path manifestFile = dir.resolve(MANIFEST);
        if (!Files.isRegularFile(manifestFile)) {
            throw new ModelBundleException(dir, 0, null, "holds no saved model (no " + MANIFEST + ")", null);
        }
        Path reading = manifestFile;
        try {
            Manifest manifest = Json.mapper().readValue(manifestFile.toFile(), Manifest.class);
            if (manifest.formatVersion() > FORMAT_VERSION) {
                throw new ModelBundleException(manifestFile, 0, null, "was written in bundle format "
                        + manifest.formatVersion() + ", newer than this version reads (" + FORMAT_VERSION + ")", null);
            }
            reading = dir.resolve(REPORT);
            ModelsReport report = Json.mapper().readValue(reading.toFile(), ModelsReport.class);
            reading = manifest.modelFile() == null ? null : dir.resolve(manifest.modelFile());
            Model<?> model = reading == null ? null : Model.deserializeFromFile(reading);
            return new ModelBundle(manifest, model, report);
        } catch (IOException e) {
            throw ModelBundleException.reading(reading, e);
        }
    }

    public String task() {
        return manifest.task();
    }

    public String target() {
        return manifest.target();
    }

    public String modelName() {
        return manifest.modelName();
    }

    public List<String> features() {
        return manifest.features();
    }

    /**
     * The columns of a file the model reads: its numeric features as they are, and each one-hot encoded
     * column by its own name instead of its indicators.
     */
    public List<String> inputColumns() {
        CategoricalEncoding encoding = categoricalEncoding();
        List<String> inputs = new ArrayList<>(features());
        if (encoding != null) {
            inputs.removeAll(encoding.indicatorNames());
            inputs.addAll(encoding.columnNames());
        }
        return inputs;
    }

    public List<String> classNames() {
        return manifest.classNames();
    }

    public List<String> segmentNames() {
        return manifest.segmentNames();
    }

    public ModelsReport report() {
        return report;
    }

    /** Regression: predictions in original units for raw rows (features in {@link #features()} order, NaN = missing). */
    public double[] predictValues(double[][] rawRows) {
        requireTask("regression");
        return regression.predict(rawRows);
    }

    /** Classification: segment probabilities (rows × {@link #classNames()}) for raw rows. */
    public double[][] probabilities(double[][] rawRows) {
        requireTask("classification");
        return classifier.probabilities(rawRows);
    }

    /**
     * Classification: for each raw row, whether it is farther from every segment than the training
     * threshold (see {@link SegmentDistance}); all false for a bundle saved without distances.
     */
    public boolean[] outOfDistribution(double[][] rawRows) {
        requireTask("classification");
        boolean[] out = new boolean[rawRows.length];
        SegmentDistance d = manifest.segmentDistance();
        if (d != null) {
            for (int i = 0; i < rawRows.length; i++) {
                out[i] = d.isOutOfDistribution(manifest.transform().apply(rawRows[i]));
            }
        }
        return out;
    }

    /** What the saved transform does to raw rows, one line per step. */
    public List<String> preprocessing() {
        return manifest.transform().steps();
    }

    /** One customer, regression: values by feature name; absent or null values are imputed. */
    public ValuePrediction predictValue(Map<String, Double> values) {
        requireTask("regression");
        List<String> missing = new ArrayList<>();
        double[] raw = row(values, missing);
        double prediction = regression.predict(new double[][]{raw})[0];
        double[] z = manifest.transform().apply(raw);
        Map<String, Double> contributions = new LinkedHashMap<>();
        FittedRegressor m = regression.model().unwrap();
        List<String> inputs = manifest.transform().outputNames();
        if (m instanceof LinearFormula lf) {
            for (int j = 0; j < lf.coefficients().length; j++) {
                contributions.put(inputs.get(j), lf.coefficients()[j] * z[j]);
            }
            contributions.put("(bias)", lf.intercept());
        } else if (tribuoModel != null && XGBoostExplanations.applies(tribuoModel)) {
            contributions.putAll(XGBoostExplanations.contributions(tribuoModel, inputs, z, 0));
        }
        String scale = manifest.targetScale() == TargetScale.LOG1P ? "log1p" : "original";
        return new ValuePrediction(prediction, List.copyOf(missing), contributions, scale);
    }

    /** One customer, classification: values by feature name; absent or null values are imputed. */
    public SegmentPrediction predictSegment(Map<String, Double> values) {
        requireTask("classification");
        List<String> missing = new ArrayList<>();
        double[] raw = row(values, missing);
        double[] p = classifier.probabilities(new double[][]{raw})[0];
        int best = 0;
        for (int c = 1; c < p.length; c++) {
            if (p[c] > p[best]) {
                best = c;
            }
        }
        Map<String, Double> probabilities = new LinkedHashMap<>();
        for (int c = 0; c < p.length; c++) {
            probabilities.put(classNames().get(c), p[c]);
        }
        double[] z = manifest.transform().apply(raw);
        SegmentDistance d = manifest.segmentDistance();
        double distance = d.nearest(z);
        Map<String, Double> contributions = new LinkedHashMap<>();
        if (XGBoostExplanations.applies(tribuoModel)) {
            int outputId = tribuoModel.castModel(Label.class).getOutputIDInfo().getID(new Label(classNames().get(best)));
            contributions.putAll(XGBoostExplanations.contributions(tribuoModel, features(), z, outputId));
        }
        List<String> names = segmentNames() == null ? classNames() : segmentNames();
        return new SegmentPrediction(classNames().get(best), names.get(best), p[best], probabilities,
                distance > d.threshold(), distance, d.threshold(), List.copyOf(missing), contributions);
    }

    private double[] row(Map<String, Double> values, List<String> missing) {
        double[] raw = new double[features().size()];
        for (int j = 0; j < raw.length; j++) {
            Double v = values.get(features().get(j));
            if (v == null || v.isNaN()) {
                raw[j] = Double.NaN;
                missing.add(features().get(j));
            } else {
                raw[j] = v;
            }
        }
        return raw;
    }

    private void requireTask(String task) {
        if (!manifest.task().equals(task)) {
            throw new IllegalStateException("this is a " + manifest.task() + " model, not " + task);
        }
    }
}
