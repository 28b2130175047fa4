package org.clientele.core.segment.profile;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes the facts half of a segment description: shares, then a few clauses with numbers about what sets
 * the segment apart ("buy 4.2× as often as average", "typically bought within the last 3 weeks").
 */
final class FactsWriter {

    /** A non-role feature is mentioned beside the value clauses only when it differs at least this much. */
    static final double EXTRA_FEATURE_Z = 0.5;
    static final int MAX_CLAUSES = 3;
    private static final String TYPICAL = " the typical customer";

    private final SegmentationProfile profile;

    FactsWriter(SegmentationProfile profile) {
        this.profile = profile;
    }

    /** @param valueNamed true when the name came from a value rule: then recency/frequency/spend lead */
    String facts(SegmentProfile seg, boolean valueNamed, double minZ) {
        StringBuilder s = new StringBuilder(Phrases.percent(seg.share())).append(" of customers");
        if (!Double.isNaN(seg.revenueShare())) {
            s.append(", ").append(Phrases.percent(seg.revenueShare())).append(" of revenue");
        }
        List<String> clauses = valueNamed ? valueClauses(seg) : featureClauses(seg, minZ);
        s.append(clauses.isEmpty() ? "; close to average on every feature" : "; " + Phrases.join(clauses));
        return s.append('.').toString();
    }

    private List<String> valueClauses(SegmentProfile seg) {
        FeatureRoles roles = profile.roles();
        List<String> clauses = new ArrayList<>();
        if (roles.frequency() != null) {
            clauses.add(clause(seg.feature(roles.frequency())));
        }
        if (roles.monetary() != null) {
            String spend = clause(seg.feature(roles.monetary()));
            // "buy 4.2× as often as the typical customer, spend 3.1× as much": name the reference once
            if (!clauses.isEmpty() && clauses.get(0).endsWith(TYPICAL) && spend.endsWith(TYPICAL)) {
                spend = spend.substring(0, spend.length() - TYPICAL.length())
                        .replace(" as much as", " as much").replace(" less than", " less")
                        .replace("about as much", "about the same");
            }
            clauses.add(spend);
        }
        if (roles.recency() != null) {
            clauses.add(clause(seg.feature(roles.recency())));
        }
        seg.distinguishing().stream()
                .filter(d -> !roles.hasRole(d.feature()) && Math.abs(d.zDifference()) >= EXTRA_FEATURE_Z)
                .findFirst()
                .ifPresent(d -> clauses.add(clause(seg.feature(d.feature()))));
        return clauses;
    }

    private List<String> featureClauses(SegmentProfile seg, double minZ) {
        return seg.distinguishing().stream()
                .filter(d -> Math.abs(d.zDifference()) >= minZ)
                .limit(MAX_CLAUSES)
                .map(d -> clause(seg.feature(d.feature())))
                .toList();
    }

    String clause(FeatureSummary f) {
        FeatureRoles roles = profile.roles();
        FeatureOverall base = profile.overall(f.feature());
        if (f.feature().equals(roles.recency()) && !Double.isNaN(f.median())) {
            // the median, said plainly: half the segment is on each side of it
            return f.level() == Level.LOW
                    ? "half bought within the last " + Phrases.within(f.median())
                    : "half have not bought for " + Phrases.span(f.median());
        }
        // Spend and purchase counts are skewed (a few very large customers lift the mean), so they are
        // compared median to median, the same measure that sets the segment's level and name.
        double typical = base.ratioMeaningful() && base.median() > 0 ? f.median() / base.median() : Double.NaN;
        if (f.feature().equals(roles.frequency()) && !Double.isNaN(typical)) {
            if (f.median() <= 1 && base.median() > 1) {
                return "most bought only once";
            }
            return typical >= 1.1 ? "buy " + Phrases.times(typical) + " as often as" + TYPICAL
                    : typical <= 0.9 ? "buy " + lessBy(typical) + " less often than" + TYPICAL
                    : "buy about as often as" + TYPICAL;
        }
        if (f.feature().equals(roles.monetary()) && !Double.isNaN(typical)) {
            return typical >= 1.1 ? "spend " + Phrases.times(typical) + " as much as" + TYPICAL
                    : typical <= 0.9 ? "spend " + lessBy(typical) + " less than" + TYPICAL
                    : "spend about as much as" + TYPICAL;
        }
        String label = Phrases.label(f.feature());
        if (base.ratioMeaningful()) {
            return "average " + label + " " + Phrases.amount(f.mean()) + " vs " + Phrases.amount(base.mean()) + " overall";
        }
        double z = f.zDifference();
        return Math.abs(z) < 0.05 ? label + " close to average"
                : label + " " + Phrases.number(Math.abs(z)) + " SD " + (z > 0 ? "above" : "below") + " average";
    }

    private static String lessBy(double ratio) {
        return Math.round((1 - ratio) * 100) + "%";
    }
}
