package org.clientele.app.cli;

import org.clientele.core.data.Table;
import org.clientele.core.report.ListFilter;
import org.clientele.core.report.MarketingList;
import org.clientele.core.report.SegmentAssignments;
import org.clientele.core.segment.rfm.RfmScore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code clientele export FILE --segments DIR --out LIST.csv}: a marketing list of chosen segments. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write a marketing list (--out): the customers of chosen segments and RFM groups.",
                "Each row has the customer's segment, its recommended action, RFM scores and the",
                "customer table's recency, frequency and monetary columns, ordered by segment then",
                "spend (highest first). FILE is the table or log the segment run in DIR used."})
final class ExportCommand implements Callable<Integer> {

    @Mixin
    CommonOptions.OutFile output;

    @Mixin
    CommonOptions.Force overwrite;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "Customer table or transaction log that was segmented.")
    Path file;

    @Option(names = "--segments", required = true, paramLabel = "DIR", description = "Output directory of 'clientele segment'.")
    Path segments;

    @Option(names = "--segment", paramLabel = "NAME|ID", description = "Keep this segment (repeatable; default: all).")
    List<String> chosenSegments;

    @Option(names = "--rfm-segment", paramLabel = "NAME", description = "Keep this RFM segment, e.g. Champions (repeatable).")
    List<String> chosenRfm;

    @Option(names = "--min", paramLabel = "COLUMN=VALUE", description = "Keep customers with COLUMN >= VALUE (repeatable).")
    Map<String, Double> min = new LinkedHashMap<>();

    @Option(names = "--max", paramLabel = "COLUMN=VALUE", description = "Keep customers with COLUMN <= VALUE (repeatable).")
    Map<String, Double> max = new LinkedHashMap<>();

    @Option(names = "--columns", split = ",", paramLabel = "A,B,...", description = "More customer-table columns to include.")
    List<String> columns;

    @Option(names = "--no-outliers", description = "Leave out customers the clustering marked as outliers.")
    boolean noOutliers;

    @Option(names = "--per-segment", paramLabel = "DIR", description = "Also write one CSV per segment into DIR.")
    Path perSegment;

    @Mixin
    InputOptions input;

    @Override
    public Integer call() {
        overwrite.checkWritable(output.out);
        SegmentAssignments assignments = SegmentAssignments.read(segments);
        ListFilter filter = new ListFilter(segmentIds(assignments), rfmNames(assignments), ranges(), noOutliers);
        Table table = input.loadCustomers(file);
        MarketingList everyone;
        MarketingList list;
        try {
            everyone = MarketingList.prepare(table, assignments, columns);
            list = everyone.select(filter);
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCodes.USAGE, capitalised(e.getMessage()) + ".");
        }
        if (everyone.size() == 0) {
            throw new CliException(ExitCodes.BAD_INPUT, "no customer of " + segments.resolve("assignments.csv")
                    + " matches a row of " + file.getFileName() + ". Export from the file the segment run used.");
        }
        if (perSegment != null) {
            list.perSegmentFiles(perSegment).values().forEach(f -> overwrite.checkWritable(f));
        }
        list.writeCsv(output.out);
        List<Path> split = perSegment == null ? List.of() : list.writePerSegment(perSegment, overwrite.force);
        print(spec.commandLine().getOut(), list, split);
        return ExitCodes.OK;
    }

    private Set<Integer> segmentIds(SegmentAssignments a) {
        if (chosenSegments == null || chosenSegments.isEmpty()) {
            return null;
        }
        Set<Integer> ids = new LinkedHashSet<>();
        for (String wanted : chosenSegments) {
            Integer id = findSegment(a, wanted.strip());
            if (id == null) {
                String known = a.names().entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")")
                        .collect(Collectors.joining(", "));
                throw new CliException(ExitCodes.USAGE, "--segment '" + wanted + "' is not a segment of "
                        + segments + ". Segments are: " + known + ".");
            }
            ids.add(id);
        }
        return ids;
    }

    private static Integer findSegment(SegmentAssignments a, String wanted) {
        try {
            int id = Integer.parseInt(wanted);
            return a.names().containsKey(id) ? id : null;
        } catch (NumberFormatException notANumber) {
            for (Map.Entry<Integer, String> e : a.names().entrySet()) {
                if (e.getValue().equalsIgnoreCase(wanted) || MarketingList.slug(e.getValue()).equals(MarketingList.slug(wanted))
                        && !MarketingList.slug(wanted).isEmpty()) {
                    return e.getKey();
                }
            }
            return null;
        }
    }

    private Set<String> rfmNames(SegmentAssignments a) {
        if (chosenRfm == null || chosenRfm.isEmpty()) {
            return null;
        }
        if (!a.hasRfm()) {
            throw new CliException(ExitCodes.USAGE, segments + " has no RFM segments (the segmented table had no "
                    + "recency, frequency and monetary columns); drop --rfm-segment.");
        }
        Set<String> known = new TreeSet<>(a.rfm().stream().map(RfmScore::segment).toList());
        Set<String> names = new LinkedHashSet<>();
        for (String wanted : chosenRfm) {
            String match = known.stream().filter(k -> k.equalsIgnoreCase(wanted.strip())).findFirst().orElseThrow(() ->
                    new CliException(ExitCodes.USAGE, "--rfm-segment '" + wanted + "' matches no customer. RFM segments "
                            + "present are: " + String.join(", ", known) + "."));
            names.add(match);
        }
        return names;
    }

    private List<ListFilter.Range> ranges() {
        List<ListFilter.Range> ranges = new ArrayList<>();
        min.forEach((column, value) -> ranges.add(ListFilter.Range.atLeast(column, value)));
        max.forEach((column, value) -> ranges.add(ListFilter.Range.atMost(column, value)));
        return ranges;
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    private void print(PrintWriter console, MarketingList list, List<Path> split) {
        double revenue = list.revenue();
        console.printf("%,d customers%s. Wrote %s.%n", list.size(),
                Double.isNaN(revenue) ? "" : String.format(", revenue %,.2f", revenue), output.out);
        Map<Integer, Integer> counts = list.countsBySegment();
        counts.forEach((segment, count) -> console.printf("  %d. %s: %,d%n", segment,
                list.assignments().names().getOrDefault(segment, "Segment " + segment), count));
        if (list.unmatched() > 0) {
            console.printf("%,d segmented customers have no row in %s and were left out.%n", list.unmatched(),
                    file.getFileName());
        }
        if (!split.isEmpty()) {
            console.printf("Wrote %d files into %s: %s.%n", split.size(), perSegment,
                    split.stream().map(p -> p.getFileName().toString()).collect(Collectors.joining(", ")));
        }
    }
}
