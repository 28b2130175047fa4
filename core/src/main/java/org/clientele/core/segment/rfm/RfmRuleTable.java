package org.clientele.core.segment.rfm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.clientele.core.io.CsvOutput;
import org.clientele.core.io.Json;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * The rules that turn R and FM scores into named segments, kept as data so users can read and edit them.
 * A valid table assigns every one of the 25 cells R 1–5 × FM 1–5 to exactly one rule; the constructor
 * refuses anything else with a message naming the bad rule. Rows serialise as JSON or CSV with the columns
 * {@code segment, rMin, rMax, fmMin, fmMax, description, action}.
 */
public record RfmRuleTable(List<RfmSegmentRule> rules) {

    static final String[] CSV_HEADER = {"segment", "rMin", "rMax", "fmMin", "fmMax", "description", "action"};
    private static final String DEFAULT_RESOURCE = "rfm-segments.json";

    public RfmRuleTable {
        rules = List.copyOf(rules);
        validate(rules);
    }

    /**
     * The customary grid (recency score across, mean of frequency and monetary scores up): Champions,
     * Loyal Customers, Potential Loyalists, New Customers, Promising, Need Attention, About to Sleep,
     * At Risk, Can't Lose Them, Hibernating, Lost.
     */
    public static RfmRuleTable defaults() {
        try (InputStream in = RfmRuleTable.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            return fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8), DEFAULT_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a user's table: CSV when the name ends in .csv, JSON otherwise. */
    public static RfmRuleTable read(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")
                    ? fromCsv(text, file.getFileName().toString())
                    : fromJson(text, file.getFileName().toString());
        } catch (java.nio.file.NoSuchFileException e) {
            throw new RfmRuleException(file + ": no such file", e);
        } catch (IOException e) {
            throw new RfmRuleException(file + ": cannot be read as UTF-8 text (" + e.getMessage() + ")", e);
        }
    }

    /** A JSON array of rules, or an object with a {@code rules} array. */
    public static RfmRuleTable fromJson(String json, String source) {
        try {
            JsonNode tree = Json.mapper().readTree(json);
            JsonNode array = tree.isArray() ? tree : tree.path("rules");
            if (!array.isArray()) {
                throw new RfmRuleException(source + ": expected a JSON array of rules or {\"rules\": [...]}");
            }
            List<RfmSegmentRule> rules = new ArrayList<>();
            for (JsonNode node : array) {
                rules.add(Json.mapper().treeToValue(node, RfmSegmentRule.class));
            }
            return withSource(rules, source);
        } catch (JsonProcessingException e) {
            throw new RfmRuleException(source + ": not a valid rule table: " + e.getOriginalMessage(), e);
        }
    }

    public static RfmRuleTable fromCsv(String csv, String source) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).get();
        List<RfmSegmentRule> rules = new ArrayList<>();
        try (Reader reader = new java.io.StringReader(csv.startsWith("\uFEFF") ? csv.substring(1) : csv)) {
            for (CSVRecord row : format.parse(reader)) {
                long line = row.getRecordNumber() + 1;
                rules.add(new RfmSegmentRule(text(row, "segment", source, line), score(row, "rMin", source, line),
                        score(row, "rMax", source, line), score(row, "fmMin", source, line),
                        score(row, "fmMax", source, line), text(row, "description", source, line),
                        text(row, "action", source, line)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException e) {
            throw new RfmRuleException(source + ": " + e.getMessage() + "; the header must be "
                    + String.join(",", CSV_HEADER), e);
        }
        return withSource(rules, source);
    }

    public String toCsv() {
        return CsvOutput.toText(List.of(CSV_HEADER), this::writeRows);
    }

    public void writeCsv(Path file) {
        CsvOutput.write(file, List.of(CSV_HEADER), this::writeRows);
    }

    private void writeRows(CsvOutput.Printer printer) throws IOException {
        for (RfmSegmentRule r : rules) {
            printer.row(r.segment(), r.rMin(), r.rMax(), r.fmMin(), r.fmMax(), r.description(), r.action());
        }
    }

    /** The rule for a cell; every cell has exactly one in a valid table. */
    public RfmSegmentRule ruleFor(int r, int fm) {
        for (RfmSegmentRule rule : rules) {
            if (rule.covers(r, fm)) {
                return rule;
            }
        }
        throw new IllegalArgumentException("scores must be 1–5, got R " + r + ", FM " + fm);
    }

    /** Segment names in the order they first appear in the table. */
    public List<String> segmentNames() {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        rules.forEach(r -> names.add(r.segment()));
        return List.copyOf(names);
    }

    private static RfmRuleTable withSource(List<RfmSegmentRule> rules, String source) {
        try {
            return new RfmRuleTable(rules);
        } catch (RfmRuleException e) {
            throw new RfmRuleException(source + ": " + e.getMessage(), e);
        }
    }

    private static void validate(List<RfmSegmentRule> rules) {
        if (rules.isEmpty()) {
            throw new RfmRuleException("the rule table is empty: it needs rules covering R 1–5 × FM 1–5");
        }
        RfmSegmentRule[][] owner = new RfmSegmentRule[6][6];
        int[][] ownerIndex = new int[6][6];
        for (int i = 0; i < rules.size(); i++) {
            RfmSegmentRule rule = rules.get(i);
            String which = "rule " + (i + 1) + " " + (rule.segment() == null ? "(no segment)" : rule.label());
            if (rule.segment() == null || rule.segment().isBlank()) {
                throw new RfmRuleException("rule " + (i + 1) + " has no segment name");
            }
            if (rule.rMin() < 1 || rule.rMax() > 5 || rule.fmMin() < 1 || rule.fmMax() > 5) {
                throw new RfmRuleException(which + ": scores run from 1 to 5");
            }
            if (rule.rMin() > rule.rMax() || rule.fmMin() > rule.fmMax()) {
                throw new RfmRuleException(which + ": a minimum is above its maximum");
            }
            for (int r = rule.rMin(); r <= rule.rMax(); r++) {
                for (int fm = rule.fmMin(); fm <= rule.fmMax(); fm++) {
                    if (owner[r][fm] != null) {
                        throw new RfmRuleException(which + " overlaps rule " + (ownerIndex[r][fm] + 1) + " "
                                + owner[r][fm].label() + " at R " + r + ", FM " + fm
                                + "; each cell must belong to one rule");
                    }
                    owner[r][fm] = rule;
                    ownerIndex[r][fm] = i;
                }
            }
        }
        for (int r = 1; r <= 5; r++) {
            for (int fm = 1; fm <= 5; fm++) {
                if (owner[r][fm] == null) {
                    throw new RfmRuleException("no rule covers R " + r + ", FM " + fm
                            + "; add a rule for it or widen a neighbouring one");
                }
            }
        }
    }

    private static String text(CSVRecord row, String column, String source, long line) {
        if (!row.isMapped(column)) {
            throw new RfmRuleException(source + ": column '" + column + "' is missing; the header must be "
                    + String.join(",", CSV_HEADER));
        }
        return row.isSet(column) ? row.get(column) : "";
    }

    private static int score(CSVRecord row, String column, String source, long line) {
        String value = text(row, column, source, line).trim();
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new RfmRuleException(source + ": line " + line + ", column '" + column + "': \"" + value
                    + "\" is not a whole score 1–5");
        }
    }
}
