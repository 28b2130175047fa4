package org.clientele.core.segment.rfm;

/**
 * One named RFM segment over all customers: how many, their share of customers and of revenue, mean
 * recency (days), frequency and monetary value (NaN when the segment is empty), and what to do.
 */
public record RfmSegmentSummary(String segment, int count, double share, double revenueShare,
                                double meanRecencyDays, double meanFrequency, double meanMonetary,
                                String description, String action) {
}
