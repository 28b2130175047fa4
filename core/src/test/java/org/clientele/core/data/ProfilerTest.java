package org.clientele.core.data;

import com.fasterxml.jackson.databind.JsonNode;
import org.clientele.core.io.Json;
import org.clientele.core.task.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProfilerTest {

    @TempDir
    Path dir;

    @Test
    void statisticsAndWarningsOfASmallTable() throws Exception {
        // x: 2, 4, 4, 4, 5, 5, 7, 9 -> mean 5, population std 2 (the textbook example).
        Path p = Files2.write(dir, "p.csv", "id,x,const,city,x\n"
                + "1,2,k,Oslo,\n2,4,k,Oslo,\n3,4,k,Rome,\n4,4,k,Oslo,\n5,5,k,Rome,\n6,5,k,Oslo,\n7,7,k,Oslo,\n8,9,k,Lima,1\n");
        DataProfile prof = Profiler.profile(p, ReadOptions.DEFAULT, Progress.NONE);
        assertEquals(8, prof.rows());
        assertEquals(DataKind.CUSTOMERS, prof.kind());
        ColumnProfile x = prof.column("x");
        assertEquals(ColumnType.INTEGER, x.type());
        assertEquals(ColumnRole.FEATURE, x.role());
        assertEquals(5.0, x.mean(), 1e-12);
        assertEquals(2.0, x.std(), 1e-12);
        assertEquals(2.0, x.min());
        assertEquals(9.0, x.max());
        assertEquals(4.5, x.quantiles().get("p50"));
        assertEquals(5, x.distinct());
        assertEquals(ColumnRole.ID, prof.column("id").role());
        assertTrue(prof.column("const").warnings().get(0).startsWith("constant"));
        assertEquals("Oslo", prof.column("city").topValues().get(0).value());
        assertEquals(5, prof.column("city").topValues().get(0).count());
        assertTrue(prof.column("x_2").warnings().stream().anyMatch(w -> w.startsWith("mostly missing")));
        assertTrue(prof.warnings().stream().anyMatch(w -> w.contains("duplicate header name 'x'")));
        assertTrue(prof.column("x_2").warnings().get(0).startsWith("duplicate header name 'x'"));
        assertEquals(1, prof.warnings().stream().filter(w -> w.contains("duplicate header")).count());

        JsonNode json = Json.mapper().readTree(Json.write(prof));
        assertEquals(8, json.get("rows").asInt());
        assertEquals("customers", json.get("kind").asText());
        JsonNode col = json.get("columns").get(1);
        assertEquals("x", col.get("name").asText());
        assertEquals("integer", col.get("type").asText());
        assertEquals("feature", col.get("role").asText());
        assertEquals(0, col.get("missing").asInt());
        assertEquals(5.0, col.get("mean").asDouble());
        assertTrue(col.has("std") && col.has("min") && col.has("max") && col.has("distinct"));
        assertFalse(json.get("columns").get(3).has("mean"));
    }

    @Test
    void transactionLogRolesMixedTypesAndOutliers() throws Exception {
        StringBuilder sb = new StringBuilder("InvoiceNo,StockCode,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n");
        for (int i = 0; i < 200; i++) {
            sb.append(500 + i / 3).append(",P").append(i % 9).append(',').append(i == 7 ? "lots" : String.valueOf(1 + i % 5))
                    .append(",2011-0").append(1 + i % 9).append("-1").append(i % 10).append(" 10:00:00,")
                    .append(i == 199 ? "99999" : String.valueOf(1.5 + i % 4)).append(',').append(17000 + i % 20).append(".0,UK\n");
        }
        DataProfile prof = Profiler.profile(Files2.write(dir, "log.csv", sb.toString()), null, Progress.NONE);
        assertEquals(DataKind.TRANSACTIONS, prof.kind());
        assertEquals(ColumnRole.CUSTOMER, prof.column("CustomerID").role());
        assertEquals(ColumnRole.DATE, prof.column("InvoiceDate").role());
        assertEquals(ColumnRole.QUANTITY, prof.column("Quantity").role());
        assertEquals(ColumnRole.PRICE, prof.column("UnitPrice").role());
        assertEquals(ColumnRole.INVOICE, prof.column("InvoiceNo").role());
        assertEquals(ColumnRole.PRODUCT, prof.column("StockCode").role());
        assertEquals(ColumnRole.COUNTRY, prof.column("Country").role());
        assertEquals(20, prof.column("CustomerID").distinct());
        assertTrue(prof.column("Quantity").warnings().stream().anyMatch(w -> w.contains("mixed types") && w.contains("line 9")),
                prof.column("Quantity").warnings().toString());
        assertTrue(prof.column("UnitPrice").warnings().stream().anyMatch(w -> w.startsWith("suspicious outliers")));
    }

    @Test
    void onlineRetailProfileMatchesThePublishedFacts() {
        DataProfile prof = Profiler.profile(SharedData.file("online_retail.csv.gz"), null, Progress.NONE);
        assertEquals(541_909, prof.rows());
        assertEquals(DataKind.TRANSACTIONS, prof.kind());
        assertTrue(prof.format().startsWith("gzip, UTF-8"), prof.format());
        ColumnProfile customer = prof.column("CustomerID");
        assertEquals(ColumnType.IDENTIFIER, customer.type());
        assertEquals(ColumnRole.CUSTOMER, customer.role());
        assertEquals(135_080, customer.missing());
        assertEquals(4_372, customer.distinct());
        assertEquals(1_454, prof.column("Description").missing());
        assertEquals(25_900, prof.column("InvoiceNo").distinct());
        assertEquals(ColumnType.IDENTIFIER, prof.column("InvoiceNo").type());
        assertTrue(prof.column("InvoiceNo").warnings().isEmpty(), prof.column("InvoiceNo").warnings().toString());
        assertEquals(4_070, prof.column("StockCode").distinct());
        assertEquals(38, prof.column("Country").distinct());
        assertEquals("United Kingdom", prof.column("Country").topValues().get(0).value());
        ColumnProfile q = prof.column("Quantity");
        assertEquals(-80_995, q.min());
        assertEquals(80_995, q.max());
        assertEquals(-11_062.06, prof.column("UnitPrice").min());
        assertEquals(38_970, prof.column("UnitPrice").max());
        assertEquals(ColumnType.DATETIME, prof.column("InvoiceDate").type());
        assertTrue(q.warnings().stream().anyMatch(w -> w.startsWith("suspicious outliers")), q.warnings().toString());
    }

    @Test
    void realCustomerTablesAreProfiled() {
        Path p = SharedData.file("Customer_Purchasing_Behaviors.csv");
        DataProfile prof = Profiler.profile(p, null, Progress.NONE);
        assertEquals(238, prof.rows());
        assertEquals(DataKind.CUSTOMERS, prof.kind());
        assertEquals(ColumnRole.ID, prof.column("user_id").role());
        assertEquals(ColumnType.CATEGORICAL, prof.column("region").type());
        Table t = Table.read(p, null, null);
        assertEquals("user_id", t.idColumn());
        assertEquals(java.util.List.of("age", "annual_income", "purchase_amount", "loyalty_score", "purchase_frequency"),
                t.numericFeatureColumns());
    }
}
