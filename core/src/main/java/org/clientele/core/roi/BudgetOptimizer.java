package org.clientele.core.roi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Spends a budget where it earns most. Every customer of a segment costs and earns the same, so the best
 * plan fills the budget with the segments of highest return per unit of cost, whole while they fit, then
 * as many customers of the next one as the rest pays for (the greedy solution is optimal for such a
 * divisible choice: Dantzig, "Discrete-variable extremum problems", 1957). Loss-making segments are never
 * contacted, and nobody is when the fixed cost would eat the profit.
 */
final class BudgetOptimizer {

    private BudgetOptimizer() {
    }

    static BudgetPlan best(List<SegmentOutcome> outcomes, CampaignSettings settings) {
        double budget = settings.budget();
        double left = budget - settings.fixedCost();
        List<SegmentOutcome> candidates = outcomes.stream().filter(SegmentOutcome::profitable)
                .sorted(Comparator.comparingDouble(BudgetOptimizer::returnPerCost).reversed()).toList();
        List<SegmentOutcome> whole = new ArrayList<>();
        SegmentOutcome partial = null;
        int partialContacts = 0;
        double cost = 0;
        double net = 0;
        for (SegmentOutcome o : candidates) {
            if (left <= 0) {
                break;
            }
            if (o.cost() <= left + 1e-9) {
                whole.add(o);
                cost += o.cost();
                net += o.netProfit();
                left -= o.cost();
            } else {
                partialContacts = (int) Math.floor(left / settings.costPerContact() + 1e-9);
                if (partialContacts > 0) {
                    partial = o;
                    double share = partialContacts / (double) o.contacted();
                    cost += o.cost() * share;
                    net += o.netProfit() * share;
                }
                break;
            }
        }
        net -= settings.fixedCost();
        if ((whole.isEmpty() && partial == null) || net <= 0) {
            String why = candidates.isEmpty() ? "no segment earns more than it costs at these settings"
                    : left <= 0 ? "the fixed cost of " + money(settings.fixedCost()) + " takes the whole budget"
                    : "the fixed cost of " + money(settings.fixedCost()) + " is more than the customers the budget "
                    + "reaches would earn";
            return new BudgetPlan(budget, List.of(), null, 0, 0, 0, "Contact nobody: " + why + ".");
        }
        List<String> parts = new ArrayList<>(whole.stream().map(SegmentOutcome::name).toList());
        if (partial != null) {
            parts.add(String.format(Locale.ROOT, "%,d of the %,d customers of %s", partialContacts, partial.contacted(),
                    partial.name()));
        }
        double spent = cost + settings.fixedCost();
        return new BudgetPlan(budget, whole.stream().map(SegmentOutcome::id).sorted().toList(),
                partial == null ? null : partial.id(), partialContacts, spent, net, String.format(Locale.ROOT,
                "Contact %s: cost %s of the %s budget, expected net profit %s.", join(parts), money(spent),
                money(budget), money(net)));
    }

    /** A segment that costs nothing to contact comes first. */
    private static double returnPerCost(SegmentOutcome o) {
        return o.cost() > 0 ? o.netProfit() / o.cost() : Double.POSITIVE_INFINITY;
    }

    private static String join(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    static String money(double v) {
        return String.format(Locale.ROOT, "%,.0f", v);
    }
}
