package org.clientele.core.roi;

import java.util.List;

/**
 * A campaign scenario's outcome per segment, for all segments together (including the fixed cost), and
 * the best selection under the budget when one was given (null otherwise).
 */
public record RoiResult(CampaignSettings settings, List<SegmentOutcome> segments, SegmentOutcome total,
                        BudgetPlan budgetPlan, List<String> notes) {

    public RoiResult {
        segments = List.copyOf(segments);
        notes = List.copyOf(notes);
    }
}
