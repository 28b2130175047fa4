package org.clientele.core.eda;

import org.clientele.core.data.ReadOptions;
import org.clientele.core.data.SharedData;
import org.clientele.core.task.Progress;
import org.clientele.core.transactions.CleaningRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The EDA of UCI Online Retail against its published figures (shared/data/README.md); skips without the file. */
class OnlineRetailEdaTest {

    private static EdaResult r;

    @BeforeAll
    static void run() {
        Path file = SharedData.file("online_retail.csv.gz");
        r = TransactionEda.run(file, ReadOptions.DEFAULT, CleaningRules.DEFAULT, Progress.NONE);
    }

    @Test
    void headlineFiguresMatchThePublishedOnes() {
        assertEquals(8_911_407.90, r.overview().revenue(), 0.01);
        assertEquals(4_338, r.overview().customers());
        assertEquals(397_884, r.overview().lineItems());
        // every kept day, week and month adds up to the total
        assertEquals(8_911_407.90, Arrays.stream(r.salesOverTime().daily().revenue()).sum(), 0.01);
        assertEquals(8_911_407.90, Arrays.stream(r.salesOverTime().monthly().revenue()).sum(), 0.01);
        assertEquals(r.overview().orders(), Arrays.stream(r.salesOverTime().weekly().orders()).sum());
        assertEquals(13, r.salesOverTime().monthly().size()); // 2010-12 .. 2011-12
    }

    @Test
    void theUnitedKingdomDominates() {
        CountryStat uk = r.countries().top();
        assertEquals("United Kingdom", uk.country());
        assertTrue(uk.share() > 0.8 && uk.share() < 0.85, "UK share " + uk.share());
        assertEquals(37, r.countries().countries()); // 38 in the raw file; one only has rows without a customer
        assertEquals(11, r.countries().head().size());
        double shares = r.countries().all().stream().mapToDouble(CountryStat::share).sum();
        assertEquals(1, shares, 1e-9);
    }

    @Test
    void spendIsConcentrated() {
        ValueConcentration v = r.valueConcentration();
        assertEquals(4_338, v.customers());
        assertTrue(v.top20PercentShare() > 0.70 && v.top20PercentShare() < 0.80, "top 20% " + v.top20PercentShare());
        assertTrue(v.gini() > 0.7 && v.gini() < 0.9, "gini " + v.gini());
        assertTrue(v.top1PercentShare() < v.top10PercentShare() && v.top10PercentShare() < v.top20PercentShare());
    }

    @Test
    void frequencyAndSpendMoveTogether() {
        CorrelationMatrix c = r.rfm().correlations();
        int f = c.features().indexOf("frequency");
        int m = c.features().indexOf("monetary");
        int rec = c.features().indexOf("recency_days");
        assertTrue(c.spearman()[f][m] > 0.7, "spearman F-M " + c.spearman()[f][m]);
        assertTrue(c.spearman()[rec][f] < 0, "recency and frequency are inversely related");
    }

    @Test
    void cohortsProductsAndSegmentsAreFilled() {
        assertEquals("2010-12", r.cohorts().cohorts()[0]);
        assertEquals(13, r.cohorts().retention()[0].length);
        assertEquals("23843", r.products().topByQuantity().get(0).product()); // PAPER CRAFT , LITTLE BIRDIE: 80,995 units
        double otherShare = r.products().categories().stream().filter(s -> s.category().equals(CategoryRules.OTHER))
                .findFirst().orElseThrow().share();
        assertTrue(otherShare < 0.5, "most revenue is categorised, Other = " + otherShare);
        SegmentEvolution e = r.segmentEvolution();
        assertNotNull(e);
        assertEquals("2010-Q4", e.quarters().get(0));
        assertEquals(5, e.quarters().size());
        assertEquals(4, e.transitions().size());
        assertEquals(4_338, Arrays.stream(e.sizes()[4]).sum());
    }
}
