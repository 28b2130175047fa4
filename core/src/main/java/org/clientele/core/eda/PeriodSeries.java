package org.clientele.core.eda;

/**
 * One time series, index-aligned arrays over the periods that had sales, in time order.
 *
 * @param granularity "day", "week" (ISO 8601, labelled 2011-W05) or "month" (2011-02)
 * @param start       first day of each period (ISO date), for a time axis
 * @param orders      distinct invoices (purchases) first seen in the period
 * @param customers   distinct customers who bought in the period
 * @param items       units sold (line items when the log has no quantity)
 */
public record PeriodSeries(String granularity, String[] labels, String[] start, double[] revenue, long[] orders,
                           int[] customers, double[] items) {

    public int size() {
        return labels.length;
    }
}
