/**
 * The one implementation of each descriptive statistic the engine uses (quantile, median, skewness,
 * Pearson and Spearman correlation) and of the gamma draws the generators need, so that every stage,
 * report and screen gives the same number for the same data, constant input included.
 */
package org.clientele.core.stats;
