package org.clientele.core.eda;

/**
 * Sales to one country (or to a group, e.g. "Other (28 countries)").
 *
 * @param customers distinct customers with at least one kept line in the country
 * @param orders    distinct invoices first seen with this country
 * @param share     of all revenue
 */
public record CountryStat(String country, int customers, long orders, double revenue, double revenuePerCustomer,
                          double share) {
}
