package org.clientele.core.eda;

import java.util.List;

/**
 * How customers move between value segments over time. Every customer who had bought by a quarter's end
 * is described at that date by recency (days), frequency (orders so far) and monetary (spend so far);
 * one k-means segmentation is fitted on all these snapshots pooled, so a segment means the same thing
 * in every quarter, and each snapshot keeps its label.
 *
 * @param snapshotDates the date each quarter's snapshot is taken at (the quarter's end, or the last day of
 *                      the log for an unfinished quarter)
 * @param segmentNames  generated business names, index = segment id
 * @param segmentMeans  [segment][feature] mean over the pooled snapshots, in original units
 * @param sizes         [quarter][segment] customers in the segment at that snapshot
 * @param transitions   one per pair of consecutive quarters
 * @param overall       the transitions summed over all pairs
 * @param silhouette    of the pooled segmentation
 */
public record SegmentEvolution(List<String> quarters, List<String> snapshotDates, List<String> features,
                               String kChosenBy, int k, List<String> segmentNames, double[][] segmentMeans,
                               int[][] sizes, List<QuarterTransition> transitions, QuarterTransition overall,
                               double silhouette, int snapshots, long seed, List<String> preprocessing) {

    public SegmentEvolution {
        quarters = List.copyOf(quarters);
        snapshotDates = List.copyOf(snapshotDates);
        features = List.copyOf(features);
        segmentNames = List.copyOf(segmentNames);
        transitions = List.copyOf(transitions);
        preprocessing = List.copyOf(preprocessing);
    }
}
