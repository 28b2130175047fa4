package org.clientele.core.eda;

/**
 * Movement between the segments of two consecutive quarter-end snapshots. Rows are the segments at
 * {@code from} followed by a last row, "Not yet a customer", for customers whose first purchase falls in {@code to};
 * columns are the segments at {@code to}.
 *
 * @param rowShares counts divided by their row total (NaN for an empty row)
 */
public record QuarterTransition(String from, String to, String[] rows, String[] columns, int[][] counts,
                                double[][] rowShares) {

    static QuarterTransition of(String from, String to, String[] rows, String[] columns, int[][] counts) {
        double[][] shares = new double[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            long total = 0;
            for (int c : counts[i]) {
                total += c;
            }
            shares[i] = new double[counts[i].length];
            for (int j = 0; j < counts[i].length; j++) {
                shares[i][j] = total == 0 ? Double.NaN : (double) counts[i][j] / total;
            }
        }
        return new QuarterTransition(from, to, rows, columns, counts, shares);
    }
}
