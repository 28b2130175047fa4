package org.clientele.core.segment.profile;

import java.util.List;

/**
 * Business words for one kind of feature: the segment name and action when a segment stands out high or
 * low on it, and the comparative words ("older"/"younger") used to tell similar segments apart. A term
 * applies to the column holding {@code role} (monetary, recency, frequency) or to columns whose
 * underscore-separated name contains one of the {@code keywords}.
 */
public record FeatureTerm(String role, List<String> keywords, String highName, String lowName, String highAction,
                          String lowAction, String higher, String lower) {

    public FeatureTerm {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }

    boolean appliesTo(String feature, FeatureRoles roles) {
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
        String n = "_" + FeatureRoles.normalise(feature) + "_";
        return keywords.stream().anyMatch(k -> n.contains("_" + k + "_"));
    }
}
