package org.clientele.core.analysis;

import org.clientele.core.Setting;
import org.clientele.core.UnusableDataException;
import org.clientele.core.UserInputException.Reason;
import org.clientele.core.data.DataFileException;
import org.clientele.core.data.Table;
import org.clientele.core.features.CategoricalEncoding;
import org.clientele.core.features.CategoricalLevels;
import org.clientele.core.features.FeatureInput;
import org.clientele.core.neural.AutoencoderEmbedding;
import org.clientele.core.segment.profile.CategoricalInput;
import org.clientele.core.segment.SegmentOptions;
import org.clientele.core.segment.SegmentationResult;
import org.clientele.core.segment.Segmenter;
import org.clientele.core.segment.profile.ColumnVocabulary;
import org.clientele.core.segment.profile.FeatureRoles;
import org.clientele.core.segment.profile.NamingRules;
import org.clientele.core.segment.profile.ProfileInput;
import org.clientele.core.segment.profile.SegmentEntries;
import org.clientele.core.segment.profile.SegmentExplanation;
import org.clientele.core.segment.profile.SegmentNamer;
import org.clientele.core.segment.profile.SegmentProfiler;
import org.clientele.core.segment.profile.SegmentationProfile;
import org.clientele.core.segment.rfm.RfmResult;
import org.clientele.core.segment.rfm.RfmRuleTable;
import org.clientele.core.segment.rfm.RfmScorer;
import org.clientele.core.task.Progress;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Segments a customer table end to end: clusters on the chosen features, profiles and names the
 * segments in original units, and adds named RFM segments when the table has recency, frequency and
 * monetary columns.
 */
public final class SegmentationRun {

    private SegmentationRun() {
    }

    /** @param file where the table came from, named in error messages */
    public static SegmentationReport run(Path file, Table table, SegmentOptions options, Progress progress) {
        return run(file, table, options, RfmRuleTable.defaults(), progress);
    }

    /** @param rfmRules the rule table that names RFM segments (the customary one is {@link RfmRuleTable#defaults()}) */
    public static SegmentationReport run(Path file, Table table, SegmentOptions options, RfmRuleTable rfmRules,
                                         Progress progress) {
        return run(file, table, options, rfmRules, ColumnVocabulary.defaults(), progress);
    }

    /**
     * @param vocabulary how column headers read in segment names and sentences, and which column holds
     *                   spend, recency or frequency where the names alone do not say
     */
    public static SegmentationReport run(Path file, Table table, SegmentOptions options, RfmRuleTable rfmRules,
                                         ColumnVocabulary vocabulary, Progress progress) {
        return run(file, table, options, rfmRules, vocabulary, EmbeddingChoice.NONE, IN_PROCESS, progress);
    }

    /**
     * @param embedding the space to cluster in: the standardized features, or an autoencoder's bottleneck
     *                  (the report then carries the autoencoder, its reconstruction errors and anomaly flags)
     */
    public static SegmentationReport run(Path file, Table table, SegmentOptions options, RfmRuleTable rfmRules,
                                         ColumnVocabulary vocabulary, EmbeddingChoice embedding, Progress progress) {
        return run(file, table, options, rfmRules, vocabulary, embedding, IN_PROCESS, progress);
    }

    /**
     * Clusters the prepared feature columns: the in-process {@link Segmenter}, or another engine's (the Spark
     * module fits k-means with MLlib) that returns the same result. Everything around it (choosing and
     * encoding columns, profiles, names, RFM) stays here, so every engine describes segments the same way.
     */
    @FunctionalInterface
    public interface Clustering {
        SegmentationResult run(FeatureInput input, SegmentOptions options, CategoricalEncoding oneHot,
                               Progress progress);
    }

    /** This process's own clustering. */
    public static final Clustering IN_PROCESS = Segmenter::run;

    /** As the other overloads, with the clustering done by {@code clustering}. */
    public static SegmentationReport run(Path file, Table table, SegmentOptions options, RfmRuleTable rfmRules,
                                         ColumnVocabulary vocabulary, Clustering clustering, Progress progress) {
        return run(file, table, options, rfmRules, vocabulary, EmbeddingChoice.NONE, clustering, progress);
    }

