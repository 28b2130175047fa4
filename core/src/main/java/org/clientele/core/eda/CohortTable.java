package org.clientele.core.eda;

/**
 * Monthly acquisition cohorts: customers grouped by the month of their first kept purchase. Rows are
 * cohorts in time order; column n is n months after the cohort's first month, up to the last month of
 * the log, so later cohorts have shorter rows. Retention at offset 0 is 1 by definition.
 *
 * @param retention [cohort][offset] share of the cohort's customers who bought in that month
 * @param active    [cohort][offset] how many of them bought in that month
 * @param revenue   [cohort][offset] their revenue in that month
 */
public record CohortTable(String[] cohorts, int[] sizes, double[][] retention, int[][] active, double[][] revenue) {
}
