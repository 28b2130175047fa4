package org.clientele.core.data;

import org.clientele.core.UserInputException.Reason;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A file opened for one pass: the first rows are read ahead to detect the {@link Schema}, then all rows
 * (those read ahead first) are handed out in order with their line numbers.
 */
public final class DataSource implements AutoCloseable {

    /** Rows read ahead to infer types; enough to see date order and number style in real files. */
    public static final int SAMPLE_ROWS = 20_000;
    /** Set to true to parse on the calling thread (for measurements, or a single-core machine). */
    public static final String SEQUENTIAL_PROPERTY = "clientele.csv.sequential";

    private final CsvRows rows;
    private final RowPrefetcher prefetcher;
    private final Schema schema;
    private final List<String[]> ahead = new ArrayList<>();
    private long[] aheadLines;
    private long[] aheadHashes;
    private long hash;
    private int replay;
    private long line;

    private DataSource(CsvRows rows, ReadOptions opts, int sampleRows, boolean background) {
        this.rows = rows;
        this.prefetcher = background ? new RowPrefetcher(rows) : null;
        try {
            this.schema = sample(rows, opts, sampleRows);
        } catch (RuntimeException e) {
            if (prefetcher != null) {
                prefetcher.close();
            }
            throw e;
        }
    }

    private Schema sample(CsvRows rows, ReadOptions opts, int sampleRows) {
        List<String> header = rows.header();
        List<ColumnSniffer> sniffers = new ArrayList<>();
        for (String h : header) {
            sniffers.add(new ColumnSniffer(h, Math.max(1000, sampleRows)));
        }
        long[] lines = new long[Math.min(sampleRows, 1024)];
        long[] hashes = new long[lines.length];
        String[] row;
        while (ahead.size() < sampleRows && (row = pull()) != null) {
            if (ahead.size() == lines.length) {
                lines = java.util.Arrays.copyOf(lines, lines.length * 2);
                hashes = java.util.Arrays.copyOf(hashes, hashes.length * 2);
            }
            hashes[ahead.size()] = pulledHash();
            lines[ahead.size()] = pulledLine();
            ahead.add(row);
            for (int c = 0; c < row.length; c++) {
                sniffers.get(c).accept(row[c]);
            }
        }
        this.aheadLines = lines;
        this.aheadHashes = hashes;
        if (ahead.isEmpty()) {
            throw new DataFileException(Reason.NO_DATA, rows.file(), 0, null, "has a header but no data rows",
                    "Add data rows below the header");
        }
        return SchemaDetector.detect(rows.file(), rows.format(), header, sniffers, rows.warnings(), opts);
    }

    /** Warnings from reading the header (duplicate or empty names). */
    public List<String> readWarnings() {
        return rows.warnings();
    }

    /** The header warning about column {@code index} (renamed because empty or repeated), or null. */
    public String headerWarning(int index) {
        return rows.headerWarning(index);
    }

    public static DataSource open(Path file, ReadOptions opts) {
        return open(file, opts, SAMPLE_ROWS);
    }

    public static DataSource open(Path file, ReadOptions opts, int sampleRows) {
        return open(file, opts, sampleRows, false);
    }

    /**
     * @param streaming parse with {@link FastCsvParser} on a background thread (the transaction path);
     *                  rows, lines and errors are the same as without
     */
    public static DataSource open(Path file, ReadOptions opts, int sampleRows, boolean streaming) {
        CsvRows rows = CsvRows.open(file, FileSniffer.sniff(file), streaming);
        DataSource ds = null;
        try {
            ds = new DataSource(rows, opts == null ? ReadOptions.DEFAULT : opts, sampleRows,
                    streaming && !Boolean.getBoolean(SEQUENTIAL_PROPERTY));
            return ds;
        } finally {
            if (ds == null) {
                rows.close();
            }
        }
    }

    private String[] pull() {
        return prefetcher != null ? prefetcher.next() : rows.next();
    }

    private long pulledHash() {
        return prefetcher != null ? prefetcher.rowHash() : rows.rowHash();
    }

    private long pulledLine() {
        return prefetcher != null ? prefetcher.line() : rows.line();
    }

    public Schema schema() {
        return schema;
    }

    /** Next row, or null at the end. */
    public String[] next() {
        if (replay < ahead.size()) {
            line = aheadLines[replay];
            hash = aheadHashes[replay];
            String[] r = ahead.get(replay);
            ahead.set(replay++, null);
            return r;
        }
        String[] r = pull();
        line = pulledLine();
        hash = pulledHash();
        return r;
    }

    /**
     * Only these columns will be read from now on; others may come back as null in later rows (rows
     * already read ahead keep all fields).
     */
    public void keepOnly(boolean[] columns) {
        rows.keepOnly(columns);
    }

    /** How far through the file reading is, 0..1, or -1 when unknown. */
    public double fractionRead() {
        return rows.fractionRead();
    }

    /** {@link RowHash} of the last returned row (equal for rows equal in every field). */
    public long rowHash() {
        return hash;
    }

    /** Line where the last returned row starts. */
    public long line() {
        return line;
    }

    @Override
    public void close() {
        if (prefetcher != null) {
            prefetcher.close();
        }
        rows.close();
    }
}
