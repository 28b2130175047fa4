package org.clientele.core.eda;

import java.util.List;

/** One line of the product category table: a category and the description words that put a product in it. */
public record CategoryRule(String category, List<String> words) implements java.io.Serializable {

    public CategoryRule {
        words = List.copyOf(words);
    }
}
