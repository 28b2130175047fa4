/**
 * Customer lifetime value from purchase histories: BG/NBD for purchase counts, Gamma–Gamma for spend,
 * discounted CLV, and an honest calibration/holdout comparison of these models against simple baselines.
 */
package org.clientele.core.clv;
