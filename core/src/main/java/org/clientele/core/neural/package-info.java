/**
 * Neural models on TensorFlow (TF-Java): the autoencoder that learns a few coordinates per customer.
 * Only the trainers touch TensorFlow, so its native library is loaded only when a neural model is trained;
 * trained models are plain arrays.
 */
package org.clientele.core.neural;
