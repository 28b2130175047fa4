package org.clientele.core.segment.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Writes the facts half of a segment description: shares, then a few clauses with numbers about what sets
 * the segment apart ("buy 4.2× as often as average", "typically bought within the last 3 weeks").
 */
final class FactsWriter {

    /** A non-role feature is mentioned beside the value clauses only when it differs at least this much. */
    static final double EXTRA_FEATURE_Z = 0.5;
    static final int MAX_CLAUSES = 3;
    private static final String TYPICAL = " the typical customer";

    /** Spend columns whose share is plainly "of revenue"; any other spend column is named beside it. */
    private static final Set<String> REVENUE_WORDS = Set.of("monetary", "monetary_value", "revenue", "total_revenue",
            "sales", "total_sales", "spend", "total_spend", "spent", "total_spent");

    private final SegmentationProfile profile;
    private final ColumnVocabulary.Cache labels;

    FactsWriter(SegmentationProfile profile) {
        this(profile, new ColumnVocabulary.Cache(ColumnVocabulary.defaults()));
    }

    FactsWriter(SegmentationProfile profile, ColumnVocabulary.Cache labels) {
        this.profile = profile;
        this.labels = labels;
    }

    /** @param valueNamed true when the name came from a value rule: then recency/frequency/spend lead */
    String facts(SegmentProfile seg, boolean valueNamed, double minZ) {
        StringBuilder s = new StringBuilder(Phrases.percent(seg.share())).append(" of customers");
        String revenueColumn = profile.roles().monetary();
        if (!Double.isNaN(seg.revenueShare()) && revenueColumn != null) {
            s.append(", ").append(Phrases.percent(seg.revenueShare())).append(" of revenue");
            if (!REVENUE_WORDS.contains(FeatureRoles.normalise(revenueColumn))) {
                s.append(" (").append(labels.of(revenueColumn).label()).append(')'); // say which column it is
            }
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
                .filter(d -> !labels.of(d.feature()).isCode())
                .findFirst()
                .ifPresent(d -> clauses.add(clause(seg.feature(d.feature()))));
        return clauses;
    }

    private List<String> featureClauses(SegmentProfile seg, double minZ) {
        return seg.distinguishing().stream()
                .filter(d -> Math.abs(d.zDifference()) >= minZ)
                .filter(d -> !labels.of(d.feature()).isCode())
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
        ColumnLabel column = labels.of(f.feature());
        String label = column.label();
        if (column.isShare() && base.min() >= 0 && base.max() <= 1) {
            // the mean of a 0/1 flag is a share of customers ("27% accepted campaign 3"), of a 0..1 share the
            // average customer's share ("97% of purchases in autumn")
            return Phrases.percent(f.mean()) + " " + label + " vs " + Phrases.percent(base.mean()) + " overall";
        }
        if ("percent".equals(column.unit()) && base.min() >= 0 && base.max() <= 1) {
            // a "pct" column holding fractions: 0.25 is 25%
            return "average " + label + " " + Phrases.percent(f.mean()) + " vs " + Phrases.percent(base.mean())
                    + " overall";
        }
        if ("count".equals(column.unit()) && !Double.isNaN(base.mean())) {
            // "2.9 store purchases on average vs 5.8 overall" says what is counted in the order one speaks
            return column.format(f.mean()) + " " + label + " on average vs " + column.formatAgain(base.mean())
                    + " overall";
        }
        if (base.ratioMeaningful() || column.unit() != null && !Double.isNaN(base.mean())) {
            String average = label.startsWith("average ") ? "" : "average "; // not "average average order value"
            return average + label + " " + column.format(f.mean()) + " vs " + column.formatAgain(base.mean())
                    + " overall";
        }
        double z = f.zDifference();
        return Math.abs(z) < 0.05 ? label + " close to average"
                : label + " " + Phrases.number(Math.abs(z)) + " SD " + (z > 0 ? "above" : "below") + " average";
    }

    private static String lessBy(double ratio) {
        return Math.round((1 - ratio) * 100) + "%";
    }
}
