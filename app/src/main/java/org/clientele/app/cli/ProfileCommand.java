package org.clientele.app.cli;

import org.clientele.core.data.ColumnProfile;
import org.clientele.core.data.DataProfile;
import org.clientele.core.data.Profiler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code clientele profile FILE}: what is in a file, column by column, streamed so any size works. */
@Command(name = "profile", mixinStandardHelpOptions = true,
        description = {"Describe a file: its kind and every column's type, role and statistics.",
                "Lists missing and distinct values, number statistics and warnings. Without --out, prints a table;",
                "with --out, writes DIR/profile.json."})
final class ProfileCommand implements Callable<Integer> {

    @Mixin
    CommonOptions.Force overwrite;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "CSV file (optionally .gz).")
    Path file;

    @Option(names = "--out", paramLabel = "DIR", description = "Write DIR/profile.json instead of printing a table.")
    Path out;

    @Mixin
    InputOptions input;

    @Override
    public Integer call() {
        Path target = out == null ? null : out.resolve("profile.json");
        if (target != null) {
            overwrite.checkWritable(target);
        }
        ConsoleProgress progress = ConsoleProgress.forTerminal();
        DataProfile profile;
        try {
            profile = Profiler.profile(file, input.toReadOptions(), progress);
        } finally {
            progress.done();
        }
        PrintWriter console = spec.commandLine().getOut();
        if (target != null) {
            profile.writeJson(target);
            console.printf("%s: %s, %,d rows, %d columns. Wrote %s%n", file.getFileName(), profile.kind().label(),
                    profile.rows(), profile.columns().size(), target);
        } else {
            printTable(console, profile);
        }
        return ExitCodes.OK;
    }

    private void printTable(PrintWriter out, DataProfile p) {
        out.printf("%s: %s, %,d rows, %d columns (%s)%n%n", file.getFileName(), p.kind().label(), p.rows(),
                p.columns().size(), p.format());
        out.printf("%-24s %-12s %-12s %9s %9s %12s %12s %12s %12s%n",
                "column", "type", "role", "missing", "distinct", "mean", "std", "min", "max");
        for (ColumnProfile c : p.columns()) {
            out.printf("%-24s %-12s %-12s %,9d %9s %12s %12s %12s %12s%n", clip(c.name(), 24),
                    c.type().label(), c.role().label(), c.missing(),
                    (c.distinctCapped() ? "≥" : "") + String.format("%,d", c.distinct()),
                    number(c.mean()), number(c.std()), number(c.min()), number(c.max()));
        }
        // The file's warnings already include every column's, prefixed with the column name.
        if (!p.warnings().isEmpty()) {
            out.println();
            out.println("warnings:");
            p.warnings().forEach(w -> out.println("  " + w));
        }
    }

    private static String clip(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "…";
    }

    private static String number(Double v) {
        if (v == null || v.isNaN()) {
            return "";
        }
        double a = Math.abs(v);
        return a != 0 && (a >= 1e7 || a < 1e-3) ? String.format("%.4g", v) : String.format("%,.2f", v);
    }
}
