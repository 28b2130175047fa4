package org.clientele.core.eda;

/**
 * Revenue by calendar month × weekday and by weekday × hour of day, for heat maps.
 * Weekdays run Monday (0) to Sunday (6); months January (0) to December (11); hours 0..23.
 *
 * @param monthWeekdayRevenue [12][7]
 * @param weekdayHourRevenue  [7][24]
 * @param weekdayHourOrders   [7][24] distinct invoices by the time of their first line
 */
public record Seasonality(String[] months, String[] weekdays, double[][] monthWeekdayRevenue,
                          double[][] weekdayHourRevenue, long[][] weekdayHourOrders) {

    static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    static final String[] WEEKDAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
}
