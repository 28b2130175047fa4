package org.clientele.core.transactions;

import com.fasterxml.jackson.databind.JsonNode;
import org.clientele.core.data.Files2;
import org.clientele.core.io.Json;
import org.clientele.core.task.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scan, CLEANING.json and the words people read all name a rule the same way. */
class CleaningRuleTest {

    @TempDir
    Path dir;

    private static final String QUANTITY_PRICE_LOG = "InvoiceNo,StockCode,Quantity,InvoiceDate,UnitPrice,CustomerID\n"
            + "1001,A,2,2011-01-03 09:00:00,1.50,17850\n"
            + "1001,A,2,2011-01-03 09:00:00,1.50,17850\n"
            + "C1002,A,-1,2011-01-04 09:00:00,1.50,17850\n"
            + "1003,A,0,2011-01-04 09:00:00,1.50,17850\n"
            + "1004,A,1,2011-01-04 09:00:00,0,17850\n"
            + "1005,A,1,,1.00,17850\n"
            + "1006,A,1,2011-01-05 09:00:00,2.00,\n";

    private static final String AMOUNT_LOG = "client;when;total\na;01/02/2020;10,50\nb;03/03/2020;-2\na;15/02/2020;5\n";

    @Test
    void contractNamesAreThoseOfTheContractAndLabelsAreWords() {
        assertEquals(List.of("missingCustomer", "missingDate", "futureDate", "earlyDate", "cancelled", "nonPositiveQuantity", "nonPositivePrice",
                        "nonPositiveAmount", "duplicates"),
                Arrays.stream(CleaningRule.values()).map(CleaningRule::contractName).toList());
        for (CleaningRule rule : CleaningRule.values()) {
            assertEquals(rule, CleaningRule.ofContractName(rule.contractName()).orElseThrow());
            assertNotEquals(rule.contractName(), rule.label());
            assertTrue(rule.label().contains(" ") && !rule.label().matches(".*[a-z][A-Z].*"), "words, not a key: " + rule.label());
        }
        assertEquals("someNewRule", CleaningRule.labelOf("someNewRule"), "an unknown name shows as it is");
        assertEquals("no purchase date", CleaningRule.labelOf("missingDate"));
    }

    @Test
    void everyRuleTheScanReportsIsOneOfTheEnumAndInItsOrder() throws Exception {
        CleaningRules dropAll = CleaningRules.DEFAULT.withDropDuplicates(true);
        CleaningReport qp = new CustomerTableBuilder(null, dropAll, null)
                .build(Files2.write(dir, "qp.csv", QUANTITY_PRICE_LOG), Progress.NONE).report();
        CleaningReport amount = new CustomerTableBuilder(null, dropAll, null)
                .build(Files2.write(dir, "amount.csv", AMOUNT_LOG), Progress.NONE).report();
        Set<CleaningRule> seen = EnumSet.noneOf(CleaningRule.class);
        for (CleaningReport r : List.of(qp, amount)) {
            List<String> names = new ArrayList<>(r.removed().keySet());
            assertEquals(names, r.removedByRule().keySet().stream().map(CleaningRule::contractName).toList(),
                    "every reported name is a rule, in the order the rules apply");
            seen.addAll(r.removedByRule().keySet());
        }
        assertEquals(EnumSet.allOf(CleaningRule.class), seen, "the scan uses every rule");

        assertEquals(1, qp.removed(CleaningRule.MISSING_CUSTOMER));
        assertEquals(1, qp.removed(CleaningRule.MISSING_DATE));
        assertEquals(1, qp.removed(CleaningRule.CANCELLED));
        assertEquals(1, qp.removed(CleaningRule.NON_POSITIVE_QUANTITY));
        assertEquals(1, qp.removed(CleaningRule.NON_POSITIVE_PRICE));
        assertEquals(1, qp.removed(CleaningRule.DUPLICATES));
        assertEquals(0, qp.removed(CleaningRule.NON_POSITIVE_AMOUNT), "not a rule of a quantity × price log");
        assertEquals(1, amount.removed(CleaningRule.NON_POSITIVE_AMOUNT));

        Path json = dir.resolve("CLEANING.json");
        qp.writeJson(json);
        JsonNode removed = Json.mapper().readTree(json.toFile()).get("removed");
        assertEquals(1, removed.get("duplicates").asInt(), "the JSON key stays the contract's");
        assertEquals(1, removed.get("missingDate").asInt());
        assertTrue(Json.mapper().readTree(json.toFile()).get("removedByRule") == null, "no second copy in the JSON");
    }
}
