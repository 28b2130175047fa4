/**
 * RFM scoring for transaction-derived customer tables: recency, frequency and monetary quintile
 * scores, the RFM code and the customary named RFM segments from an editable rule table.
 */
package org.clientele.core.segment.rfm;
