package org.clientele.core.segment.profile;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Names a segment from the features that set it apart, in plain words: the two strongest features with
 * business terms become one short name, an adjective from one and a noun from the other ("Affluent big
 * spenders": high income, high spending score); a single feature uses its term's own name ("Older
 * customers"); features no term knows are named by their cleaned labels ("High wine spend, low income").
 */
final class FeatureNamer {

    /** A second feature joins the name only when it differs from the whole by at least this many SDs. */
    static final double SECOND_Z = 0.5;
    /** Names longer than this many words are cut back to the strongest feature alone. */
    static final int MAX_WORDS = 5;

    /** What a name was built from. */
    record Named(String name, String action, String basis, Set<String> features) {
    }

    private final NamingRules rules;
    private final FeatureRoles roles;
    private final ColumnVocabulary.Cache labels;

    FeatureNamer(NamingRules rules, FeatureRoles roles, ColumnVocabulary.Cache labels) {
        this.rules = rules;
        this.roles = roles;
        this.labels = labels;
    }

    /** @param strong the segment's distinguishing features worth naming, strongest first (not empty) */
    Named name(List<Distinction> strong) {
        Distinction top = strong.get(0);
        ColumnLabel topLabel = labels.of(top.feature());
        FeatureTerm topTerm = rules.termFor(topLabel, roles);
        if (topTerm == null) {
            return byLabels(strong);
        }
        boolean topHigh = high(top);
        String action = topTerm.action(topHigh);
        Named single = new Named(topTerm.name(topHigh, topLabel), fill(action, topLabel),
                "feature " + top.feature() + " " + word(topHigh), new LinkedHashSet<>(Set.of(top.feature())));
        for (Distinction second : strong.subList(1, strong.size())) {
            if (Math.abs(second.zDifference()) < SECOND_Z) {
                break;
            }
            ColumnLabel secondLabel = labels.of(second.feature());
            FeatureTerm secondTerm = rules.termFor(secondLabel, roles);
            if (secondTerm == null || secondTerm == topTerm) {
                continue; // the next feature with other words: "wine lovers" who are also meat lovers says nothing new
            }
            String combined = combine(top, topTerm, topLabel, second, secondTerm, secondLabel);
            if (combined == null) {
                return single;
            }
            return new Named(combined, single.action(), "features " + top.feature() + " " + word(topHigh) + ", "
                    + second.feature() + " " + word(high(second)),
                    new LinkedHashSet<>(List.of(top.feature(), second.feature())));
        }
        return single;
    }

    /**
     * An adjective from one feature and a noun from the other; the noun comes from a head term (what
     * customers do) when just one of the two is, else from the stronger feature. Null when the words do not
     * make a short name.
     */
    private String combine(Distinction a, FeatureTerm aTerm, ColumnLabel aLabel, Distinction b, FeatureTerm bTerm,
                           ColumnLabel bLabel) {
        boolean bHeads = bTerm.isHead() && !aTerm.isHead();
        String first = bHeads ? phrase(aTerm.adjective(high(a), aLabel), bTerm.noun(high(b), bLabel))
                : phrase(bTerm.adjective(high(b), bLabel), aTerm.noun(high(a), aLabel));
        if (first != null) {
            return first;
        }
        return bHeads ? phrase(bTerm.adjective(high(b), bLabel), aTerm.noun(high(a), aLabel))
                : phrase(aTerm.adjective(high(a), aLabel), bTerm.noun(high(b), bLabel));
    }

    private static String phrase(String adjective, String noun) {
        if (adjective == null || noun == null) {
            return null;
        }
        Set<String> nounWords = Set.of(noun.toLowerCase(Locale.ROOT).split("[ -]"));
        for (String w : adjective.toLowerCase(Locale.ROOT).split("[ -]")) {
            if (nounWords.contains(w)) {
                return null; // "frequent frequent buyers", "wine-loving wine lovers"
            }
        }
        String name = Phrases.capitalise(adjective + " " + noun);
        return words(name) <= MAX_WORDS ? name : null;
    }

    /** "High wine spend, low income" from cleaned labels, or just the first part when that gets long. */
    private Named byLabels(List<Distinction> strong) {
        List<Distinction> used = strong.subList(0, Math.min(2, strong.size()));
        List<String> parts = used.stream().map(d -> word(d.direction() == Direction.HIGHER) + " "
                + labels.of(d.feature()).noun()).toList();
        if (parts.size() == 2 && words(parts.get(0) + " " + parts.get(1)) > MAX_WORDS) {
            parts = parts.subList(0, 1);
            used = used.subList(0, 1);
        }
        Set<String> named = new LinkedHashSet<>();
        used.forEach(d -> named.add(d.feature()));
        String action = rules.fallbackAction().replace("{feature}", parts.get(0));
        return new Named(Phrases.capitalise(String.join(", ", parts)), action, "features " + String.join(", ", parts),
                named);
    }

    /** True when the segment has more of what the column measures (a later birth year is a younger customer). */
    private boolean high(Distinction d) {
        return (d.direction() == Direction.HIGHER) != labels.of(d.feature()).inverse();
    }

    private static String fill(String action, ColumnLabel label) {
        String subject = label.subject() != null ? label.subject() : label.label();
        return action == null ? null : action.replace("{subject}", subject);
    }

    private static String word(boolean high) {
        return high ? "high" : "low";
    }

    static int words(String name) {
        return name.isBlank() ? 0 : name.strip().split("\\s+").length;
    }
}
