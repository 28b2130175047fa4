package org.clientele.core.eda;

import java.util.List;

/**
 * Revenue, orders, customers and items per day, ISO week and month, and the top periods by revenue.
 * Days without sales are absent from {@code daily} (the log has no record of whether the shop was open).
 */
public record SalesOverTime(PeriodSeries daily, PeriodSeries weekly, PeriodSeries monthly, List<Peak> topDays,
                            List<Peak> topWeeks, List<Peak> topMonths) {

    public SalesOverTime {
        topDays = List.copyOf(topDays);
        topWeeks = List.copyOf(topWeeks);
        topMonths = List.copyOf(topMonths);
    }
}
