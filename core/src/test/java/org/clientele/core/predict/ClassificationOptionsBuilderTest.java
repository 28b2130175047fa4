package org.clientele.core.predict;

import org.clientele.core.clv.ClvOptions;
import org.clientele.core.clv.ClvTimeUnit;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The option builders name each setting, start from the documented defaults and still check the values. */
class ClassificationOptionsBuilderTest {

    @Test
    void classificationBuilderChangesOnlyWhatItNames() {
        ClassificationOptions d = ClassificationOptions.defaults();
        assertEquals(d, ClassificationOptions.builder().build());
        ClassificationOptions o = ClassificationOptions.builder().models(List.of("logistic")).folds(3).seed(7).build();
        assertEquals(List.of("logistic"), o.models());
        assertEquals(3, o.folds());
        assertEquals(7, o.seed());
        assertEquals(d.testFraction(), o.testFraction());
        assertEquals(d.xgboost(), o.xgboost());
        assertEquals(o, o.toBuilder().build());
        assertEquals(o.withSeed(9), o.toBuilder().seed(9).build());
        assertThrows(IllegalArgumentException.class, () -> ClassificationOptions.builder().folds(1).build());
    }

    @Test
    void clvBuilderStartsFromTheDefaults() {
        ClvOptions o = ClvOptions.builder().timeUnit(ClvTimeUnit.WEEK).calibrationEnd(LocalDate.of(2011, 6, 1))
                .holdoutEnd(LocalDate.of(2011, 12, 1)).seed(3).build();
        assertEquals(ClvOptions.DEFAULT.horizonMonths(), o.horizonMonths());
        assertEquals(ClvOptions.DEFAULT.starts(), o.starts());
        assertEquals(ClvTimeUnit.WEEK, o.timeUnit());
        assertEquals(o, ClvOptions.DEFAULT.withTimeUnit(ClvTimeUnit.WEEK)
                .withHoldout(LocalDate.of(2011, 6, 1), LocalDate.of(2011, 12, 1)).withSeed(3));
        assertThrows(IllegalArgumentException.class, () -> ClvOptions.builder().horizonMonths(0).build());
    }
}
