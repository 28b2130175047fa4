/**
 * Saved analyses: a {@code .clientele} file holds what is needed to reproduce an analysis (the data file's
 * place and checksum, read options, segmentation settings and seed, renamed segments, campaign scenarios
 * and the trained models), and re-runs it headless.
 */
package org.clientele.core.project;
