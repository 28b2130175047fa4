package org.clientele.core.eda;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Each customer's revenue, orders and last purchase day per calendar month: enough for acquisition
 * cohorts and for RFM snapshots at any month end. Memory grows with customers × their active months.
 */
final class CustomerActivity implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    static final class Month implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        double revenue;
        int orders;
        long lastDay = Long.MIN_VALUE;
    }

    final Map<String, TreeMap<Integer, Month>> customers = new HashMap<>();
    private int lastMonth = Integer.MIN_VALUE;
    private long lastDay = Long.MIN_VALUE;

    /** Months since year 0, so that consecutive months differ by 1. */
    static int monthIndex(YearMonth m) {
        return m.getYear() * 12 + m.getMonthValue() - 1;
    }

    static YearMonth month(int index) {
        return YearMonth.of(Math.floorDiv(index, 12), Math.floorMod(index, 12) + 1);
    }

    void add(String customer, LocalDateTime time, double amount, boolean newOrder) {
        int m = monthIndex(YearMonth.from(time));
        Month tally = customers.computeIfAbsent(customer, c -> new TreeMap<>()).computeIfAbsent(m, k -> new Month());
        tally.revenue += amount;
        if (newOrder) {
            tally.orders++;
        }
        long day = time.toLocalDate().toEpochDay();
        tally.lastDay = Math.max(tally.lastDay, day);
        lastMonth = Math.max(lastMonth, m);
        lastDay = Math.max(lastDay, day);
    }

    /** Takes back an order counted for {@code customer} at {@code time} that earlier rows had already counted. */
    void uncountOrder(String customer, LocalDateTime time) {
        customers.get(customer).get(monthIndex(YearMonth.from(time))).orders--;
    }

    /** Adds the activity of later rows. */
    void merge(CustomerActivity later) {
        later.customers.forEach((customer, months) -> {
            TreeMap<Integer, Month> mine = customers.putIfAbsent(customer, months);
            if (mine != null) {
                months.forEach((m, t) -> mine.merge(m, t, (a, b) -> {
                    a.revenue += b.revenue;
                    a.orders += b.orders;
                    a.lastDay = Math.max(a.lastDay, b.lastDay);
                    return a;
                }));
            }
        });
        lastMonth = Math.max(lastMonth, later.lastMonth);
        lastDay = Math.max(lastDay, later.lastDay);
    }

    /** The last month with a purchase (month index), or Integer.MIN_VALUE when empty. */
    int lastMonth() {
        return lastMonth;
    }

    /** The last day with a purchase (epoch day), or Long.MIN_VALUE when empty. */
    long lastDay() {
        return lastDay;
    }
}
