package org.clientele.core.segment.profile;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Makes names unique: segments that share a name are ordered by the feature that separates them most
 * (preferring one the name does not already speak of) and each gets a comparative qualifier, e.g.
 * "(more recent)" / "(less recent)" or "(lowest spend)" … "(highest spend)".
 */
final class NameDisambiguator {


    private final SegmentationProfile profile;
    private final NamingRules rules;
    private final ColumnVocabulary.Cache labels;

    NameDisambiguator(SegmentationProfile profile, NamingRules rules) {
        this(profile, rules, new ColumnVocabulary.Cache(ColumnVocabulary.defaults()));
    }

    NameDisambiguator(SegmentationProfile profile, NamingRules rules, ColumnVocabulary.Cache labels) {
        this.profile = profile;
        this.rules = rules;
        this.labels = labels;
    }

    void disambiguate(List<SegmentNamer.Candidate> candidates) {
        for (int pass = 0; pass <= profile.features().size() + 1; pass++) {
            Map<String, List<SegmentNamer.Candidate>> clashes = SegmentNamer.clashes(candidates);
            if (clashes.isEmpty()) {
                return;
            }
            for (List<SegmentNamer.Candidate> group : clashes.values()) {
                String feature = separatingFeature(group);
                if (feature == null) {
                    // identical on every feature: fall back to size, which always reads sensibly
                    group.sort((a, b) -> Integer.compare(b.segment.size(), a.segment.size()));
                    for (int i = 0; i < group.size(); i++) {
                        group.get(i).qualifiers.add(i == 0 ? "largest" : Phrases.plural(group.get(i).segment.size(),
                                "customer"));
                    }
                    continue;
                }
                group.sort(SegmentNamer.byMean(feature));
                int[] tiers = tiers(group.size());
                for (int i = 0; i < group.size(); i++) {
                    group.get(i).qualifiers.add(tierWord(feature, tiers[i], group.size()));
                    group.get(i).namedFeatures.add(feature);
                }
            }
        }
    }

    /**
     * The feature whose segment means spread most (in overall SDs). One the names do not already speak of
     * is preferred when it separates the segments at least half as well, since it adds information.
     */
    private String separatingFeature(List<SegmentNamer.Candidate> group) {
        Set<String> used = new HashSet<>();
        group.forEach(c -> used.addAll(c.namedFeatures));
        // a feature with the same words as a named one adds nothing: not "campaign responders (less responsive)"
        Set<FeatureTerm> usedTerms = new HashSet<>();
        used.forEach(f -> {
            FeatureTerm t = rules.termFor(labels.of(f), profile.roles());
            if (t != null) {
                usedTerms.add(t);
            }
        });
        String best = null;
        double bestSpread = 1e-9;
        String bestNew = null;
        double bestNewSpread = 1e-9;
        for (String feature : profile.features()) {
            if (labels.of(feature).isCode()) {
                continue; // "(higher region)" would say nothing
            }
            double spread = spread(group, feature);
            if (spread > bestSpread) {
                bestSpread = spread;
                best = feature;
            }
            if (!used.contains(feature) && !usedTerms.contains(rules.termFor(labels.of(feature), profile.roles()))
                    && spread > bestNewSpread) {
                bestNewSpread = spread;
                bestNew = feature;
            }
        }
        if (bestNew == null) {
            return best;
        }
        // a qualifier in the name's own words reads as a contradiction ("responders (less responsive)"), so
        // any other feature that separates the segments noticeably is taken instead
        boolean bestRepeatsName = usedTerms.contains(rules.termFor(labels.of(best), profile.roles()));
        return bestNewSpread >= 0.5 * bestSpread || bestRepeatsName && bestNewSpread >= rules.minEffect()
                ? bestNew : best;
    }

    private double spread(List<SegmentNamer.Candidate> group, String feature) {
        double std = profile.overall(feature).std();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (SegmentNamer.Candidate c : group) {
            double mean = c.segment.feature(feature).mean();
            if (!Double.isNaN(mean)) {
                lo = Math.min(lo, mean);
                hi = Math.max(hi, mean);
            }
        }
        return std > 0 && hi >= lo ? (hi - lo) / std : 0;
    }

    /** Which of the five tier words (0 = lowest … 4 = highest) each of n ordered segments gets. */
    static int[] tiers(int n) {
        return switch (n) {
            case 2 -> new int[] {1, 3};
            case 3 -> new int[] {0, 2, 4};
            case 4 -> new int[] {0, 1, 3, 4};
            default -> {
                int[] t = new int[n];
                for (int i = 0; i < n; i++) {
                    t[i] = (int) Math.round(4.0 * i / (n - 1));
                }
                yield t; // beyond five, neighbours may share a word; the next pass separates them
            }
        };
    }

    private String tierWord(String feature, int tier, int groupSize) {
        FeatureRoles roles = profile.roles();
        if (feature.equals(roles.recency())) {
            return new String[] {"most recent", "more recent", "mid recency", "less recent", "least recent"}[tier];
        }
        if (feature.equals(roles.frequency())) {
            return new String[] {"least frequent", "less frequent", "mid frequency", "more frequent", "most frequent"}[tier];
        }
        if (feature.equals(roles.monetary())) {
            return new String[] {"lowest spend", "lower spend", "mid spend", "higher spend", "highest spend"}[tier];
        }
        ColumnLabel column = labels.of(feature);
        FeatureTerm term = rules.termFor(column, roles);
        if (groupSize == 2 && term != null && term.higher() != null && term.lower() != null) {
            // segments are ordered by the column's values: a later birth year is the younger segment
            return term.comparative((tier == 3) != column.inverse(), column);
        }
        String label = stem(term, column);
        return new String[] {"lowest ", "lower ", "mid ", "higher ", "highest "}[tier] + label;
    }

    /** What "higher …" compares: "income" from a term's "higher income", else the column's label. */
    private static String stem(FeatureTerm term, ColumnLabel column) {
        String higher = term == null ? null : term.comparative(true, column);
        if (higher != null && higher.matches("(higher|more) \\S.*") && !column.inverse()) {
            return higher.substring(higher.indexOf(' ') + 1);
        }
        return column.noun();
    }
}
