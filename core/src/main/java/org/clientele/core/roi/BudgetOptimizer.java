package org.clientele.core.roi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Chooses the segments to contact under a budget: the subset with the highest net profit whose cost,
 * with the fixed cost, fits. Exact (every subset) up to {@value #EXACT_LIMIT} segments, which covers any
 * segmentation a marketer uses; beyond that the segments are taken in order of ROI while they fit.
 */
final class BudgetOptimizer {

    static final int EXACT_LIMIT = 20;

    private BudgetOptimizer() {
    }

    static BudgetPlan best(List<SegmentOutcome> outcomes, CampaignSettings settings) {
        double budget = settings.budget();
        double available = budget - settings.fixedCost();
        List<SegmentOutcome> candidates = outcomes.stream().filter(SegmentOutcome::profitable).toList();
        List<SegmentOutcome> chosen = candidates.size() <= EXACT_LIMIT ? exact(candidates, available)
                : greedy(candidates, available);
        double cost = chosen.stream().mapToDouble(SegmentOutcome::cost).sum();
        double net = chosen.stream().mapToDouble(SegmentOutcome::netProfit).sum() - settings.fixedCost();
        if (chosen.isEmpty() || net <= 0) {
            String why;
            if (candidates.isEmpty()) {
                why = "no segment earns more than it costs at these settings";
            } else if (chosen.isEmpty()) {
                SegmentOutcome best = candidates.stream().max(Comparator.comparingDouble(SegmentOutcome::roi)).get();
                long reachable = (long) Math.floor(Math.max(0, available) / settings.costPerContact());
                why = "no profitable segment fits the budget whole; it would reach " + String.format(Locale.ROOT, "%,d", reachable)
                        + " of the " + String.format(Locale.ROOT, "%,d", best.contacted()) + " customers of " + best.name()
                        + ", the segment with the best return";
            } else {
                why = "the fixed cost of " + money(settings.fixedCost()) + " is more than the segments that fit the "
                        + "budget would earn";
            }
            return new BudgetPlan(budget, List.of(), 0, 0, "Contact nobody: " + why + ".");
        }
        List<Integer> ids = chosen.stream().map(SegmentOutcome::id).sorted().toList();
        String names = chosen.stream().sorted(Comparator.comparingInt(SegmentOutcome::id)).map(SegmentOutcome::name)
                .collect(Collectors.joining(", "));
        double spent = cost + settings.fixedCost();
        return new BudgetPlan(budget, ids, spent, net, String.format(Locale.ROOT,
                "Contact %s: cost %s of the %s budget, expected net profit %s.", names, money(spent), money(budget),
                money(net)));
    }

    private static List<SegmentOutcome> exact(List<SegmentOutcome> candidates, double available) {
        int n = candidates.size();
        int bestMask = 0;
        double bestNet = 0;
        for (int mask = 1; mask < 1 << n; mask++) {
            double cost = 0, net = 0;
            for (int i = 0; i < n; i++) {
                if ((mask & 1 << i) != 0) {
                    cost += candidates.get(i).cost();
                    net += candidates.get(i).netProfit();
                }
            }
            if (cost <= available + 1e-9 && net > bestNet) {
                bestNet = net;
                bestMask = mask;
            }
        }
        List<SegmentOutcome> chosen = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if ((bestMask & 1 << i) != 0) {
                chosen.add(candidates.get(i));
            }
        }
        return chosen;
    }

    private static List<SegmentOutcome> greedy(List<SegmentOutcome> candidates, double available) {
        List<SegmentOutcome> chosen = new ArrayList<>();
        double left = available;
        for (SegmentOutcome o : candidates.stream()
                .sorted(Comparator.comparingDouble(SegmentOutcome::roi).reversed()).toList()) {
            if (o.cost() <= left) {
                chosen.add(o);
                left -= o.cost();
            }
        }
        return chosen;
    }

    static String money(double v) {
        return String.format(Locale.ROOT, "%,.0f", v);
    }
}
