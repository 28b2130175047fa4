package org.clientele.core.analysis;

import org.clientele.core.Setting;
import org.clientele.core.UserInputException.Reason;
import org.clientele.core.data.DataFileException;
import org.clientele.core.data.Table;
import org.clientele.core.segment.SegmentOptions;

import java.nio.file.Path;
import java.util.List;

/**
 * What a table must have before segmentation starts, checked up front so the user hears which file and
 * which choice to change instead of an algorithm's complaint: enough customers for the number of
 * segments, and not so many features that distances and the PCA map lose meaning (or never finish).
 */
final class SegmentationLimits {

    /**
     * The most feature columns segmentation takes. Beyond a few dozen, distances between customers
     * concentrate (all look equally far apart), and a covariance eigen-decomposition of 1,000 columns
     * fails to converge while 10,000 do not finish in minutes; a customer table this wide is almost
     * always a pivot (one column per product or day) that needs features chosen first.
     */
    static final int MAX_FEATURES = 200;

    private SegmentationLimits() {
    }

    static void check(Path file, Table table, List<String> features, SegmentOptions options) {
        if (features.size() > MAX_FEATURES) {
            throw new DataFileException(Reason.TOO_WIDE, file, 0, null, String.format("has %,d numeric columns to "
                    + "segment on; segmentation uses at most %d", features.size(), MAX_FEATURES),
                    "Choose the feature columns that describe customers best (a handful to a few dozen), or "
                            + "summarise the wide columns first (totals, shares)", Setting.FEATURES);
        }
        int rows = table.rowCount();
        if (rows < 3) {
            throw new DataFileException(Reason.TOO_FEW_ROWS, file, 0, null, "has " + rows + " customer"
                    + (rows == 1 ? "" : "s") + "; segmentation needs at least 3", "Segment a table with more customers");
        }
        if (options.k() != null && options.algorithm() != org.clientele.core.segment.Algorithm.HDBSCAN && options.k() >= rows) {
            throw new DataFileException(Reason.OPTION_OUT_OF_RANGE, file, 0, null, String.format("%,d segments need "
                    + "more than %,d customers, and the table has %,d", options.k(), options.k(), rows),
                    "Choose fewer segments than customers", Setting.K);
        }
    }
}
