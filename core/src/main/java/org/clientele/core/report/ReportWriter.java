package org.clientele.core.report;

import org.clientele.core.io.Json;
import org.clientele.core.io.OutputFiles;
import org.clientele.core.provenance.Provenance;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link ManagerReport} into a folder: {@code report.html}, {@code summary.json} and one marketing list
 * per segment in {@code lists/}. Each file is written atomically, and nothing is written when any of them exists
 * and overwriting was not asked for.
 */
public final class ReportWriter {

    public static final String HTML = "report.html";
    public static final String SUMMARY = "summary.json";
    public static final String LISTS = "lists";

    /** What was written. */
    public record Written(Path html, Path summary, List<Path> lists, ReportSummary content) {
    }

    private ReportWriter() {
    }

    /** Refuses early, before the pipeline runs, when the report's main files exist and {@code force} is false. */
    public static void checkWritable(Path dir, boolean force) {
        OutputFiles.checkWritable(dir.resolve(HTML), force);
        OutputFiles.checkWritable(dir.resolve(SUMMARY), force);
    }

    /**
     * @param version     the Clientele version named in the report's footer and summary
     * @param generatedAt when the report was made (to the second)
     */
    public static Written write(ManagerReport report, Path dir, boolean force, String version, Instant generatedAt) {
        checkWritable(dir, force);
        MarketingList everyone = MarketingList.prepare(report.table(), SegmentAssignments.of(report.segmentation()),
                null);
        Path listDir = dir.resolve(LISTS);
        Map<Integer, Path> listFiles = everyone.perSegmentFiles(listDir);
        listFiles.values().forEach(f -> OutputFiles.checkWritable(f, force));

        String when = generatedAt.truncatedTo(ChronoUnit.SECONDS).toString();
        ReportSummary summary = ReportSummary.of(report, dir, listFiles, when, version);
        String html = ReportHtml.render(report, summary);

        List<Path> lists = everyone.writePerSegment(listDir, force);
        Path summaryFile = dir.resolve(SUMMARY);
        Provenance.of(report.file(), report.seed(), report.customers())
                .with("algorithm", summary.segmentation().algorithm())
                .with("features", summary.segmentation().features())
                .writeWith(summaryFile, summary);
        // The page last: a report.html on disk means its lists and summary are there too.
        Path htmlFile = dir.resolve(HTML);
        OutputFiles.writeAtomically(htmlFile, out -> out.write(html.getBytes(StandardCharsets.UTF_8)));
        return new Written(htmlFile, summaryFile, lists, summary);
    }
}
