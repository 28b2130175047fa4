package org.clientele.core.report;

import org.clientele.core.analysis.SegmentationReport;
import org.clientele.core.data.Table;
import org.clientele.core.segment.SegmentationResult;
import org.clientele.core.segment.SweepPoint;
import org.clientele.core.segment.profile.ColumnLabel;
import org.clientele.core.segment.profile.ColumnVocabulary;
import org.clientele.core.segment.profile.SegmentExplanation;
import org.clientele.core.segment.profile.SegmentEntry;
import org.clientele.core.transactions.CleaningReport;
import org.clientele.core.transactions.CleaningRule;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * report.html: one page a manager can read and pass on, with its styles and charts inside, so it opens
 * offline and from an e-mail attachment. Every piece of text from the data is escaped.
 */
final class ReportHtml {

    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:#1d2733;
            max-width:980px;margin:0 auto;padding:24px 28px 40px;line-height:1.45;background:#fff}
            h1{font-size:28px;margin:0 0 4px}h2{font-size:21px;margin:36px 0 10px;border-bottom:2px solid #e4e9f0;
            padding-bottom:4px}h3{font-size:18px;margin:0 0 6px}.sub{color:#5b6b7d;margin:0 0 18px}
            .cards{display:flex;flex-wrap:wrap;gap:12px;margin:14px 0}.card{border:1px solid #dde3ea;border-radius:8px;
            padding:10px 14px;min-width:130px;background:#f7f9fc}.card b{display:block;font-size:21px;color:#1f4e8c}
            .card span{font-size:13px;color:#5b6b7d}table{border-collapse:collapse;margin:10px 0;font-size:14px}
            th,td{border-bottom:1px solid #e4e9f0;padding:5px 10px;text-align:left}td.n,th.n{text-align:right}
            tr.chosen td{background:#fdf1e4;font-weight:600}.segment{border:1px solid #dde3ea;border-left:5px solid #1f4e8c;
            border-radius:8px;padding:14px 18px;margin:14px 0}.meta{color:#5b6b7d;font-size:14px;margin-bottom:8px}
            .action{background:#eef4fb;border-radius:6px;padding:8px 12px;margin:8px 0}.typical{font-size:13px;color:#5b6b7d}
            .chart{max-width:100%;height:auto;font-family:inherit}.chart text{fill:#1d2733}footer{margin-top:40px;
            border-top:1px solid #e4e9f0;padding-top:10px;font-size:12px;color:#5b6b7d}a{color:#1f4e8c}
            @media print{.segment{break-inside:avoid}}
            """;

    private ReportHtml() {
    }

    static String render(ManagerReport report, ReportSummary summary) {
        SegmentationReport s = report.segmentation();
        SegmentationResult r = s.result();
        StringBuilder h = new StringBuilder(32_000);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(Html.esc("Customer segments — " + summary.file())).append("</title>\n<style>")
                .append(STYLE).append("</style>\n</head>\n<body>\n");
        h.append("<h1>Customer segments</h1>\n<p class=\"sub\">").append(Html.esc(summary.file())).append(" · ")
                .append(Html.esc(summary.generatedAt().substring(0, Math.min(10, summary.generatedAt().length()))))
                .append("</p>\n");
        data(h, report, summary);
        headline(h, report, summary);
        overview(h, summary);
        h.append("<h2>The segments</h2>\n");
        for (ReportSummary.Segment seg : summary.segments()) {
            segment(h, s, seg);
        }
        ClvReportSection.render(h, report.lifetimeValue());
        method(h, report, r);
        quality(h, report);
        h.append("<footer>Made with Clientele ").append(Html.esc(summary.version())).append(" on ")
                .append(Html.esc(summary.generatedAt())).append(" from ").append(Html.esc(summary.file()))
                .append(", seed ").append(summary.seed())
                .append(". The same file, version and seed give the same segments.</footer>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void data(StringBuilder h, ManagerReport report, ReportSummary summary) {
        h.append("<h2>The data</h2>\n<p>");
        ReportSummary.EdaHeadline e = summary.eda();
        if (e != null) {
            h.append("A transaction log of ").append(Html.whole(e.rowsRead())).append(" rows (")
                    .append(Html.whole(e.rowsKept())).append(" kept after cleaning), with purchases from ")
                    .append(Html.esc(String.valueOf(e.firstPurchase()))).append(" to ")
                    .append(Html.esc(String.valueOf(e.lastPurchase()))).append(". It was turned into one row per ")
                    .append("customer — how recently, how often and how much each bought — and the ")
                    .append(Html.whole(summary.customers())).append(" customers were grouped on those figures.");
        } else {
            Table t = report.table();
            h.append("A customer table of ").append(Html.whole(summary.customers())).append(" customers with ")
                    .append(t.columnNames().size()).append(" columns")
                    .append(t.idColumn() == null ? "" : " (identifier: " + Html.esc(t.idColumn()) + ")")
                    .append(". The customers were grouped on ")
                    .append(Html.esc(String.join(", ", summary.segmentation().features().stream()
                            .map(f -> f.replace('_', ' ')).toList()))).append('.');
        }
        h.append("</p>\n");
    }

    private static void headline(StringBuilder h, ManagerReport report, ReportSummary summary) {
        h.append("<div class=\"cards\">");
        card(h, Html.whole(summary.customers()), "customers");
        card(h, Integer.toString(summary.segmentation().k()), "segments");
        ReportSummary.EdaHeadline e = summary.eda();
        if (e != null) {
            card(h, Html.whole(e.revenue()), "revenue");
            card(h, Html.whole(e.orders()), "orders");
            card(h, Html.figure(e.averageOrderValue()), "average order value");
            card(h, Html.percent(e.top20PercentShare()), "of revenue from the top 20% of customers");
            card(h, Html.decimal(e.gini(), 2), "Gini of customer spend (0 = equal, 1 = one customer)");
            if (e.topCountry() != null) {
                card(h, Html.esc(e.topCountry()), "top country, " + Html.percent(e.topCountryShare()) + " of revenue");
            }
        } else {
            card(h, Html.decimal(summary.segmentation().silhouette(), 2), "silhouette (separation of the segments)");
        }
        h.append("</div>\n");
    }

    private static void card(StringBuilder h, String value, String label) {
        h.append("<div class=\"card\"><b>").append(value).append("</b><span>").append(label).append("</span></div>");
    }

    private static void overview(StringBuilder h, ReportSummary summary) {
        h.append("<h2>Segments at a glance</h2>\n");
        List<SvgCharts.Bar> bars = new ArrayList<>();
        for (ReportSummary.Segment seg : summary.segments()) {
            bars.add(new SvgCharts.Bar(seg.name(), seg.share(), seg.revenueShare()));
        }
        h.append(SvgCharts.shares(bars)).append('\n');
        // without a known revenue column there is no share of revenue to show, not even as dashes
        boolean revenue = summary.segments().stream().anyMatch(seg -> !Double.isNaN(seg.revenueShare()));
        h.append("<table><tr><th>Segment</th><th class=\"n\">Customers</th><th class=\"n\">Share of customers</th>")
                .append(revenue ? "<th class=\"n\">Share of revenue</th>" : "").append("<th>Marketing list</th></tr>\n");
        for (ReportSummary.Segment seg : summary.segments()) {
            h.append("<tr><td><a href=\"#segment-").append(seg.id()).append("\">").append(Html.esc(seg.name()))
                    .append("</a></td><td class=\"n\">").append(Html.whole(seg.size())).append("</td><td class=\"n\">")
                    .append(Html.percent(seg.share())).append("</td>");
            if (revenue) {
                h.append("<td class=\"n\">").append(Html.percent(seg.revenueShare())).append("</td>");
            }
            h.append("<td>").append(link(seg)).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static void segment(StringBuilder h, SegmentationReport s, ReportSummary.Segment seg) {
        SegmentExplanation explanation = s.explanations().stream().filter(e -> e.id() == seg.id()).findFirst()
                .orElse(null);
        SegmentEntry entry = s.segments().stream().filter(e -> e.id() == seg.id()).findFirst().orElse(null);
        h.append("<section class=\"segment\" id=\"segment-").append(seg.id()).append("\">\n<h3>")
                .append(Html.esc(seg.name())).append("</h3>\n<div class=\"meta\">")
                .append(Html.whole(seg.size())).append(" customers · ").append(Html.percent(seg.share()))
                .append(" of customers");
        if (!Double.isNaN(seg.revenueShare())) {
            h.append(" · ").append(Html.percent(seg.revenueShare())).append(" of revenue");
        }
        h.append("</div>\n<p>").append(Html.esc(explanation == null ? seg.description() : capital(explanation.facts())))
                .append("</p>\n<div class=\"action\"><b>Recommended action:</b> ").append(Html.esc(seg.action()))
                .append("</div>\n");
        if (entry != null && !entry.medians().isEmpty()) {
            h.append("<div class=\"typical\">Typical customer (median): ");
            List<String> parts = new ArrayList<>();
            for (Map.Entry<String, Double> m : entry.medians().entrySet()) {
                ColumnLabel column = ColumnVocabulary.defaults().describe(m.getKey());
                if (column.isCode() || m.getValue() == null || Double.isNaN(m.getValue())) {
                    continue; // the median of a region code is no typical value
                }
                String value = column.isShare() ? Html.percent(m.getValue()) : column.format(m.getValue());
                parts.add(Html.esc(column.noun()) + " " + Html.esc(value));
            }
            h.append(String.join(" · ", parts)).append("</div>\n");
        }
        h.append("<p>Marketing list: ").append(link(seg)).append("</p>\n</section>\n");
    }

    private static String link(ReportSummary.Segment seg) {
        if (seg.listFile() == null) {
            return "–";
        }
        return "<a href=\"" + Html.esc(seg.listFile()) + "\">" + Html.esc(seg.listFile()) + "</a>";
    }

    private static void method(StringBuilder h, ManagerReport report, SegmentationResult r) {
        h.append("<h2>How the segments were found</h2>\n<p>Customers were grouped with ")
                .append(Html.esc(algorithm(r.algorithm().label()))).append(" on ")
                .append(Html.esc(String.join(", ", r.features().stream().map(f -> f.replace('_', ' ')).toList())))
                .append(". ");
        if (r.preprocessing().stream().anyMatch(step -> step.startsWith("log1p"))) {
            h.append("Lopsided figures such as spend were put on a log scale and every figure was standardised, so ")
                    .append("that each counts equally and a few very large customers do not decide the grouping. ");
        } else if (!r.preprocessing().isEmpty()) {
            h.append("Every figure was standardised, so that each counts equally. ");
        }
        h.append("Every number of segments from ").append(r.sweep().isEmpty() ? r.k() : r.sweep().get(0).k())
                .append(" to ").append(r.sweep().isEmpty() ? r.k() : r.sweep().get(r.sweep().size() - 1).k())
                .append(" was tried, and ").append(r.k()).append(" was chosen by ").append(Html.esc(r.kChosenBy()))
                .append(": the silhouette measures how much closer customers are to their own segment than to the ")
                .append("next one (1 = perfectly apart, 0 = overlapping). The chosen grouping scores ")
                .append(Html.decimal(r.silhouette(), 3)).append(".</p>\n");
        h.append(SvgCharts.silhouette(r.sweep(), r.k())).append('\n');
        h.append("<table><tr><th class=\"n\">k</th><th class=\"n\">Silhouette (higher is better)</th>")
                .append("<th class=\"n\">Davies–Bouldin (lower is better)</th><th class=\"n\">Calinski–Harabasz</th>")
                .append("<th class=\"n\">Inertia</th></tr>\n");
        for (SweepPoint p : r.sweep()) {
            h.append(p.k() == r.k() ? "<tr class=\"chosen\">" : "<tr>").append("<td class=\"n\">").append(p.k())
                    .append("</td><td class=\"n\">").append(Html.decimal(p.silhouette(), 3))
                    .append("</td><td class=\"n\">").append(Html.decimal(p.daviesBouldin(), 3))
                    .append("</td><td class=\"n\">").append(Html.decimal(p.calinskiHarabasz(), 1))
                    .append("</td><td class=\"n\">").append(Html.decimal(p.inertia(), 1)).append("</td></tr>\n");
        }
        h.append("</table>\n");
        if (!r.preprocessing().isEmpty()) {
            h.append("<p class=\"typical\">Preparation: ").append(Html.esc(String.join("; ", r.preprocessing())))
                    .append(".</p>\n");
        }
        for (String note : r.notes()) {
            h.append("<p class=\"typical\">").append(Html.esc(note)).append("</p>\n");
        }
    }

    private static void quality(StringBuilder h, ManagerReport report) {
        h.append("<h2>Data quality</h2>\n");
        if (report.eda() != null) {
            CleaningReport c = report.eda().dataQuality();
            h.append("<p>Rows that cannot be a sale to a known customer were left out before any figure above was ")
                    .append("computed.</p>\n<table><tr><th>Rows</th><th class=\"n\">Count</th></tr>\n");
            row(h, "read", c.rowsRead());
            // Rules that removed nothing are left out: the table is about what happened to this file.
            c.removedByRule().forEach((rule, n) -> {
                if (n > 0) {
                    row(h, "removed: " + rule.label(), n);
                }
            });
            row(h, "kept", c.rowsKept());
            if (c.duplicateRows() > 0 && c.removed(CleaningRule.DUPLICATES) == 0) {
                row(h, "exact duplicates of an earlier row (kept, counted)", c.duplicateRows());
            }
            h.append("</table>\n");
            return;
        }
        Table t = report.table();
        h.append("<p>").append(Html.whole(t.rowCount())).append(" rows were read. Missing values in the columns ")
                .append("segmented on are filled with the column's median.</p>\n")
                .append("<table><tr><th>Column</th><th class=\"n\">Missing values</th></tr>\n");
        for (String name : report.segmentation().result().features()) {
            double[] values = t.numericColumn(t.columnIndex(name));
            long missing = java.util.Arrays.stream(values).filter(Double::isNaN).count();
            row(h, name, missing);
        }
        h.append("</table>\n");
    }

    /** "kmeans" → "k-means": the name a reader knows. */
    private static String algorithm(String label) {
        return switch (label) {
            case "kmeans" -> "k-means";
            case "gmm" -> "a Gaussian mixture";
            case "ward" -> "Ward's hierarchical clustering";
            default -> label;
        };
    }

    private static void row(StringBuilder h, String label, long count) {
        h.append("<tr><td>").append(Html.esc(label)).append("</td><td class=\"n\">").append(Html.whole(count))
                .append("</td></tr>\n");
    }

    private static String capital(String text) {
        return text == null || text.isEmpty() ? "" : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
