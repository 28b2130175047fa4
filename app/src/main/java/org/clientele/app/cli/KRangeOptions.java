package org.clientele.app.cli;

import org.clientele.core.segment.SegmentOptions;
import picocli.CommandLine.Option;

/** {@code --k}, {@code --k-min}, {@code --k-max}: how many segments, or the range k is chosen in. */
final class KRangeOptions {

    @Option(names = "--k", defaultValue = "auto", paramLabel = "auto|N", description = "Number of segments (default: ${DEFAULT-VALUE}).")
    String k;

    @Option(names = "--k-min", defaultValue = "3", paramLabel = "N",
            description = "Smallest k tried (default: ${DEFAULT-VALUE}; 2 is allowed).")
    int kMin;

    @Option(names = "--k-max", defaultValue = "8", paramLabel = "N", description = "Largest k tried (default: ${DEFAULT-VALUE}).")
    int kMax;

    void applyTo(SegmentOptions.Builder b) {
        Integer chosen;
        try {
            chosen = k.equalsIgnoreCase("auto") ? null : Integer.valueOf(k);
        } catch (NumberFormatException e) {
            throw new CliException(ExitCodes.USAGE, "--k must be 'auto' or a whole number, not '" + k + "'.");
        }
        if (kMin < 2 || kMax < kMin || (chosen != null && chosen < 2)) {
            throw new CliException(ExitCodes.USAGE, "k must be at least 2 and --k-min <= --k-max.");
        }
        b.k(chosen).kRange(kMin, kMax);
    }
}
