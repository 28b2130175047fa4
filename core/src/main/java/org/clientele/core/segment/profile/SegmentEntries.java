package org.clientele.core.segment.profile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the contract's {@code segments[]} entries from a profile and its explanations. */
public final class SegmentEntries {

    /** How many distinguishing features an entry lists. */
    public static final int DISTINGUISHING = 3;

    private SegmentEntries() {
    }

    /** Per categorical column, each level's share of the segment, in the column's level order. */
    static Map<String, Map<String, Double>> composition(SegmentProfile seg) {
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        for (Composition c : seg.composition()) {
            Map<String, Double> shares = new LinkedHashMap<>();
            for (LevelShare l : c.levels()) {
                shares.put(l.level(), l.share());
            }
            out.put(c.feature(), shares);
        }
        return out;
    }

    /** One entry per profiled segment, in segment order; explanations are matched by segment id. */
    public static List<SegmentEntry> of(SegmentationProfile profile, List<SegmentExplanation> explanations) {
        List<SegmentEntry> entries = new ArrayList<>();
        for (SegmentProfile seg : profile.segments()) {
            SegmentExplanation e = explanations.stream().filter(x -> x.id() == seg.id()).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no explanation for segment " + seg.id()));
            Map<String, Double> means = new LinkedHashMap<>();
            Map<String, Double> medians = new LinkedHashMap<>();
            for (FeatureSummary f : seg.features()) {
                means.put(f.feature(), f.mean());
                medians.put(f.feature(), f.median());
            }
            entries.add(new SegmentEntry(seg.id(), e.label().displayName(), seg.size(), seg.share(), means,
                    e.description(), e.action(), e.label().generatedName(), e.label().customName(),
                    seg.revenueShare(), medians,
                    seg.distinguishing().subList(0, Math.min(DISTINGUISHING, seg.distinguishing().size())),
                    composition(seg)));
        }
        return entries;
    }
}
