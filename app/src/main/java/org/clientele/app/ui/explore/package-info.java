/**
 * The Explore tab: sales over time, countries, value concentration, cohorts, products and categories of a
 * transaction log, and feature distributions and correlations of any customer table.
 */
package org.clientele.app.ui.explore;
