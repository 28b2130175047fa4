package org.clientele.core.segment.profile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The categorical make-up of a segment in a manager's words: for each column whose levels differ across
 * segments (chi-square p below {@link #ALPHA}), strongest association first, the level the segment has
 * most above its overall share, e.g. "Channel 2: 92 % (32 % overall)" or "Married: 72 % (39 % overall)".
 */
public final class CompositionHighlights {

    static final double ALPHA = 0.05;
    /** A level is worth naming when it is at least this common in the segment. */
    static final double MIN_SHARE = 0.25;
    /** … and this many times as common as overall (or held by nearly the whole segment). */
    static final double MIN_LIFT = 1.2;

    private CompositionHighlights() {
    }

    /** Up to {@code max} highlights for segment {@code id}; empty when nothing stands out. */
    public static List<String> of(SegmentationProfile profile, int id, int max) {
        SegmentProfile seg = profile.segment(id);
        if (seg == null || seg.composition().isEmpty()) {
            return List.of();
        }
        List<CategoricalSignificance> ranked = profile.categoricalTests().stream()
                .filter(t -> !Double.isNaN(t.chiSquareP()) && t.chiSquareP() < ALPHA)
                .sorted(Comparator.comparingDouble(t -> -t.cramersV()))
                .toList();
        List<String> out = new ArrayList<>();
        for (CategoricalSignificance t : ranked) {
            if (out.size() >= max) {
                break;
            }
            Composition c = seg.composition().stream().filter(x -> x.feature().equals(t.feature())).findFirst()
                    .orElse(null);
            LevelShare best = c == null ? null : c.levels().stream()
                    .filter(l -> l.share() >= MIN_SHARE && l.lift() >= MIN_LIFT)
                    .max(Comparator.comparingDouble(LevelShare::lift)).orElse(null);
            if (best != null) {
                out.add(phrase(c.feature(), best));
            }
        }
        return out;
    }

    /** "Channel 2: 92 % (32 % overall)" for a code or yes/no, "Married: 72 % (39 % overall)" for a word. */
    static String phrase(String column, LevelShare l) {
        boolean word = l.level().chars().anyMatch(Character::isLetter)
                && !l.level().equalsIgnoreCase("yes") && !l.level().equalsIgnoreCase("no")
                && !l.level().equalsIgnoreCase("true") && !l.level().equalsIgnoreCase("false")
                && !l.level().equals(CategoricalLevelsText.OTHER) && !l.level().equals(CategoricalLevelsText.MISSING);
        String label = word ? l.level() : column + " " + l.level();
        return String.format(Locale.ROOT, "%s: %.0f%% (%.0f%% overall)", label, 100 * l.share(), 100 * l.overallShare());
    }

    /** Level names the encoder gives pooled and missing values (kept here so profile does not import features). */
    static final class CategoricalLevelsText {
        static final String OTHER = "other";
        static final String MISSING = "(missing)";
    }
}
