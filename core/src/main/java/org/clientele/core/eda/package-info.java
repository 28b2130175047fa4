/**
 * Exploratory analysis of a transaction log: sales over time, countries, value concentration, RFM
 * distributions, products and categories, cohorts, data quality and segment movement, shaped for charts.
 */
package org.clientele.core.eda;
