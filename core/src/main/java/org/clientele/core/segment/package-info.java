/**
 * Customer segmentation: k-means++, Gaussian mixtures, Ward and HDBSCAN clustering, the indices that
 * choose k (silhouette, Davies–Bouldin, Calinski–Harabasz, elbow, BIC), stability and the PCA map.
 */
package org.clientele.core.segment;
