/**
 * Neural customer-value models: a feed-forward regressor with batch normalization, dropout, early stopping
 * and embeddings of categorical columns, with a squared-error or a zero-inflated lognormal (ZILN) value head.
 * TensorFlow (TF-Java) is used for training only and is loaded only when a neural model is asked for;
 * a trained network predicts in plain Java.
 */
package org.clientele.core.neural;
