package org.clientele.core.roi;

import java.util.List;

/**
 * The selection of segments that earns the most net profit without spending more than the budget.
 *
 * @param segments ids of the chosen segments, in id order; empty when no segment pays for itself
 */
public record BudgetPlan(double budget, List<Integer> segments, double cost, double netProfit, String explanation) {

    public BudgetPlan {
        segments = List.copyOf(segments);
    }
}
