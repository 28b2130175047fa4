package org.clientele.core.segment.profile;

import org.clientele.core.io.Json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns column headers into words a marketing manager would say ({@code "Annual Income (k$)"} -> "annual
 * income" in $ thousands, {@code "NumWebVisitsMonth"} -> "web visits per month"). Kept as data, the JSON
 * resource {@code column-vocabulary.json}: {@code abbreviations} (word -> words, "" drops the word) and
 * {@code columns} ({@link VocabularyEntry}, first match wins). A user's own file is tried before the
 * defaults with {@link #withOverrides}.
 */
public record ColumnVocabulary(Map<String, String> abbreviations, List<VocabularyEntry> columns) {

    private static final String DEFAULT_RESOURCE = "column-vocabulary.json";
    private static final Pattern BRACKETS = Pattern.compile("[(\\[{]([^)\\]}]*)[)\\]}]");
    private static final Pattern RANGE = Pattern.compile("\\s*(\\d+(?:\\.\\d+)?)\\s*(?:-|–|to)\\s*(\\d+(?:\\.\\d+)?)\\s*");
    private static final Pattern NUMBERED = Pattern.compile(".*_\\d+");
    private static final Pattern WINDOW = Pattern.compile(
            "(_last)?_(\\d+)_(m|mo|mon|mth|months?|d|days?|w|wk|weeks?|y|yr|years?)(?=_|$)");

    public ColumnVocabulary {
        abbreviations = abbreviations == null ? Map.of() : Map.copyOf(abbreviations);
        columns = columns == null ? List.of() : List.copyOf(columns);
    }

    public static ColumnVocabulary defaults() {
        return Defaults.INSTANCE;
    }

    public static ColumnVocabulary read(Path file) {
        try {
            return Json.mapper().readValue(file.toFile(), ColumnVocabulary.class);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException(file.getFileName() + ": not a valid column vocabulary: "
                    + e.getMessage(), e);
        }
    }

    /** The user's entries first, then these; the user's abbreviations replace ours word by word. */
    public ColumnVocabulary withOverrides(ColumnVocabulary user) {
        Map<String, String> words = new LinkedHashMap<>(abbreviations);
        words.putAll(user.abbreviations());
        List<VocabularyEntry> entries = new ArrayList<>(user.columns());
        entries.addAll(columns);
        return new ColumnVocabulary(words, entries);
    }

    /** How {@code header} reads. */
    public ColumnLabel describe(String header) {
        UnitHint hint = new UnitHint();
        Matcher brackets = BRACKETS.matcher(header);
        while (brackets.find()) {
            hint.readBracket(brackets.group(1));
        }
        String bare = BRACKETS.matcher(header).replaceAll(" ");
        if (bare.contains("%")) {
            hint.unit = "percent";
        }
        if (NUMBERED.matcher(bare.strip()).matches() && !bare.strip().contains(" ")) {
            // "feature_2" reads best exactly as the user sees it in the file
            return new ColumnLabel(header, bare.strip(), hint.unit, hint.symbol, hint.scale, null, null, null,
                    false, null);
        }
        List<String> words = new ArrayList<>(List.of(words(bare)));
        hint.readSuffixes(words);
        String key = window(String.join("_", words));
        words = new ArrayList<>(List.of(key.split("_")));
        for (VocabularyEntry e : columns) {
            Matcher m = e.compiled().matcher(key);
            if (m.matches()) {
                String unit = hint.unit != null ? hint.unit : e.unit();
                double scale = hint.unit != null ? hint.scale : e.scale() == null ? Double.NaN : e.scale();
                String symbol = hint.symbol != null ? hint.symbol : e.symbol();
                String label = e.label() == null ? plainWords(words) : fill(e.label(), m);
                return new ColumnLabel(header, label, unit, symbol, scale, e.kind(), e.concept(),
                        e.subject() == null ? null : fill(e.subject(), m), Boolean.TRUE.equals(e.inverse()), e.role());
            }
        }
        return new ColumnLabel(header, plainWords(words), hint.unit, hint.symbol, hint.scale, null, null, null,
                false, null);
    }

    /** Roles from the vocabulary where it names one, else as detected from the names. */
    public FeatureRoles roles(List<String> names) {
        FeatureRoles roles = FeatureRoles.detect(names);
        for (String name : names) {
            String role = describe(name).role();
            if (role == null) {
                continue;
            }
            switch (role) {
                case "monetary" -> roles = roles.withMonetary(name);
                case "recency" -> roles = roles.withRecency(name);
                case "frequency" -> roles = roles.withFrequency(name);
                case "none" -> roles = roles.without(name);
                default -> throw new IllegalArgumentException("column '" + name + "': unknown role '" + role
                        + "' (monetary, recency, frequency or none)");
            }
        }
        return roles;
    }

    /** Lower-case words of a header: CamelCase, acronyms and digits split ("NumWebVisitsMonth", "AcceptedCmp3"). */
    static String[] words(String header) {
        String s = header.replace("/", " per ")
                .replaceAll("([a-z])([A-Z])", "$1 $2")
                .replaceAll("([A-Z]+)([A-Z][a-z])", "$1 $2")
                .replaceAll("([A-Za-z])([0-9])", "$1 $2")
                .replaceAll("([0-9])([A-Za-z])", "$1 $2");
        String n = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
        return n.isEmpty() ? new String[0] : n.split(" ");
    }

    /** Time windows in words: "spend_last_12_m" -> "spend_in_the_last_12_months", "orders_90_d" likewise. */
    static String window(String key) {
        Matcher m = WINDOW.matcher(key);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String unit = switch (m.group(3).charAt(0)) {
                case 'd' -> "days";
                case 'w' -> "weeks";
                case 'y' -> "years";
                default -> "months";
            };
            String n = m.group(2);
            m.appendReplacement(out, "_in_the_last_" + n + "_" + (n.equals("1") ? unit.substring(0, unit.length() - 1)
                    : unit));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String plainWords(List<String> words) {
        List<String> out = new ArrayList<>();
        for (String w : words) {
            String expanded = abbreviations.getOrDefault(w, w);
            for (String part : expanded.split(" ")) {
                if (!part.isEmpty() && (out.isEmpty() || !out.get(out.size() - 1).equals(part))) {
                    out.add(part);
                }
            }
        }
        return out.isEmpty() ? String.join(" ", words) : String.join(" ", out);
    }

    private static String fill(String template, Matcher m) {
        String s = template;
        for (int g = 1; g <= m.groupCount(); g++) {
            String value = m.group(g) == null ? "" : m.group(g).replace('_', ' ');
            s = s.replace("{" + g + "}", value);
        }
        return s.replaceAll("\\s+", " ").strip();
    }

    /** Units found in a header: "(k$)", "(1-100)", "(%)", "_usd", "_pct", "_days", "_k". */
    private static final class UnitHint {
        String unit;
        String symbol;
        double scale = Double.NaN;

        void readBracket(String inside) {
            Matcher range = RANGE.matcher(inside);
            if (range.matches() && Double.parseDouble(range.group(1)) <= 1) {
                unit = "score";
                scale = Double.parseDouble(range.group(2));
                return;
            }
            String t = inside.toLowerCase(Locale.ROOT).strip();
            if (t.contains("%") || t.equals("pct") || t.startsWith("percent")) {
                unit = "percent";
                return;
            }
            String sym = currency(t);
            boolean thousands = t.matches(".*\\b(k|000s?|'000|thousands?)\\b.*") || t.startsWith("k") && sym != null;
            if (sym != null || thousands) {
                unit = "money";
                symbol = sym != null && !sym.isEmpty() ? sym : null;
                scale = thousands ? 1000 : 1;
                return;
            }
            String duration = t.replaceFirst("^in ", "");
            if (duration.matches("minutes|hours|days|months|years")) {
                unit = duration;
            }
        }

        /** Takes unit words off the end of the header: "amount_usd", "discount_pct", "tenure_in_days", "income_k". */
        void readSuffixes(List<String> words) {
            while (words.size() > 1) {
                String last = words.get(words.size() - 1);
                String sym = currency(last);
                if (sym != null) {
                    unit = "money";
                    symbol = sym.isEmpty() ? symbol : sym;
                    scale = Double.isNaN(scale) ? 1 : scale;
                } else if (last.equals("k") || last.equals("000") || last.equals("thousands")) {
                    unit = unit == null ? "money" : unit;
                    scale = 1000;
                } else if (last.matches("pct|percent|perc|percentage")) {
                    unit = "percent";
                } else if (last.matches("minutes|mins|hours|days|months|years") && unit == null) {
                    last = last.equals("mins") ? "minutes" : last;
                    unit = last;
                } else {
                    break;
                }
                words.remove(words.size() - 1);
                if (words.size() > 1 && words.get(words.size() - 1).equals("in")) {
                    words.remove(words.size() - 1);
                }
            }
        }

        /** The symbol for a currency word, "" for a currency without one we know, null when it is no currency. */
        private static String currency(String t) {
            if (t.contains("$") || t.matches(".*\\b(usd|dollars?)\\b.*")) {
                return "$";
            }
            if (t.contains("€") || t.matches(".*\\b(eur|euros?)\\b.*")) {
                return "€";
            }
            if (t.contains("£") || t.matches(".*\\b(gbp|pounds?)\\b.*")) {
                return "£";
            }
            return null;
        }
    }

    private static final class Defaults {
        static final ColumnVocabulary INSTANCE = load();

        private static ColumnVocabulary load() {
            try (InputStream in = ColumnVocabulary.class.getResourceAsStream(DEFAULT_RESOURCE)) {
                return Json.mapper().readValue(in, ColumnVocabulary.class);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Labels looked up once per header: a profile asks for the same few columns many times. */
    static final class Cache {
        private final ColumnVocabulary vocabulary;
        private final Map<String, ColumnLabel> labels = new ConcurrentHashMap<>();

        Cache(ColumnVocabulary vocabulary) {
            this.vocabulary = vocabulary;
        }

        ColumnLabel of(String header) {
            return labels.computeIfAbsent(header, vocabulary::describe);
        }
    }
}
