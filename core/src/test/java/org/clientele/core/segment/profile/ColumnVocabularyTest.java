package org.clientele.core.segment.profile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Header cleaning on the headers of real customer tables (Mall_Customers, marketing_campaign, Wholesale …). */
class ColumnVocabularyTest {

    private final ColumnVocabulary vocabulary = ColumnVocabulary.defaults();

    private String label(String header) {
        return vocabulary.describe(header).label();
    }

    @Test
    void mallCustomersUnitsInBracketsBecomeCleanLabelsAndKeepTheirUnit() {
        ColumnLabel income = vocabulary.describe("Annual Income (k$)");
        assertEquals("annual income", income.label());
        assertEquals("money", income.unit());
        assertEquals("$", income.symbol());
        assertEquals("$86.5k", income.format(86.5));
        assertEquals("income", income.concept());

        ColumnLabel score = vocabulary.describe("Spending Score (1-100)");
        assertEquals("spending score", score.label());
        assertEquals("82 of 100", score.format(82.1));
        assertEquals("50", score.formatAgain(50.2));
        assertEquals("age", label("Age"));
    }

    @Test
    void marketingCampaignCamelCaseAndAbbreviationsReadAsPlainWords() {
        assertEquals("wine spend", label("MntWines"));
        assertEquals("meat spend", label("MntMeatProducts"));
        assertEquals("gold spend", label("MntGoldProds"));
        assertEquals("web visits per month", label("NumWebVisitsMonth"));
        assertEquals("store purchases", label("NumStorePurchases"));
        assertEquals("catalog purchases", label("NumCatalogPurchases"));
        assertEquals("purchases on a deal", label("NumDealsPurchases"));
        assertEquals("children at home", label("Kidhome"));
        assertEquals("teenagers at home", label("Teenhome"));
        assertEquals("income", label("Income"));
        assertEquals("days since last purchase", label("Recency"));

        ColumnLabel birth = vocabulary.describe("Year_Birth");
        assertEquals("birth year", birth.label());
        assertTrue(birth.inverse(), "a later birth year is a younger customer");
        assertEquals("1975", birth.format(1975.3));

        ColumnLabel accepted = vocabulary.describe("AcceptedCmp3");
        assertEquals("accepted campaign 3", accepted.label());
        assertTrue(accepted.isFlag());
        assertEquals("complained", label("Complain"));
        assertEquals("responded to the last campaign", label("Response"));
        assertTrue(vocabulary.describe("Z_CostContact").isCode());
    }

    @Test
    void constantKaggleRevenueColumnIsNoRevenueRoleButRealOnesAre() {
        FeatureRoles roles = vocabulary.roles(List.of("Income", "Recency", "MntWines", "Z_Revenue"));
        assertNull(roles.monetary());
        assertEquals("Recency", roles.recency());
        assertEquals("TotalCharges", vocabulary.roles(List.of("tenure", "MonthlyCharges", "TotalCharges")).monetary());
        assertEquals("DaySinceLastOrder", vocabulary.roles(List.of("OrderCount", "DaySinceLastOrder")).recency());
        assertEquals("days since last order", label("DaySinceLastOrder"));
    }

    @Test
    void wholesaleCategorySpendAndCodes() {
        assertEquals("detergents and paper spend", label("Detergents_Paper"));
        assertEquals("delicatessen spend", label("Delicassen"));
        assertEquals("fresh food spend", label("Fresh"));
        assertTrue(vocabulary.describe("Channel").isCode());
        assertTrue(vocabulary.describe("Region").isCode());
        assertFalse(vocabulary.describe("Grocery").isCode());
    }

