package org.clientele.core.eda;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Puts a product description into a category by the first rule that has one of its words, so every
 * assignment can be explained ("CANDLE" → Candles &amp; lighting). A word matches itself and its plural
 * with a trailing S. Descriptions that match no rule, or are missing, fall in {@link #OTHER}. Not thread-safe: it caches the category of each description.
 */
public final class CategoryRules implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public static final String OTHER = "Other";
    private static final String DEFAULT_RESOURCE = "product-categories.txt";

    private final List<CategoryRule> rules;
    private final transient Map<String, Integer> wordToRule = new HashMap<>();
    private final List<String> categories;
    private final transient Map<String, Integer> cache = new HashMap<>();

    public CategoryRules(List<CategoryRule> rules) {
        this.rules = List.copyOf(rules);
        Set<String> names = new LinkedHashSet<>();
        this.rules.forEach(r -> names.add(r.category()));
        names.add(OTHER);
        this.categories = List.copyOf(names);
        for (int i = this.rules.size() - 1; i >= 0; i--) {
            for (String w : this.rules.get(i).words()) {
                wordToRule.put(w.toUpperCase(Locale.ROOT), i);
            }
        }
    }

    /** Rebuilt from its rules when read back (the word index and the cache are not written). */
    private Object readResolve() {
        return new CategoryRules(rules);
    }

    /** The table shipped in the resource {@code product-categories.txt}. */
    public static CategoryRules defaults() {
        try (InputStream in = CategoryRules.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines "Category: WORD WORD ..."; blank lines and lines starting with # are ignored. */
    public static CategoryRules parse(String text) {
        List<CategoryRule> rules = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new java.io.StringReader(text))) {
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int colon = line.indexOf(':');
                if (colon <= 0) {
                    throw new IllegalArgumentException("category rule needs 'Category: WORDS', got: " + line);
                }
                List<String> words = List.of(line.substring(colon + 1).strip().split("\\s+"));
                rules.add(new CategoryRule(line.substring(0, colon).strip(), words));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CategoryRules(rules);
    }

    public List<CategoryRule> rules() {
        return rules;
    }

    /** Category names in rule order, then {@link #OTHER}. */
    public List<String> categories() {
        return categories;
    }

    public String categorize(String description) {
        return categories.get(index(description));
    }

    /** Index into {@link #categories()}; cached per description (logs repeat them on every line). */
    int index(String description) {
        if (description == null) {
            return categories.size() - 1;
        }
        Integer known = cache.get(description);
        if (known != null) {
            return known;
        }
        int best = rules.size();
        for (String w : words(description)) {
            Integer i = wordToRule.get(w);
            if (i == null && w.length() > 3 && w.endsWith("S")) {
                i = wordToRule.get(w.substring(0, w.length() - 1));
            }
            if (i != null && i < best) {
                best = i;
            }
        }
        int category = categories.indexOf(rules.size() == best ? OTHER : rules.get(best).category());
        cache.put(description, category);
        return category;
    }

    /** Upper-case words of a description; hyphens stay inside words (T-LIGHT). */
    static List<String> words(String description) {
        List<String> out = new ArrayList<>();
        for (String w : description.toUpperCase(Locale.ROOT).split("[^A-Z0-9\\-]+")) {
            String t = w.replaceAll("^-+|-+$", "");
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }
}
