/**
 * Turns raw numeric customer columns into the matrix models see: selection, median imputation,
 * log1p for skewed columns and z-scoring, fitted once and replayable on new rows (and saved as JSON).
 */
package org.clientele.core.features;
