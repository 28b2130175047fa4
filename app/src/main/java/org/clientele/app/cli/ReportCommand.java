package org.clientele.app.cli;

import org.clientele.core.report.ManagerReport;
import org.clientele.core.report.ReportSummary;
import org.clientele.core.report.ReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code clientele report FILE --out DIR}: the whole pipeline, as a page a manager can read. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Run the whole pipeline and write a report for managers.",
                "It writes DIR/report.html (one self-contained page that opens offline: headline figures, one",
                "section per segment with its recommended action, how the segments were found, data",
                "quality), DIR/summary.json (the same figures for scripts) and one marketing list per",
                "segment in DIR/lists/. Segments are found with k-means on recency, frequency and spend",
                "when the table has them (else every numeric column), k chosen by silhouette.",
                "A transaction log is first turned into a customer table exactly as 'rfm' does."})
final class ReportCommand implements Callable<Integer> {

    @Mixin
    CommonOptions.OutDir output;

    @Mixin
    CommonOptions.Seed seeding;

    @Mixin
    CommonOptions.Force overwrite;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "Customer table or transaction log.")
    Path file;

    @Mixin
    InputOptions input;

    @Override
    public Integer call() {
        ReportWriter.checkWritable(output.out, overwrite.force);
        ConsoleProgress progress = ConsoleProgress.forTerminal();
        ManagerReport report;
        try {
            report = ManagerReport.build(file, input.toReadOptions(), seeding.seed, progress);
        } finally {
            progress.done();
        }
        ReportWriter.Written written = ReportWriter.write(report, output.out, overwrite.force, VersionProvider.version(), Instant.now());
        print(spec.commandLine().getOut(), written);
        return ExitCodes.OK;
    }

    private static void print(PrintWriter console, ReportWriter.Written written) {
        ReportSummary s = written.content();
        console.printf("%,d customers in %d segments (k chosen by %s, silhouette %.3f):%n", s.customers(),
                s.segmentation().k(), s.segmentation().kChosenBy(), s.segmentation().silhouette());
        for (ReportSummary.Segment seg : s.segments()) {
            String revenue = Double.isNaN(seg.revenueShare()) ? ""
                    : String.format(Locale.ROOT, ", %.1f%% of revenue", seg.revenueShare() * 100);
            console.printf("  %d. %s: %,d customers%s%n", seg.id(), seg.name(), seg.size(), revenue);
        }
        console.println("Wrote " + written.html() + ", " + written.summary().getFileName() + " and "
                + written.lists().size() + " lists in " + written.html().resolveSibling(ReportWriter.LISTS) + ".");
    }
}
