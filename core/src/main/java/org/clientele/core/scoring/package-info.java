/**
 * Scoring of customers sent as JSON by another program: validation of the request, and the segment,
 * probabilities, predicted spend and out-of-distribution flag from saved models. No network code here.
 */
package org.clientele.core.scoring;
