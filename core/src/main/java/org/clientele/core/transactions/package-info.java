/**
 * From a transaction log to one row per customer: cleaning rules with a report of what each removed,
 * and streaming aggregation into RFM, tenure, basket and purchase-timing features.
 */
package org.clientele.core.transactions;
