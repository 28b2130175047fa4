package org.clientele.core.transactions;

import java.time.LocalDateTime;

/**
 * One customer's features from their kept purchases. Recency and tenure are whole calendar days
 * (as-of date minus the last purchase's date; last minus first purchase date). Frequency counts
 * distinct invoices (distinct purchase timestamps when the log has no invoice column). Timing shares
 * are fractions of the customer's purchases (invoices) by hour band, weekday and northern-hemisphere
 * season; each group sums to 1.
 *
 * @param distinctProducts distinct product codes (descriptions when there is no product column; 0 if neither)
 * @param itemsPerOrder    total quantity per purchase (line items per purchase when there is no quantity)
 */
public record CustomerSummary(String customerId, double recencyDays, int frequency, double monetary,
                              double averageOrderValue, double tenureDays, LocalDateTime firstPurchase,
                              LocalDateTime lastPurchase, int distinctProducts, double itemsPerOrder, String mainCountry,
                              double hourNight, double hourMorning, double hourAfternoon, double hourEvening,
                              double weekdayMon, double weekdayTue, double weekdayWed, double weekdayThu,
                              double weekdayFri, double weekdaySat, double weekdaySun,
                              double seasonWinter, double seasonSpring, double seasonSummer, double seasonAutumn) {

    /** The numeric features in {@link CustomerTable#NUMERIC_COLUMNS} order. */
    public double[] numericValues() {
        return new double[]{recencyDays, frequency, monetary, averageOrderValue, tenureDays, distinctProducts,
                itemsPerOrder, hourNight, hourMorning, hourAfternoon, hourEvening, weekdayMon, weekdayTue, weekdayWed,
                weekdayThu, weekdayFri, weekdaySat, weekdaySun, seasonWinter, seasonSpring, seasonSummer, seasonAutumn};
    }

    /**
     * Revenue per purchase, from the revenue in whole cents: the same lines summed in another order (Spark's
     * partitions) differ in the last bits, and an average that falls on a half cent would then round either way.
     */
    public static double averageOrderValue(double monetary, int frequency) {
        return Math.round(monetary * 100.0) / 100.0 / frequency;
    }
}
