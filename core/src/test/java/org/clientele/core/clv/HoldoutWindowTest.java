package org.clientele.core.clv;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class HoldoutWindowTest {

    private static Purchase on(String day) {
        return new Purchase("c", LocalDate.parse(day).atStartOfDay(), 1);
    }

    @Test
    void aYearLongLogHoldsOutItsLastThirteenWeeks() {
        // Online Retail's span: the suggestion is the split.
        assertEquals(LocalDate.parse("2011-09-09"),
                HoldoutWindow.suggestCalibrationEnd(List.of(on("2011-12-09"), on("2010-12-01"))));
    }

    @Test
    void aShortLogHoldsOutAQuarterOfItsDaysAndATinyOneNothing() {
        // 100 days: 25 held out.
        assertEquals(LocalDate.parse("2020-03-15"),
                HoldoutWindow.suggestCalibrationEnd(List.of(on("2020-01-01"), on("2020-04-09"))));
        assertNull(HoldoutWindow.suggestCalibrationEnd(List.of(on("2020-01-01"), on("2020-02-01"))));
        assertNull(HoldoutWindow.suggestCalibrationEnd(List.of()));
    }
}
