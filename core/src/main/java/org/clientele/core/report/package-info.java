/**
 * Lists for marketing: the customers of chosen segments and RFM groups, filtered on their figures,
 * with each segment's recommended action, written as CSV for a mailing or campaign tool.
 */
package org.clientele.core.report;
