package org.clientele.core.roi;

import java.util.List;

/**
 * How to spend a budget: the segments to contact in full and, when money is left, part of one more.
 *
 * @param segments        ids of the segments contacted in full, in id order
 * @param partialSegment  id of the segment contacted in part, or null
 * @param partialContacts how many of its customers the rest of the budget reaches (0 when none)
 * @param cost            total spend including the fixed cost (0 when nobody is contacted)
 * @param netProfit       expected incremental profit minus all costs
 */
public record BudgetPlan(double budget, List<Integer> segments, Integer partialSegment, int partialContacts,
                         double cost, double netProfit, String explanation) {

    public BudgetPlan {
        segments = List.copyOf(segments);
    }
}
