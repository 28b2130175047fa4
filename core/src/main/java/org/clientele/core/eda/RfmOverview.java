package org.clientele.core.eda;

import org.clientele.core.transactions.CustomerSummary;

import java.util.ArrayList;
import java.util.List;

/** Distributions of and correlations between the customer table's RFM and related features. */
public record RfmOverview(List<FeatureDistribution> distributions, CorrelationMatrix correlations) {

    public static final List<String> FEATURES = List.of("recency_days", "frequency", "monetary", "average_order_value",
            "tenure_days", "distinct_products");

    public RfmOverview {
        distributions = List.copyOf(distributions);
    }

    public static RfmOverview of(List<CustomerSummary> customers) {
        int n = customers.size();
        double[][] columns = new double[FEATURES.size()][n];
        for (int r = 0; r < n; r++) {
            CustomerSummary c = customers.get(r);
            columns[0][r] = c.recencyDays();
            columns[1][r] = c.frequency();
            // In whole cents, as written: two customers who spent the same are tied for Spearman's ranks whichever
            // order their lines were summed in (Spark's partitions differ from the file's in the last bits).
            columns[2][r] = Math.round(c.monetary() * 100.0) / 100.0;
            columns[3][r] = c.averageOrderValue();
            columns[4][r] = c.tenureDays();
            columns[5][r] = c.distinctProducts();
        }
        List<FeatureDistribution> distributions = new ArrayList<>();
        for (int f = 0; f < FEATURES.size(); f++) {
            distributions.add(FeatureDistribution.of(FEATURES.get(f), columns[f]));
        }
        return new RfmOverview(distributions, CorrelationMatrix.of(FEATURES, columns));
    }
}
