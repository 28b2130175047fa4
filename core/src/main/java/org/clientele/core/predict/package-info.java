/**
 * Prediction: the segment classifier and customer-value regressors, compared on held-out rows and by
 * cross-validation, with leakage guards, importances, per-customer explanations and saved model bundles.
 */
package org.clientele.core.predict;
