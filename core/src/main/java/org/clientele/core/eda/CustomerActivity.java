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
final class CustomerActivity {

    static final class Month {
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

    /** The last month with a purchase (month index), or Integer.MIN_VALUE when empty. */
    int lastMonth() {
        return lastMonth;
    }

    /** The last day with a purchase (epoch day), or Long.MIN_VALUE when empty. */
    long lastDay() {
        return lastDay;
    }
}