    /**
     * @param embedding  the space to cluster in; another engine than this process's clusters the standardized
     *                   features only
     * @param clustering this process's {@link #IN_PROCESS} or another engine's
     */
    public static SegmentationReport run(Path file, Table table, SegmentOptions options, RfmRuleTable rfmRules,
                                         ColumnVocabulary vocabulary, EmbeddingChoice embedding, Clustering clustering,
                                         Progress progress) {
        if (clustering != IN_PROCESS && !embedding.equals(EmbeddingChoice.NONE)) {
            throw new UnusableDataException(Reason.OPTION_OUT_OF_RANGE, "this engine clusters the standardized"
                    + " features only, not an embedding (" + embedding.method() + ")",
                    "Segment with the in-process engine to use an embedding");
        }
        List<String> requested = new ArrayList<>();
        List<String> leftOutNotes = List.of();
        if (options.features() == null || options.features().isEmpty()) {
            requested.addAll(defaultFeatures(table));
            leftOutNotes = MostlyMissingColumns.notes(table, featureColumns(table));
        } else {
            requested.addAll(CategoricalColumns.sourceColumns(table, options.features()));
        }
        if (requested.isEmpty()) {
            throw new DataFileException(Reason.COLUMN_WRONG_TYPE, file, 0, null, leftOutNotes.isEmpty()
                    ? "the table has no numeric or categorical feature columns to segment on"
                    : "every numeric or categorical column is missing for most customers",
                    "Check the file's column types, or choose numeric or categorical feature columns", Setting.FEATURES);
        }
        List<String> numeric = requested.stream().filter(n -> !CategoricalColumns.isCategorical(table, n)).toList();
        List<String> categorical = requested.stream().filter(n -> CategoricalColumns.isCategorical(table, n)).toList();
        CategoricalEncoding oneHot = CategoricalColumns.fit(table, categorical, false);
        List<String> features = new ArrayList<>(numeric);
        features.addAll(oneHot.indicatorNames());
        if (features.isEmpty()) {
            throw new DataFileException(Reason.NO_VARIATION, file, 0, null, "the categorical columns " + categorical
                    + " have a single level each", "Choose other feature columns", Setting.FEATURES);
        }
        SegmentationLimits.check(file, table, features, options);
        List<String> ids = rowIds(table);
        FeatureInput clusterInput = withIndicators(input(file, table, ids, numeric), table, oneHot);
        SegmentationResult result;
        AtomicReference<AutoencoderEmbedding> autoencoder = new AtomicReference<>();
        try {
            result = clustering == IN_PROCESS
                    ? Segmenter.run(clusterInput, options.withFeatures(features), oneHot.columns().isEmpty() ? null : oneHot,
                            embedding.embedding(options.seed(), autoencoder::set), progress.slice(0, 0.9))
                    : clustering.run(clusterInput, options.withFeatures(features),
                            oneHot.columns().isEmpty() ? null : oneHot, progress.slice(0, 0.9));
        } catch (UnusableDataException e) {
            throw DataFileException.in(file, e);
        } catch (IllegalArgumentException e) {
            // Any other precondition an algorithm states is also about this table and these choices, not a crash.
            throw new DataFileException(Reason.CANNOT_FIT, file, 0, null, "segmentation cannot use this table ("
                    + e.getMessage() + ")", "Check the feature columns and the number of segments", e,
                    Setting.FEATURES, Setting.K);
        }
        List<String> notes = new ArrayList<>(table.notes());
        notes.addAll(table.warnings());
        notes.addAll(leftOutNotes);
        for (CategoricalLevels c : oneHot.columns()) {
            notes.add("categorical " + c.describe() + ": one-hot with weight");
        }
        result = result.withNotes(notes);
        progress.checkCancelled();
        progress.update(0.9, "Describing the segments");

        // Profile on the clustering features plus any spend/recency/frequency column, so descriptions can
        // speak of revenue and activity even when those were not clustered on.
        Set<String> profiled = new LinkedHashSet<>(numeric);
        FeatureRoles allRoles = vocabulary.roles(table.numericFeatureColumns())
                .withoutConstant(name -> column(file, table, name));
        for (String role : new String[] {allRoles.monetary(), allRoles.recency(), allRoles.frequency()}) {
            if (role != null) {
                profiled.add(role);
            }
        }
        List<String> profileNames = new ArrayList<>(profiled);
        FeatureInput profileInput = input(file, table, ids, profileNames);
        // Every categorical column is described by its composition, clustered on or not.
        List<String> described = new ArrayList<>(categorical);
        CategoricalColumns.all(table).stream().filter(c -> !described.contains(c)).forEach(described::add);
        CategoricalInput composition = CategoricalColumns.profileInput(table,
                CategoricalColumns.fit(table, described, false));
        SegmentationProfile profile = SegmentProfiler.profile(new ProfileInput(profileNames, profileInput.columns(),
                result.labels(), vocabulary.roles(profileNames).withoutConstant(name -> column(file, table, name)),
                table.rowCount()), composition);
        List<SegmentExplanation> explanations = new SegmentNamer(NamingRules.defaults(), vocabulary).explain(profile);

        RfmResult rfm = null;
        if (allRoles.monetary() != null && allRoles.recency() != null && allRoles.frequency() != null) {
            rfm = RfmScorer.score(ids, column(file, table, allRoles.recency()), column(file, table, allRoles.frequency()),
                    column(file, table, allRoles.monetary()), rfmRules);
        }
        progress.update(1, "Segmented " + table.rowCount() + " customers into " + result.k() + " segments");
        return new SegmentationReport(result, profile, explanations, SegmentEntries.of(profile, explanations), rfm,
                rfm == null ? null : rfmRules, ids, table.idColumn(), oneHot.columns().isEmpty() ? null : oneHot,
                autoencoder.get());
    }

