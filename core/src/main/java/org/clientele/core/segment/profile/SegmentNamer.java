package org.clientele.core.segment.profile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names each segment of a profile in business words, writes a one-sentence description with numbers and
 * picks an action, all from a {@link NamingRules} table. Segments where at least two of recency / frequency /
 * spend are known and not all middling take the first matching value rule ("High-value loyal buyers"); others are
 * named from the features that set them apart ({@link FeatureNamer}: "Affluent big spenders", "Older
 * customers", "High feature_2, low feature_0"), in the words of a {@link ColumnVocabulary}.
 * Names are unique within the segmentation: clashes gain a qualifier from the feature that separates
 * the clashing segments most ("Lapsed low spenders (more recent)").
 */
public final class SegmentNamer {

    /**
     * A feature must differ from the whole by this many standard deviations to name a segment, unless the
     * naming table sets its own {@code minEffect}; below it on every feature a segment is "Typical customers".
     */
    public static final double MIN_Z = 0.3;

    private final NamingRules rules;
    private final ColumnVocabulary vocabulary;

    public SegmentNamer(NamingRules rules) {
        this(rules, ColumnVocabulary.defaults());
    }

    /** @param vocabulary how column headers read in names and sentences */
    public SegmentNamer(NamingRules rules, ColumnVocabulary vocabulary) {
        this.rules = rules;
        this.vocabulary = vocabulary;
    }

    public static SegmentNamer withDefaults() {
        return new SegmentNamer(NamingRules.defaults());
    }

    public List<SegmentExplanation> explain(SegmentationProfile profile) {
        ColumnVocabulary.Cache labels = new ColumnVocabulary.Cache(vocabulary);
        List<Candidate> candidates = new ArrayList<>();
        for (SegmentProfile seg : profile.segments()) {
            candidates.add(name(seg, profile.roles(), labels));
        }
        new NameDisambiguator(profile, rules, labels).disambiguate(candidates);
        FactsWriter facts = new FactsWriter(profile, labels);
        return candidates.stream().map(c -> new SegmentExplanation(c.segment.id(),
                new SegmentLabel(c.segment.id(), c.fullName(), null),
                facts.facts(c.segment, c.valueNamed, rules.minEffect()), c.action, c.basis)).toList();
    }

    /** Explanations with the user's names applied (segment id -> custom name); generated names are kept. */
    public List<SegmentExplanation> explain(SegmentationProfile profile, Map<Integer, String> customNames) {
        return explain(profile).stream().map(e -> e.withCustomName(customNames.get(e.id()))).toList();
    }

    private Candidate name(SegmentProfile seg, FeatureRoles roles, ColumnVocabulary.Cache labels) {
        Level r = level(seg, roles.recency());
        Level f = level(seg, roles.frequency());
        Level m = level(seg, roles.monetary());
        // Value rules speak of recency, frequency and spend together; with only one of them known ("spend" in a
        // table of demographics) the segment is better named from its two strongest features, spend among them.
        int known = (r != null ? 1 : 0) + (f != null ? 1 : 0) + (m != null ? 1 : 0);
        boolean valueRoles = known >= 2;
        boolean allMid = (r == null || r == Level.MID) && (f == null || f == Level.MID) && (m == null || m == Level.MID);
        if (valueRoles && !allMid) {
            for (NamingRule rule : rules.valueRules()) {
                if (rule.matches(r, f, m)) {
                    Set<String> named = new LinkedHashSet<>();
                    addIfNamed(named, roles.recency(), rule.recency());
                    addIfNamed(named, roles.frequency(), rule.frequency());
                    addIfNamed(named, roles.monetary(), rule.monetary());
                    String basis = "value rule '" + rule.name() + "': recency " + show(r) + ", frequency " + show(f)
                            + ", spend " + show(m);
                    return new Candidate(seg, rule.name(), rule.action(), basis, named, true);
                }
            }
        }
        return nameFromFeatures(seg, roles, valueRoles, labels);
    }

    private Candidate nameFromFeatures(SegmentProfile seg, FeatureRoles roles, boolean valueRoles,
                                       ColumnVocabulary.Cache labels) {
        // a role whose median sits mid-table is middling, whatever a skewed mean says; numbers that stand for
        // categories (region 1, 2, 3) have no "high" or "low" to name
        List<Distinction> strong = seg.distinguishing().stream()
                .filter(d -> Math.abs(d.zDifference()) >= rules.minEffect())
                .filter(d -> !roles.hasRole(d.feature()) || seg.feature(d.feature()).level() != Level.MID)
                .filter(d -> !labels.of(d.feature()).isCode())
                .toList();
        if (strong.isEmpty() && valueRoles) {
            return new Candidate(seg, rules.middleName(), rules.middleAction(),
                    "recency, frequency and spend all mid-table", new LinkedHashSet<>(), true);
        }
        if (strong.isEmpty()) {
            return new Candidate(seg, rules.typicalName(), rules.typicalAction(),
                    "no feature differs from the whole by " + rules.minEffect() + " SD or more", new LinkedHashSet<>(), false);
        }
        FeatureNamer.Named named = new FeatureNamer(rules, roles, labels).name(strong);
        return new Candidate(seg, named.name(), named.action(), named.basis(), named.features(), false);
    }

    private static Level level(SegmentProfile seg, String feature) {
        if (feature == null) {
            return null;
        }
        FeatureSummary s = seg.feature(feature);
        Level level = s == null ? Level.ANY : s.level();
        return level == Level.ANY ? null : level; // no values: treat as an absent role
    }

    private static void addIfNamed(Set<String> named, String feature, Level condition) {
        if (feature != null && condition != null && condition != Level.ANY) {
            named.add(feature);
        }
    }

    private static String show(Level level) {
        return level == null ? "unknown" : level.name().toLowerCase();
    }

    /** A name in the making; qualifiers are added while resolving clashes. */
    static final class Candidate {
        final SegmentProfile segment;
        final String baseName;
        final String action;
        final String basis;
        final Set<String> namedFeatures;
        final boolean valueNamed;
        final List<String> qualifiers = new ArrayList<>();

        Candidate(SegmentProfile segment, String baseName, String action, String basis, Set<String> namedFeatures,
                  boolean valueNamed) {
            this.segment = segment;
            this.baseName = baseName;
            this.action = action;
            this.basis = basis;
            this.namedFeatures = namedFeatures;
            this.valueNamed = valueNamed;
        }

        String fullName() {
            return qualifiers.isEmpty() ? baseName : baseName + " (" + String.join(", ", qualifiers) + ")";
        }
    }

    static Map<String, List<Candidate>> clashes(List<Candidate> candidates) {
        Map<String, List<Candidate>> byName = new LinkedHashMap<>();
        candidates.forEach(c -> byName.computeIfAbsent(c.fullName(), k -> new ArrayList<>()).add(c));
        byName.values().removeIf(list -> list.size() < 2);
        return byName;
    }

    static Comparator<Candidate> byMean(String feature) {
        return Comparator.comparingDouble(c -> {
            FeatureSummary s = c.segment.feature(feature);
            return s == null || Double.isNaN(s.mean()) ? Double.NEGATIVE_INFINITY : s.mean();
        });
    }
}
