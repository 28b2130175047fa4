package org.clientele.core.report;

import org.clientele.core.analysis.SegmentationReport;
import org.clientele.core.eda.CountryStat;
import org.clientele.core.eda.EdaOverview;
import org.clientele.core.eda.EdaResult;
import org.clientele.core.segment.SegmentationResult;
import org.clientele.core.segment.profile.SegmentEntry;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * summary.json: what the report says, for scripts. Keys are camelCase; a figure that does not apply is null.
 *
 * @param kind        {@code customers} or {@code transactions}
 * @param eda         headline figures of a transaction log, null for a customer table
 * @param generatedAt ISO-8601 instant the report was made
 * @param version     the Clientele version that made it
 */
public record ReportSummary(String file, String kind, int customers, long seed, Segmentation segmentation,
                            List<Segment> segments, EdaHeadline eda, String generatedAt, String version) {

    /** How the segments were found. */
    public record Segmentation(String algorithm, int k, String kChosenBy, double silhouette, List<String> features,
                               List<String> preprocessing) {
    }

    /**
     * One segment.
     *
     * @param share        of customers
     * @param revenueShare of total spend, null when the table has no spend column
     * @param listFile     its marketing list, relative to the report's folder
     */
    public record Segment(int id, String name, int size, double share, double revenueShare, String description,
                          String action, String listFile) {
    }

    /**
     * The headline figures of a transaction log after cleaning.
     *
     * @param top20PercentShare share of revenue from the top fifth of customers by spend
     * @param topCountryShare   the top country's share of revenue
     */
    public record EdaHeadline(LocalDate firstPurchase, LocalDate lastPurchase, double revenue, long orders,
                              int customers, double averageOrderValue, double gini, double top20PercentShare,
                              String topCountry, double topCountryShare, long rowsRead, long rowsKept) {

        static EdaHeadline of(EdaResult eda) {
            EdaOverview o = eda.overview();
            CountryStat top = eda.countries().all().isEmpty() ? null : eda.countries().top();
            return new EdaHeadline(o.firstPurchase() == null ? null : o.firstPurchase().toLocalDate(),
                    o.lastPurchase() == null ? null : o.lastPurchase().toLocalDate(), o.revenue(), o.orders(),
                    o.customers(), o.averageOrderValue(), eda.valueConcentration().gini(),
                    eda.valueConcentration().top20PercentShare(), top == null ? null : top.country(),
                    top == null ? Double.NaN : top.share(), eda.dataQuality().rowsRead(), eda.dataQuality().rowsKept());
        }
    }

    /**
     * @param dir       the report's folder, to make list paths relative
     * @param listFiles segment id → its list
     */
    static ReportSummary of(ManagerReport report, Path dir, Map<Integer, Path> listFiles, String generatedAt,
                            String version) {
        SegmentationReport s = report.segmentation();
        SegmentationResult r = s.result();
        List<Segment> segments = new ArrayList<>();
        for (SegmentEntry e : s.segments()) {
            Path list = listFiles.get(e.id());
            segments.add(new Segment(e.id(), e.name(), e.size(), e.share(), e.revenueShare(), e.description(),
                    e.action(), list == null ? null : relative(dir, list)));
        }
        return new ReportSummary(report.file().getFileName().toString(), report.kind().label(), report.customers(),
                report.seed(), new Segmentation(r.algorithm().label(), r.k(), r.kChosenBy(), r.silhouette(),
                r.features(), r.preprocessing()), List.copyOf(segments),
                report.eda() == null ? null : EdaHeadline.of(report.eda()), generatedAt, version);
    }

    /** "lists/loyal-buyers.csv", with '/' on every system so the HTML link and the JSON agree. */
    static String relative(Path dir, Path file) {
        return dir.toAbsolutePath().relativize(file.toAbsolutePath()).toString().replace('\\', '/');
    }
}
