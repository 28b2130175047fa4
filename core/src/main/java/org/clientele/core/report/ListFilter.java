package org.clientele.core.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which customers go on a marketing list.
 *
 * @param segments         segment ids to keep; null keeps every segment
 * @param rfmSegments      RFM segment names to keep; null keeps every customer whatever their RFM segment
 * @param ranges           bounds on numeric columns of the customer table; a customer whose value is missing fails
 * @param excludeOutliers  leave out customers the clustering called outliers (segment -1)
 */
public record ListFilter(Set<Integer> segments, Set<String> rfmSegments, List<Range> ranges, boolean excludeOutliers) {

    /** Everyone. */
    public static final ListFilter ALL = new ListFilter(null, null, List.of(), false);

    /** {@code min <= value <= max} on {@code column}; NaN leaves that side open. */
    public record Range(String column, double min, double max) {

        public static Range atLeast(String column, double min) {
            return new Range(column, min, Double.NaN);
        }

        public static Range atMost(String column, double max) {
            return new Range(column, Double.NaN, max);
        }

        public boolean accepts(double value) {
            if (Double.isNaN(value)) {
                return false;
            }
            return (Double.isNaN(min) || value >= min) && (Double.isNaN(max) || value <= max);
        }
    }

    public ListFilter {
        segments = segments == null ? null : Set.copyOf(segments);
        rfmSegments = rfmSegments == null ? null : Set.copyOf(rfmSegments);
        ranges = ranges == null ? List.of() : List.copyOf(ranges);
    }

    public ListFilter withSegments(Set<Integer> ids) {
        return new ListFilter(ids, rfmSegments, ranges, excludeOutliers);
    }

    public ListFilter withRfmSegments(Set<String> names) {
        return new ListFilter(segments, names, ranges, excludeOutliers);
    }

    public ListFilter withRanges(List<Range> bounds) {
        return new ListFilter(segments, rfmSegments, bounds, excludeOutliers);
    }

    public ListFilter withRange(Range range) {
        List<Range> more = new ArrayList<>(ranges);
        more.add(range);
        return withRanges(more);
    }

    public ListFilter withoutOutliers(boolean exclude) {
        return new ListFilter(segments, rfmSegments, ranges, exclude);
    }

    boolean acceptsSegment(int segment) {
        if (segment < 0 && excludeOutliers) {
            return false;
        }
        return segments == null || segments.contains(segment);
    }

    boolean acceptsRfm(String rfmSegment) {
        return rfmSegments == null || rfmSegment != null && rfmSegments.contains(rfmSegment);
    }
}
