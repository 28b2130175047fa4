package org.clientele.core.segment.profile;

import org.clientele.core.io.Json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The tables segment names and actions come from, kept as data (the default is the JSON resource
 * {@code segment-naming.json}) so they can be read, tested and replaced: value rules on recency /
 * frequency / spend levels, business terms for other features, the words for segments whose recency,
 * frequency and spend are all mid-table ({@code middleName}) or that stand out on nothing ({@code typicalName}:
 * no feature differs from the whole by {@code minEffect} standard deviations or more, 0.3 unless set) or on
 * features no term knows ({@code fallbackAction}, where {@code {feature}} is replaced by what sets the segment
 * apart).
 */
public record NamingRules(List<NamingRule> valueRules, List<FeatureTerm> terms, String middleName,
                          String middleAction, String typicalName, String typicalAction, String fallbackAction,
                          Double minEffect) {

    private static final String DEFAULT_RESOURCE = "segment-naming.json";

    /** A table without its own {@code minEffect}: features must differ by {@link SegmentNamer#MIN_Z} SDs. */
    public NamingRules(List<NamingRule> valueRules, List<FeatureTerm> terms, String middleName, String middleAction,
                       String typicalName, String typicalAction, String fallbackAction) {
        this(valueRules, terms, middleName, middleAction, typicalName, typicalAction, fallbackAction, null);
    }

    public NamingRules {
        minEffect = minEffect == null ? SegmentNamer.MIN_Z : minEffect;
        if (minEffect <= 0) {
            throw new IllegalArgumentException("minEffect must be positive (standard deviations), got " + minEffect);
        }
        valueRules = List.copyOf(valueRules);
        terms = List.copyOf(terms);
        for (int i = 0; i < valueRules.size(); i++) {
            NamingRule r = valueRules.get(i);
            if (r.name() == null || r.name().isBlank() || r.action() == null || r.action().isBlank()) {
                throw new IllegalArgumentException("value rule " + (i + 1) + " needs a name and an action");
            }
        }
    }

    public static NamingRules defaults() {
        try (InputStream in = NamingRules.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            return Json.mapper().readValue(in, NamingRules.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static NamingRules read(Path file) {
        try {
            return Json.mapper().readValue(file.toFile(), NamingRules.class);
        } catch (IOException e) {
            throw new IllegalArgumentException(file.getFileName() + ": not a valid naming table: " + e.getMessage(), e);
        }
    }

    /** The first term for {@code feature}, or null. */
    FeatureTerm termFor(String feature, FeatureRoles roles) {
        return termFor(ColumnVocabulary.defaults().describe(feature), roles);
    }

    /** The first term for a column, or null; code columns (numbers standing for categories) have none. */
    FeatureTerm termFor(ColumnLabel column, FeatureRoles roles) {
        if (column.isCode()) {
            return null;
        }
        return terms.stream().filter(t -> t.appliesTo(column, roles)).findFirst().orElse(null);
    }
}
