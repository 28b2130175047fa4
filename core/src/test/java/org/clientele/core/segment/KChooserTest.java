package org.clientele.core.segment;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class KChooserTest {

    private static SweepPoint point(int k, double silhouette, double stability) {
        return new SweepPoint(k, 100.0 / k, silhouette, 1, 1, Double.NaN).withStability(stability);
    }

    @Test
    void elbowAndGapOutvoteASilhouetteThatIsOnlyABitHigher() {
        List<SweepPoint> sweep = List.of(point(3, 0.34, 0.95), point(4, 0.33, 0.93), point(5, 0.31, 0.90),
                point(6, 0.30, 0.85));
        KChoice c = KChooser.choose(sweep, 4, 4, false);
        assertEquals(4, c.k());
        assertEquals("elbow+gap", c.chosenBy());
        assertEquals("k = 4 of 3–6: the elbow and the gap statistic's choice, stable at 0.93 (bootstrap ARI), "
                + "silhouette 0.33, within 0.01 of the best (k = 3).", c.sentence());
    }

    @Test
    void anUnstableKIsNotChosenWhateverItsVotes() {
        List<SweepPoint> sweep = List.of(point(3, 0.34, 0.95), point(4, 0.33, 0.60), point(5, 0.31, 0.90));
        KChoice c = KChooser.choose(sweep, 4, 4, false);
        assertEquals(3, c.k());
        assertEquals("silhouette", c.chosenBy());
    }

    @Test
    void aFarWorseSilhouetteIsNotChosenEvenWhenStable() {
        List<SweepPoint> sweep = List.of(point(3, 0.50, 0.95), point(4, 0.30, 0.99), point(5, 0.29, 0.99));
        assertEquals(3, KChooser.choose(sweep, 4, 4, false).k());
    }

    @Test
    void tiesGoToTheMoreStableK() {
        List<SweepPoint> sweep = List.of(point(3, 0.34, 0.82), point(4, 0.33, 0.95), point(5, 0.31, 0.90));
        KChoice c = KChooser.choose(sweep, 4, null, false);
        assertEquals(4, c.k(), "silhouette votes 3, the elbow 4: the more stable wins");
    }

    @Test
    void whenNothingIsStableTheSentenceSaysSo() {
        List<SweepPoint> sweep = List.of(point(3, 0.20, 0.55), point(4, 0.21, 0.62), point(5, 0.19, 0.50));
        KChoice c = KChooser.choose(sweep, null, 5, false);
        assertEquals(4, c.k());
        assertEquals("k = 4 of 3–5: the best silhouette (0.21), but only 0.62 stable (bootstrap ARI).", c.sentence());
    }

    @Test
    void withoutStableOrVotedKTheMostStableCloseOneIsTakenAndSaidSo() {
        List<SweepPoint> sweep = List.of(point(3, 0.30, 0.40), point(4, 0.28, 0.50), point(5, 0.20, 0.45));
        KChoice c = KChooser.choose(sweep, null, 5, false);
        assertEquals(4, c.k());
        assertEquals("stability", c.chosenBy());
        assertEquals("k = 4 of 3–5: the most stable k close to the best silhouette, but only 0.50 stable (bootstrap "
                + "ARI), silhouette 0.28, within 0.02 of the best (k = 3).", c.sentence());
    }

    @Test
    void withoutBootstrapTheIndicesAloneDecide() {
        List<SweepPoint> sweep = List.of(point(3, 0.34, Double.NaN), point(4, 0.33, Double.NaN),
                point(5, 0.31, Double.NaN));
        KChoice c = KChooser.choose(sweep, 4, 4, false);
        assertEquals(4, c.k());
        assertEquals("k = 4 of 3–5: the elbow and the gap statistic's choice, silhouette 0.33, within 0.01 of the "
                + "best (k = 3).", c.sentence());
    }
}
