package org.clientele.core.clv;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Turns a purchase log into BG/BB histories: each period (day, week or month) after a customer's first is one
 * opportunity, used when the customer bought in it. n = periods from the first purchase's period to the
 * observation end's, x = periods after the first with a purchase, t_x = the last of them (as the donation
 * data of Fader, Hardie &amp; Shang 2010 treat the first-year gift as the trial).
 */
public final class OpportunityHistories {

    private OpportunityHistories() {
    }

    /** @param observationEnd the last day observed; purchases after it are ignored */
    public static List<DiscreteCustomer> of(List<Purchase> purchases, Opportunity unit, LocalDate observationEnd) {
        long end = unit.period(observationEnd);
        Map<String, TreeSet<Long>> periods = new LinkedHashMap<>();
        for (Purchase p : purchases) {
            LocalDate day = p.time().toLocalDate();
            if (!day.isAfter(observationEnd)) {
                periods.computeIfAbsent(p.customerId(), k -> new TreeSet<>()).add(unit.period(day));
            }
        }
        List<DiscreteCustomer> out = new ArrayList<>(periods.size());
        periods.forEach((customer, used) -> {
            long first = used.first();
            int x = used.size() - 1;
            int tx = (int) (used.last() - first);
            out.add(new DiscreteCustomer(customer, x, tx, (int) (end - first)));
        });
        return out;
    }
}
