package org.clientele.sample;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.clientele.core.io.OutputFiles;

/**
 * Makes the bundled Online Retail subset: whole histories of a seeded random sample of customers, plus
 * a seeded sample of the invoices that have no customer id (whole invoices), so that cleaning has the
 * same kinds of rows to remove as in the full file. Lines are copied byte for byte, in their original
 * order, so the subset keeps the source's exact format.
 *
 * <p>Source: UCI "Online Retail" (Chen, D. 2015, UCI Machine Learning Repository id 352,
 * DOI 10.24432/C5BW33), CC BY 4.0.
 */
public final class OnlineRetailSubset {

    /** The seed and fraction the shipped {@code online_retail_sample.csv.gz} was made with. */
    public static final long SHIPPED_SEED = 20111209L;
    public static final double SHIPPED_FRACTION = 0.25;

    private static final int INVOICE = 0;
    private static final int CUSTOMER = 6;
    private static final int FIELDS = 8;

    /** What the subset holds. */
    public record Summary(long rows, int customers, int customersInSource, int invoicesWithoutCustomer,
                          int invoicesWithoutCustomerInSource, long rowsWithoutCustomer) {
    }

    private OnlineRetailSubset() {
    }

    /** {@code OnlineRetailSubset INPUT.csv.gz OUTPUT.csv.gz [SEED] [FRACTION]} */
    public static void main(String[] args) {
        if (args.length < 2 || args.length > 4) {
            System.err.println("usage: OnlineRetailSubset INPUT.csv.gz OUTPUT.csv.gz [SEED (default "
                    + SHIPPED_SEED + ")] [FRACTION (default " + SHIPPED_FRACTION + ")]");
            System.exit(2);
        }
        long seed = args.length > 2 ? Long.parseLong(args[2]) : SHIPPED_SEED;
        double fraction = args.length > 3 ? Double.parseDouble(args[3]) : SHIPPED_FRACTION;
        Summary summary = write(Path.of(args[0]), Path.of(args[1]), seed, fraction);
        System.out.println(summary);
    }

    public static Summary write(Path source, Path target, long seed, double fraction) {
        if (!(fraction > 0 && fraction <= 1)) {
            throw new IllegalArgumentException("fraction must be in (0, 1]: " + fraction);
        }
        TreeSet<String> customers = new TreeSet<>();
        TreeSet<String> anonymousInvoices = new TreeSet<>();
        forEachLine(source, (line, fields) -> {
            if (fields[CUSTOMER].isEmpty()) {
                anonymousInvoices.add(fields[INVOICE]);
            } else {
                customers.add(fields[CUSTOMER]);
            }
        });
        Set<String> keptCustomers = sample(customers, fraction, SeededRandom.derived(seed, 1));
        Set<String> keptInvoices = sample(anonymousInvoices, fraction, SeededRandom.derived(seed, 2));

        long[] counts = new long[2];
        OutputFiles.writeAtomically(target, stream -> {
            try (OutputStream gzip = CsvOutput.deterministicGzip(stream, Deflater.BEST_COMPRESSION);
                 Writer out = new OutputStreamWriter(gzip, StandardCharsets.UTF_8)) {
                // Lines are copied verbatim (not through core's CsvOutput): the subset must stay byte-for-byte
                // the public data set's rows; it has no cell that starts a spreadsheet formula.
                out.write(readHeader(source));
                out.write('\n');
                forEachLine(source, (line, fields) -> {
                    boolean anonymous = fields[CUSTOMER].isEmpty();
                    if (anonymous ? keptInvoices.contains(fields[INVOICE]) : keptCustomers.contains(fields[CUSTOMER])) {
                        out.write(line);
                        out.write('\n');
                        counts[0]++;
                        if (anonymous) {
                            counts[1]++;
                        }
                    }
                });
            }
        });
        return new Summary(counts[0], keptCustomers.size(), customers.size(), keptInvoices.size(),
                anonymousInvoices.size(), counts[1]);
    }

    /** A uniform sample without replacement of round(fraction × n) keys, independent of input order. */
    static Set<String> sample(TreeSet<String> keys, double fraction, SeededRandom random) {
        List<String> shuffled = new ArrayList<>(keys);
        for (int i = shuffled.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            String swap = shuffled.get(i);
            shuffled.set(i, shuffled.get(j));
            shuffled.set(j, swap);
        }
        int take = (int) Math.round(fraction * shuffled.size());
        return new HashSet<>(shuffled.subList(0, take));
    }

    @FunctionalInterface
    private interface LineVisitor {
        void visit(String line, String[] fields) throws IOException;
    }

    private static String readHeader(Path source) throws IOException {
        try (BufferedReader reader = open(source)) {
            return reader.readLine();
        }
    }

    private static void forEachLine(Path source, LineVisitor visitor) {
        try (BufferedReader reader = open(source)) {
            String header = reader.readLine();
            if (header == null || split(header).length != FIELDS || !header.startsWith("InvoiceNo,")) {
                throw new IllegalArgumentException(source + ": not the Online Retail layout: " + header);
            }
            String line;
            while ((line = reader.readLine()) != null) {
                visitor.visit(line, split(line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedReader open(Path source) throws IOException {
        InputStream in = Files.newInputStream(source);
        if (CsvOutput.isGzip(source)) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }

    // The source has no multi-line fields, so each line is one record; quoted ones go through Commons CSV.
    static String[] split(String line) throws IOException {
        if (line.indexOf('"') < 0) {
            return line.split(",", -1);
        }
        try (CSVParser parser = CSVParser.parse(line, CSVFormat.DEFAULT)) {
            CSVRecord record = parser.getRecords().get(0);
            return record.values();
        }
    }
}
