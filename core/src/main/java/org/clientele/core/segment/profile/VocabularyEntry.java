package org.clientele.core.segment.profile;

import java.util.regex.Pattern;

/**
 * One line of the column vocabulary: a header pattern and how such a column reads. {@code pattern} is a
 * regular expression that must match the whole header after cleaning (lower-case words joined by '_',
 * CamelCase and digits split, units removed: "MntWines" -> {@code mnt_wines}, "AcceptedCmp3" ->
 * {@code accepted_cmp_3}); {@code {1}}, {@code {2}} … in {@code label} and {@code subject} are replaced by its
 * groups (underscores read as spaces). The other fields are as in {@link ColumnLabel}; a unit written in the
 * header itself ("(k$)") wins over the entry's. {@code role} {@code none} keeps a column out of every role.
 */
public record VocabularyEntry(String pattern, String label, String unit, String symbol, Double scale, String kind,
                              String concept, String subject, Boolean inverse, String role) {

    public VocabularyEntry {
        if (pattern == null || pattern.isBlank()) {
            throw new IllegalArgumentException("a vocabulary entry needs a pattern");
        }
        Pattern.compile(pattern); // fail on reading, not on the first header it meets
    }

    Pattern compiled() {
        return Pattern.compile(pattern);
    }
}