    @Test
    void unitSuffixesAreTakenOffTheLabel() {
        ColumnLabel usd = vocabulary.describe("order_amount_usd");
        assertEquals("order amount", usd.label());
        assertEquals("$1,250", usd.format(1250));
        ColumnLabel pct = vocabulary.describe("discount_pct");
        assertEquals("discount", pct.label());
        assertEquals("percent", pct.unit());
        ColumnLabel tenure = vocabulary.describe("tenure_in_days");
        assertEquals("tenure", tenure.label());
        assertEquals("420 days", tenure.format(420));
        ColumnLabel thousands = vocabulary.describe("income_k");
        assertEquals("income", thousands.label());
        assertEquals("52.3k", thousands.format(52.3));
        ColumnLabel euro = vocabulary.describe("Basket Value (EUR)");
        assertEquals("average order value", euro.label());
        assertEquals("€48.5", euro.format(48.5));
        assertEquals("purchase amount", label("Purchase Amount (USD)"));
        assertEquals("percent", vocabulary.describe("Discount %").unit());
        assertEquals("session length", label("avg_session_minutes"));
        assertEquals("minutes", vocabulary.describe("avg_session_minutes").unit());
    }

    @Test
    void plainHeadersKeepTheirWordsAndNumberedOnesStayAsTheyAre() {
        assertEquals("feature_2", label("feature_2"));
        assertEquals("annual income", label("annual_income"));
        assertEquals("purchase frequency", label("purchaseFrequency"));
        assertEquals("loyalty score", label("loyalty_score"));
        assertEquals("average order value", label("average_order_value"));
        assertEquals("transaction count", label("txn_cnt"));
        assertEquals("visits per month", label("Visits/Month"));
        assertEquals("spend in the last 12 months", label("spend_last_12m_gbp"));
        assertEquals("£", vocabulary.describe("spend_last_12m_gbp").symbol());
        assertEquals("orders in the last 90 days", label("orders_last_90d"));
        assertEquals("months inactive in the last 12 months", label("Months_Inactive_12_mon"));
        assertEquals("total transaction amount", label("Total_Trans_Amt"));
        ColumnLabel nps = vocabulary.describe("Net Promoter Score (0-10)");
        assertEquals("net promoter score", nps.label());
        assertEquals("8 of 10", nps.format(8.2));
        assertEquals("of purchases in autumn", label("season_autumn"));
        assertEquals("share of purchases in the evening", vocabulary.describe("hour_evening").noun());
        assertArrayEquals(new String[] {"num", "web", "visits", "month"}, ColumnVocabulary.words("NumWebVisitsMonth"));
        assertArrayEquals(new String[] {"accepted", "cmp", "3"}, ColumnVocabulary.words("AcceptedCmp3"));
        assertArrayEquals(new String[] {"customer", "id"}, ColumnVocabulary.words("CustomerID"));
    }

    @Test
    void aUsersOwnFileIsTriedFirst(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("words.json");
        Files.writeString(file, """
                {"abbreviations": {"qty": "units"},
                 "columns": [
                   {"pattern": "mnt_wines", "label": "wine purchases"},
                   {"pattern": "umsatz", "label": "sales", "role": "monetary", "unit": "money"}
                 ]}
                """);
        ColumnVocabulary mine = vocabulary.withOverrides(ColumnVocabulary.read(file));
        assertEquals("wine purchases", mine.describe("MntWines").label());
        assertEquals("fruit spend", mine.describe("MntFruits").label()); // the defaults still apply
        assertEquals("order units", mine.describe("order_qty").label());
        ColumnLabel umsatz = mine.describe("Umsatz (EUR)");
        assertEquals("sales", umsatz.label());
        assertEquals("€", umsatz.symbol());
        assertEquals("Umsatz (EUR)", mine.roles(List.of("Kunde_Alter", "Umsatz (EUR)")).monetary());
    }

    @Test
    void aBrokenFileIsRefusedWithItsName(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\"columns\": [{\"pattern\": \"(unclosed\", \"label\": \"x\"}]}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ColumnVocabulary.read(file));
        assertTrue(e.getMessage().startsWith("broken.json: not a valid column vocabulary"), e.getMessage());
    }
}
