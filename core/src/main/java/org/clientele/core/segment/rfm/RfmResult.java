package org.clientele.core.segment.rfm;

import java.util.List;

/** Per-customer scores and per-segment summaries (in rule-table order, empty segments included). */
public record RfmResult(List<RfmScore> customers, List<RfmSegmentSummary> segments) {

    public RfmResult {
        customers = List.copyOf(customers);
        segments = List.copyOf(segments);
    }

    /** Each customer's segment as an index into {@link #segments()}: labels for the segment profiler. */
    public int[] labels() {
        List<String> names = segments.stream().map(RfmSegmentSummary::segment).toList();
        return customers.stream().mapToInt(c -> names.indexOf(c.segment())).toArray();
    }
}
