/**
 * Explains a segmentation to the people who act on it: per-segment profiles, significance tests,
 * plain-English names, one-sentence descriptions and recommended actions from visible rule tables.
 */
package org.clientele.core.segment.profile;
