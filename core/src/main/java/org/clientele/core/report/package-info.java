/**
 * Outputs for marketing: lists of the customers of chosen segments and RFM groups with each segment's action,
 * and the manager's report (report.html, summary.json and one list per segment) of the whole pipeline.
 */
package org.clientele.core.report;
