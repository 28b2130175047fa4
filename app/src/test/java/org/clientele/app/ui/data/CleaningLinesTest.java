package org.clientele.app.ui.data;

import org.clientele.core.transactions.CleaningReport;
import org.clientele.core.transactions.CleaningRule;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Data tab names every cleaning rule in words, never by its JSON key. */
class CleaningLinesTest {

    @Test
    void everyRuleShowsItsLabelAndNoRawKey() {
        Map<CleaningRule, Long> counts = new EnumMap<>(CleaningRule.class);
        long n = 1;
        for (CleaningRule rule : CleaningRule.values()) {
            counts.put(rule, n++);
        }
        CleaningReport report = new CleaningReport(100, 72, 5, 10.0, CleaningReport.byContractName(counts), 7,
                LocalDate.of(2020, 1, 1), null, null, null);

        List<String> lines = DataViewModel.cleaningLines(report);

        assertEquals("Removed, no customer id: 1", lines.get(1));
        assertEquals("Removed, no purchase date: 2", lines.get(2));
        assertEquals("Removed, exact duplicate of an earlier row: 9", lines.get(9));
        for (CleaningRule rule : CleaningRule.values()) {
            assertTrue(lines.stream().anyMatch(l -> l.contains(rule.label())), rule + " missing in " + lines);
            assertFalse(lines.stream().anyMatch(l -> l.contains(", " + rule.contractName() + ":")), rule + " shown as a key: " + lines);
        }
    }
}
