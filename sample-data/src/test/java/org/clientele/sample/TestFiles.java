package org.clientele.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Helpers for tests: the shared real data (when present) and reading generated CSV back. */
final class TestFiles {

    private TestFiles() {
    }

    /** The shared data directory, found by walking up from the working directory; empty in a plain clone. */
    static Optional<Path> sharedData() {
        for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("data");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    static Reader reader(InputStream in, boolean gzip) throws IOException {
        return new InputStreamReader(gzip ? new GZIPInputStream(in, 1 << 16) : in, StandardCharsets.UTF_8);
    }

    static CSVParser parse(Path file) throws IOException {
        return CSVParser.parse(reader(Files.newInputStream(file), CsvOutput.isGzip(file)),
                CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get());
    }

    static List<CSVRecord> records(Path file) throws IOException {
        try (CSVParser parser = parse(file)) {
            return parser.getRecords();
        }
    }

    static List<String> header(Path file) throws IOException {
        try (CSVParser parser = parse(file)) {
            return parser.getHeaderNames();
        }
    }
}
