package org.clientele.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.clientele.core.task.Progress;

/**
 * One entry point for every generator, for the command line ({@code clientele generate KIND --rows N
 * --seed S --out FILE [--option value …]}) and the workbench. Output is gzip-compressed when the file
 * name ends in {@code .gz}, and is written atomically. Bad arguments throw
 * {@link IllegalArgumentException} with a message meant for the user.
 */
public final class Generators {

    /** What a run wrote. */
    public record Result(GeneratorKind kind, Path file, long rows, long seed, long bytes, Map<String, String> options) {
    }

    private Generators() {
    }

    public static Result generate(String kind, long rows, long seed, Map<String, String> options, Path out,
                                  Progress progress) {
        return generate(GeneratorKind.fromLabel(kind), rows, seed, options, out, progress);
    }

    public static Result generate(GeneratorKind kind, long rows, long seed, Map<String, String> options, Path out,
                                  Progress progress) {
        Map<String, String> given = normalise(kind, options == null ? Map.of() : options);
        if (rows < 1) {
            throw new IllegalArgumentException("rows must be at least 1, got " + rows);
        }
        switch (kind) {
            case TRANSACTIONS -> TransactionLogGenerator.write(out, transactionOptions(rows, seed, given), progress);
            case CUSTOMERS -> CustomerTableGenerator.write(out, rows, seed, progress);
            case EGOV -> EgovBehaviourGenerator.write(out, rows, seed, progress);
            case EGOV_ANONYMISED -> EgovBehaviourGenerator.writeAnonymised(out, rows, seed, progress);
            case CONTRACTS -> ContractTableGenerator.write(out, rows, seed, progress);
            case BLOBS -> CustomerBlobsGenerator.write(out, blobOptions(rows, seed, given), progress);
            default -> throw new IllegalStateException(kind.toString());
        }
        try {
            return new Result(kind, out, rows, seed, Files.size(out), given);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TransactionOptions transactionOptions(long rows, long seed, Map<String, String> given) {
        TransactionOptions defaults = TransactionOptions.of(rows, seed);
        return TransactionOptions.builder(rows, seed)
                .customers((int) integer(given, "customers", defaults.customers(), 1, Integer.MAX_VALUE - 8))
                .start(date(given, "start", defaults.start()))
                .end(date(given, "end", defaults.end()))
                .products((int) integer(given, "products", defaults.products(), 10, 1_000_000))
                .missingCustomerShare(decimal(given, "missing-customer-share", defaults.missingCustomerShare()))
                .cancellationShare(decimal(given, "cancellation-share", defaults.cancellationShare()))
                .saturdays(bool(given, "saturdays", defaults.saturdays()))
                .build();
    }

    static CustomerBlobsGenerator.Options blobOptions(long rows, long seed, Map<String, String> given) {
        CustomerBlobsGenerator.Options defaults = CustomerBlobsGenerator.Options.of(rows, seed);
        return new CustomerBlobsGenerator.Options(rows,
                (int) integer(given, "features", defaults.features(), 1, 1000),
                (int) integer(given, "blobs", defaults.blobs(), 1, 10_000),
                decimal(given, "spread", defaults.spread()),
                seed,
                bool(given, "labels", defaults.withLabels()));
    }

    private static Map<String, String> normalise(GeneratorKind kind, Map<String, String> options) {
        Map<String, String> out = new TreeMap<>();
        options.forEach((key, value) -> {
            String name = key.trim().toLowerCase(Locale.ROOT).replaceFirst("^--", "").replace('_', '-');
            if (!kind.options().contains(name)) {
                throw new IllegalArgumentException("'" + key + "' is not an option of " + kind.label()
                        + (kind.options().isEmpty() ? " (it takes only rows, seed and output)"
                        : "; its options are " + String.join(", ", kind.options())));
            }
            out.put(name, value == null ? "" : value.trim());
        });
        return out;
    }

    private static long integer(Map<String, String> given, String name, long fallback, long min, long max) {
        String text = given.get(name);
        if (text == null) {
            return fallback;
        }
        try {
            long value = Long.parseLong(text.replace("_", ""));
            if (value < min || value > max) {
                throw new IllegalArgumentException(name + " must be " + min + ".." + max + ", got " + text);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": \"" + text + "\" is not a whole number");
        }
    }

    private static double decimal(Map<String, String> given, String name, double fallback) {
        String text = given.get(name);
        if (text == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": \"" + text + "\" is not a number");
        }
    }

    private static LocalDate date(Map<String, String> given, String name, LocalDate fallback) {
        String text = given.get(name);
        if (text == null) {
            return fallback;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + ": \"" + text + "\" is not a date like 2011-12-09");
        }
    }

    private static boolean bool(Map<String, String> given, String name, boolean fallback) {
        String text = given.get(name);
        if (text == null) {
            return fallback;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "", "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw new IllegalArgumentException(name + ": \"" + text + "\" is not true or false");
        };
    }
}
