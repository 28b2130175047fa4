package org.clientele.app.cli;

import org.clientele.core.data.Table;
import org.clientele.core.io.Json;
import org.clientele.core.report.SegmentAssignments;
import org.clientele.core.roi.CampaignRoi;
import org.clientele.core.roi.CampaignSettings;
import org.clientele.core.roi.RoiDocument;
import org.clientele.core.roi.RoiResult;
import org.clientele.core.roi.SegmentEconomics;
import org.clientele.core.roi.SegmentEconomicsReader;
import org.clientele.core.roi.SegmentOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code clientele roi SEGDIR --cost C --margin M}: what a campaign to each segment would cost and earn. */
@Command(name = "roi", mixinStandardHelpOptions = true,
        description = {"Simulate a campaign to each segment: cost, incremental revenue, ROI; best segments for a budget.",
                "Simulate a campaign to each segment of a segment run: contacted customers, expected",
                "responders, incremental revenue (responses above the control group's rate), cost, ROI and",
                "the break-even response rate; with --budget, the segments worth contacting within it.",
                "With --data (the file the run segmented) the order value comes from the data (monetary /",
                "frequency) and the response rate from a 0/1 response column (e.g. 'Response') when it has",
                "one; otherwise from --aov and --response-rate. Writes SEGDIR/roi.json unless --out is given."})
final class RoiCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SEGDIR", description = "Output directory of 'clientele segment'.")
    Path segments;

    @Option(names = "--data", paramLabel = "FILE", description = "The customer table or transaction log that was segmented.")
    Path data;

    @Option(names = "--cost", required = true, paramLabel = "AMOUNT", description = "Cost of contacting one customer.")
    double cost;

    @Option(names = "--margin", defaultValue = "0.3", paramLabel = "SHARE",
            description = "Share of revenue that is profit (default: ${DEFAULT-VALUE}).")
    double margin;

    @Option(names = "--response-rate", defaultValue = "0.02", paramLabel = "SHARE",
            description = "Expected response rate where the data has no response column (default: ${DEFAULT-VALUE}).")
    double responseRate;

    @Option(names = "--control-rate", defaultValue = "0", paramLabel = "SHARE",
            description = "Share of an uncontacted control group that buys anyway (default: ${DEFAULT-VALUE}).")
    double controlRate;

    @Option(names = "--aov", paramLabel = "AMOUNT", description = "Revenue per response where the data has no order value.")
    Double aov;

    @Option(names = "--fixed-cost", defaultValue = "0", paramLabel = "AMOUNT", description = "Cost of running the campaign at all.")
    double fixedCost;

    @Option(names = "--budget", paramLabel = "AMOUNT", description = "Choose the most profitable segments within this budget.")
    Double budget;

    @Option(names = "--response", paramLabel = "COLUMN", description = "The 0/1 response column of --data (default: detected by name).")
    String responseColumn;

    @Option(names = "--out", paramLabel = "ROI.json", description = "Where to write the result (default: SEGDIR/roi.json).")
    Path out;

    @Mixin
    CommonOptions.Force overwrite;

    @Mixin
    InputOptions input;

    @Override
    public Integer call() {
        Path target = out != null ? out : segments.resolve("roi.json");
        CampaignSettings settings = settings();
        overwrite.checkWritable(target);
        SegmentAssignments assignments = SegmentAssignments.read(segments);
        Table table = null;
        String response = null;
        if (data != null) {
            table = input.loadCustomers(data);
            response = responseColumn != null ? responseColumn : SegmentEconomicsReader.detectResponseColumn(table);
            if (responseColumn != null && !table.columnNames().contains(responseColumn)) {
                throw new CliException(ExitCodes.USAGE, "--response '" + responseColumn + "' is not a column of "
                        + data + ". Columns are: " + String.join(", ", table.columnNames()) + ".");
            }
        } else if (responseColumn != null) {
            throw new CliException(ExitCodes.USAGE, "--response needs --data, the file the segment run used.");
        }
        List<SegmentEconomics> economics = SegmentEconomicsReader.read(assignments, data, table, response);
        if (aov == null && economics.stream().anyMatch(e -> Double.isNaN(e.averageOrderValue()))) {
            throw new CliException(ExitCodes.USAGE, (data == null ? "Without --data" : data.getFileName()
                    + " has no monetary and frequency columns, so") + " the order value is unknown: give --aov AMOUNT"
                    + (data == null ? " or --data FILE." : "."));
        }
        RoiResult result = CampaignRoi.simulate(economics, settings);
        Json.write(target, new RoiDocument(segments.toString(), data == null ? null : data.toString(), response, result));
        print(spec.commandLine().getOut(), result, target);
        return ExitCodes.OK;
    }

    private CampaignSettings settings() {
        try {
            return new CampaignSettings(cost, fixedCost, margin, responseRate, controlRate,
                    aov == null ? Double.NaN : aov, budget == null ? Double.NaN : budget);
        } catch (IllegalArgumentException e) {
            // The reminder only where a share was refused: a negative cost is not about how shares are written.
            throw new CliException(ExitCodes.USAGE, "Campaign settings: " + e.getMessage()
                    + (e.getMessage().contains("share") ? " (shares are written 0.3 for 30 %)." : "."));
        }
    }

    private static void print(PrintWriter console, RoiResult r, Path target) {
        console.printf("%-28s %9s %8s %10s %12s %10s %12s %8s %10s%n", "segment", "contacted", "response",
                "responders", "incr.revenue", "cost", "net profit", "ROI", "break-even");
        for (SegmentOutcome o : r.segments()) {
            line(console, o.id() + ". " + o.name(), o);
        }
        line(console, "Total (with fixed cost)", r.total());
        if (r.budgetPlan() != null) {
            console.println(r.budgetPlan().explanation());
        }
        r.notes().forEach(console::println);
        console.println("Wrote " + target + ".");
    }

    private static void line(PrintWriter console, String label, SegmentOutcome o) {
        console.printf(Locale.ROOT, "%-28s %,9d %7.1f%% %,10.0f %,12.0f %,10.0f %,12.0f %8s %10s%n",
                label.length() > 28 ? label.substring(0, 27) + "…" : label, o.contacted(), o.responseRate() * 100,
                o.incrementalResponders(), o.incrementalRevenue(), o.cost(), o.netProfit(),
                Double.isNaN(o.roi()) ? "-" : String.format(Locale.ROOT, "%.0f%%", o.roi() * 100),
                Double.isNaN(o.breakEvenResponseRate()) ? "-"
                        : String.format(Locale.ROOT, "%.1f%%", o.breakEvenResponseRate() * 100));
    }
}