    /** The columns a segmentation can use: numeric ones, then categorical ones (one-hot with weight). */
    public static List<String> featureColumns(Table table) {
        List<String> out = new ArrayList<>(table.numericFeatureColumns());
        out.addAll(CategoricalColumns.all(table));
        return out;
    }

    /**
     * The features used when none are named: numeric columns and categorical ones (not a log's main country),
     * without columns most customers have no value in.
     */
    public static List<String> defaultFeatures(Table table) {
        List<String> out = new ArrayList<>(table.numericFeatureColumns());
        out.addAll(CategoricalColumns.defaults(table));
        out.removeIf(n -> MostlyMissingColumns.isMostlyMissing(table, n));
        return out;
    }

    /** The numeric columns among {@link #defaultFeatures}: numeric, not the id, not missing for most customers. */
    public static List<String> defaultNumericFeatures(Table table) {
        List<String> out = new ArrayList<>(table.numericFeatureColumns());
        out.removeIf(n -> MostlyMissingColumns.isMostlyMissing(table, n));
        return out;
    }

    /**
     * The same segmentation with its RFM segments named by another rule table (the scores do not change,
     * only which rule names each R × FM cell); unchanged when the table has no RFM columns.
     */
    public static SegmentationReport withRfmRules(Path file, Table table, SegmentationReport report, RfmRuleTable rules) {
        FeatureRoles roles = FeatureRoles.detect(table.numericFeatureColumns());
        if (report.rfm() == null || roles.monetary() == null || roles.recency() == null || roles.frequency() == null) {
            return report;
        }
        RfmResult rfm = RfmScorer.score(report.rowIds(), column(file, table, roles.recency()),
                column(file, table, roles.frequency()), column(file, table, roles.monetary()), rules);
        return new SegmentationReport(report.result(), report.profile(), report.explanations(), report.segments(), rfm,
                rules, report.rowIds(), report.idColumn(), report.oneHot(), report.autoencoder());
    }

    private static List<String> rowIds(Table table) {
        List<String> ids = new ArrayList<>(table.rowCount());
        int idCol = table.idColumn() == null ? -1 : table.columnIndex(table.idColumn());
        for (int r = 0; r < table.rowCount(); r++) {
            String id = idCol < 0 ? null : table.text(r, idCol);
            ids.add(id == null ? Integer.toString(r + 1) : id);
        }
        return ids;
    }

    private static FeatureInput input(Path file, Table table, List<String> ids, List<String> names) {
        double[][] columns = new double[names.size()][];
        for (int f = 0; f < names.size(); f++) {
            columns[f] = column(file, table, names.get(f));
        }
        return new FeatureInput(ids, table.idColumn(), names, columns);
    }

    /** The input with the 0/1 indicator columns of {@code oneHot} appended. */
    private static FeatureInput withIndicators(FeatureInput numeric, Table table, CategoricalEncoding oneHot) {
        if (oneHot.columns().isEmpty()) {
            return numeric;
        }
        double[][] indicators = oneHot.indicators(CategoricalColumns.values(table, oneHot.columnNames()),
                table.rowCount());
        List<String> names = new ArrayList<>(numeric.names());
        names.addAll(oneHot.indicatorNames());
        double[][] columns = new double[names.size()][];
        System.arraycopy(numeric.columns(), 0, columns, 0, numeric.columns().length);
        System.arraycopy(indicators, 0, columns, numeric.columns().length, indicators.length);
        return new FeatureInput(numeric.rowIds(), numeric.idColumn(), names, columns);
    }

    private static double[] column(Path file, Table table, String name) {
        int col = TableColumns.require(file, table, name, "Choose feature columns among them", Setting.FEATURES);
        if (!table.type(col).isNumeric()) {
            throw new DataFileException(Reason.COLUMN_WRONG_TYPE, file, 0, name, "column '" + name + "' is "
                    + table.type(col).label() + ", not numeric",
                    "Segment on numeric columns only (the profile shows each column's type)", Setting.FEATURES);
        }
        return table.numericColumn(col);
    }
}
