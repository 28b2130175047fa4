package org.clientele.core.segment.rfm;

import org.clientele.core.io.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RfmRuleTableTest {

    @Test
    void defaultsCoverEveryCellWithTheCustomaryElevenSegments() {
        RfmRuleTable t = RfmRuleTable.defaults();
        assertEquals(List.of("Champions", "Loyal Customers", "Potential Loyalists", "New Customers", "Promising",
                "Need Attention", "About to Sleep", "At Risk", "Can't Lose Them", "Hibernating", "Lost"),
                t.segmentNames());
        // the grid, FM 5 on top, R 1..5 across
        String[][] expected = {
                {"Can't Lose Them", "Can't Lose Them", "Loyal Customers", "Loyal Customers", "Champions"},
                {"At Risk", "At Risk", "Loyal Customers", "Loyal Customers", "Champions"},
                {"At Risk", "At Risk", "Need Attention", "Potential Loyalists", "Potential Loyalists"},
                {"Hibernating", "Hibernating", "About to Sleep", "Potential Loyalists", "Potential Loyalists"},
                {"Lost", "Hibernating", "About to Sleep", "Promising", "New Customers"}};
        for (int fm = 5; fm >= 1; fm--) {
            for (int r = 1; r <= 5; r++) {
                assertEquals(expected[5 - fm][r - 1], t.ruleFor(r, fm).segment(), "R " + r + ", FM " + fm);
            }
        }
        t.rules().forEach(rule -> assertTrue(!rule.description().isBlank() && !rule.action().isBlank()));
    }

    @Test
    void overlappingRuleIsNamed() {
        List<RfmSegmentRule> rules = new ArrayList<>(RfmRuleTable.defaults().rules());
        rules.add(new RfmSegmentRule("VIP", 4, 5, 5, 5, "d", "a"));
        RfmRuleException e = assertThrows(RfmRuleException.class, () -> new RfmRuleTable(rules));
        assertEquals("rule 13 'VIP' (R 4–5, FM 5) overlaps rule 2 'Loyal Customers' (R 3–4, FM 4–5) at R 4, FM 5;"
                + " each cell must belong to one rule", e.getMessage());
    }

    @Test
    void uncoveredCellIsNamed() {
        List<RfmSegmentRule> rules = new ArrayList<>(RfmRuleTable.defaults().rules());
        rules.removeIf(r -> r.segment().equals("Need Attention"));
        RfmRuleException e = assertThrows(RfmRuleException.class, () -> new RfmRuleTable(rules));
        assertEquals("no rule covers R 3, FM 3; add a rule for it or widen a neighbouring one", e.getMessage());
    }

    @Test
    void outOfRangeAndInvertedRulesAreNamed() {
        RfmRuleException range = assertThrows(RfmRuleException.class,
                () -> new RfmRuleTable(List.of(new RfmSegmentRule("All", 0, 5, 1, 5, "", ""))));
        assertEquals("rule 1 'All' (R 0–5, FM 1–5): scores run from 1 to 5", range.getMessage());
        RfmRuleException inverted = assertThrows(RfmRuleException.class,
                () -> new RfmRuleTable(List.of(new RfmSegmentRule("All", 5, 1, 1, 5, "", ""))));
        assertTrue(inverted.getMessage().contains("a minimum is above its maximum"));
    }

    @Test
    void csvRoundTripAndUserTable(@TempDir Path dir) throws Exception {
        RfmRuleTable t = RfmRuleTable.defaults();
        Path csv = dir.resolve("rules.csv");
        t.writeCsv(csv);
        assertTrue(Files.readString(csv).startsWith("segment,rMin,rMax,fmMin,fmMax,description,action"));
        assertEquals(t, RfmRuleTable.read(csv));

        Files.writeString(csv, """
                segment,rMin,rMax,fmMin,fmMax,description,action
                Active,3,5,1,5,Bought in the last three fifths,Cross-sell
                Dormant,1,2,1,five,Everyone else,Win back
                """);
        RfmRuleException e = assertThrows(RfmRuleException.class, () -> RfmRuleTable.read(csv));
        assertEquals("rules.csv: line 3, column 'fmMax': \"five\" is not a whole score 1–5", e.getMessage());

        Files.writeString(csv, "segment,rMin,rMax,fmMin,fmMax,description,action\nActive,3,5,1,5,a,b\n");
        RfmRuleException gap = assertThrows(RfmRuleException.class, () -> RfmRuleTable.read(csv));
        assertEquals("rules.csv: no rule covers R 1, FM 1; add a rule for it or widen a neighbouring one",
                gap.getMessage());
    }

    @Test
    void jsonRoundTrip(@TempDir Path dir) {
        RfmRuleTable t = RfmRuleTable.defaults();
        Path json = dir.resolve("rules.json");
        Json.write(json, t);
        assertEquals(t, RfmRuleTable.read(json));
        RfmRuleException bad = assertThrows(RfmRuleException.class, () -> RfmRuleTable.fromJson("{\"x\": 1}", "r.json"));
        assertTrue(bad.getMessage().startsWith("r.json: expected a JSON array"));
    }
}
