package org.clientele.core.neural;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class TabularInputsTest {

    @Test
    void manyLevelColumnsBecomeEmbeddingsAndFewLevelOnesStayOneHot() {
        // country has 5 levels (4 indicators + the reference), region 3: only country gets an embedding.
        List<String> names = List.of("spend", "country=DE", "country=FR", "country=NL", "country=ES", "region=2",
                "region=3", "log1p(country=ES)");
        TabularInputs in = TabularInputs.of(names, 5);
        assertEquals(1, in.embedded().size());
        TabularInputs.EmbeddedColumn country = in.embedded().get(0);
        assertEquals("country", country.column());
        assertEquals(5, country.levels());
        assertEquals(3, country.dimension());
        assertArrayEquals(new int[] {0, 5, 6}, in.numeric(), "spend and the region indicators; log1p copy dropped");
        // z-scored indicators: negative = off, positive = on; all off = the reference level 0.
        double[][] rows = {
                {1.0, -0.5, -0.5, 2.0, -0.5, -1, 1, 0},
                {2.0, -0.5, -0.5, -0.5, -0.5, -1, -1, 0}};
        assertArrayEquals(new int[] {3, 0}, in.levels(rows)[0]);
        assertArrayEquals(new float[] {1.0f, -1f, 1f}, in.numericPart(rows)[0]);
    }
}
