package org.clientele.core.segment.profile;

import java.util.List;

/**
 * Business words for one kind of feature: the segment name and action when a segment stands out high or
 * low on it, the comparative words ("older"/"younger") that tell similar segments apart, and the parts two
 * features are combined from: an adjective ("affluent") and a noun ("big spenders") per direction, so a
 * segment high on income and spend reads "Affluent big spenders". A {@code head} term prefers to give the
 * noun (what customers do: spend, buy, visit) and the other feature the adjective (who they are). Words may
 * hold {@code {subject}}, filled from the column's vocabulary entry ("{subject} lovers" -> "wine lovers").
 * A term applies to the column holding {@code role} (monetary, recency, frequency), to a column whose
 * vocabulary concept is one of the {@code keywords}, or to a column without a concept whose
 * underscore-separated name contains one of them.
 */
public record FeatureTerm(String role, List<String> keywords, String highName, String lowName, String highAction,
                          String lowAction, String higher, String lower, String highAdjective, String lowAdjective,
                          String highNoun, String lowNoun, Boolean head) {

    public FeatureTerm {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }

    /** The terms of earlier versions, without the parts names are combined from. */
    public FeatureTerm(String role, List<String> keywords, String highName, String lowName, String highAction,
                       String lowAction, String higher, String lower) {
        this(role, keywords, highName, lowName, highAction, lowAction, higher, lower, null, null, null, null, null);
    }

    boolean appliesTo(String feature, FeatureRoles roles) {
        return appliesTo(ColumnVocabulary.defaults().describe(feature), roles);
    }

    boolean appliesTo(ColumnLabel column, FeatureRoles roles) {
        String feature = column.column();
        if (role != null) {
            return switch (role) {
                case "monetary" -> feature.equals(roles.monetary());
                case "recency" -> feature.equals(roles.recency());
                case "frequency" -> feature.equals(roles.frequency());
                default -> false;
            };
        }
        if (roles.hasRole(feature)) {
            return false;
        }
        if (column.concept() != null) {
            return keywords.contains(column.concept());
        }
        String n = "_" + FeatureRoles.normalise(feature) + "_";
        return keywords.stream().anyMatch(k -> n.contains("_" + k + "_"));
    }

    boolean isHead() {
        return Boolean.TRUE.equals(head);
    }

    String name(boolean high, ColumnLabel column) {
        return Phrases.capitalise(fill(high ? highName : lowName, column));
    }

    String action(boolean high) {
        return high ? highAction : lowAction;
    }

    /** The adjective for a combined name, or null when the term has none for this direction. */
    String adjective(boolean high, ColumnLabel column) {
        return fill(high ? highAdjective : lowAdjective, column);
    }

    /** The noun for a combined name, or null when the term has none for this direction. */
    String noun(boolean high, ColumnLabel column) {
        return fill(high ? highNoun : lowNoun, column);
    }

    String comparative(boolean higherOne, ColumnLabel column) {
        return fill(higherOne ? higher : lower, column);
    }

    private static String fill(String words, ColumnLabel column) {
        if (words == null || words.isBlank()) {
            return null;
        }
        String subject = column.subject() != null ? column.subject() : column.label();
        return words.replace("{subject}", subject);
    }
}
