package org.clientele.core.segment.rfm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores a customer table by recency, frequency and monetary quintiles (see {@link QuintileScores}) and
 * names each customer's segment from an {@link RfmRuleTable}.
 */
public final class RfmScorer {

    private RfmScorer() {
    }

    /**
     * @param recencyDays days since the last purchase (fewer = better), one per customer
     * @param frequency   distinct purchases or invoices
     * @param monetary    total spend
     */
    public static RfmResult score(List<String> customerIds, double[] recencyDays, double[] frequency,
                                  double[] monetary, RfmRuleTable rules) {
        int n = customerIds.size();
        if (recencyDays.length != n || frequency.length != n || monetary.length != n) {
            throw new IllegalArgumentException("need one recency, frequency and monetary value per customer ("
                    + n + "), got " + recencyDays.length + ", " + frequency.length + ", " + monetary.length);
        }
        int[] r = QuintileScores.score(recencyDays, false);
        int[] f = QuintileScores.score(frequency, true);
        int[] m = QuintileScores.score(monetary, true);

        List<RfmScore> customers = new ArrayList<>(n);
        Map<String, Accumulator> bySegment = new LinkedHashMap<>();
        for (String name : rules.segmentNames()) {
            bySegment.put(name, new Accumulator());
        }
        double revenue = 0;
        for (int i = 0; i < n; i++) {
            int fm = RfmScore.fmOf(f[i], m[i]);
            RfmSegmentRule rule = rules.ruleFor(r[i], fm);
            customers.add(new RfmScore(customerIds.get(i), r[i], f[i], m[i], fm, "" + r[i] + f[i] + m[i],
                    rule.segment()));
            bySegment.get(rule.segment()).add(recencyDays[i], frequency[i], monetary[i]);
            revenue += monetary[i];
        }

        List<RfmSegmentSummary> segments = new ArrayList<>();
        for (String name : rules.segmentNames()) {
            Accumulator a = bySegment.get(name);
            // description and action come from the segment's first rule, as the table lists it
            RfmSegmentRule first = rules.rules().stream().filter(x -> x.segment().equals(name)).findFirst().orElseThrow();
            segments.add(new RfmSegmentSummary(name, a.count, n == 0 ? Double.NaN : (double) a.count / n,
                    revenue > 0 ? a.monetary / revenue : Double.NaN, a.mean(a.recency), a.mean(a.frequency),
                    a.mean(a.monetary), first.description(), first.action()));
        }
        return new RfmResult(customers, segments);
    }

    private static final class Accumulator {
        int count;
        double recency;
        double frequency;
        double monetary;

        void add(double r, double f, double m) {
            count++;
            recency += r;
            frequency += f;
            monetary += m;
        }

        double mean(double sum) {
            return count == 0 ? Double.NaN : sum / count;
        }
    }
}
