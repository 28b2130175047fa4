package org.clientele.core.eda;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.clientele.core.io.Json;
import org.clientele.core.transactions.CleaningReport;

import java.nio.file.Path;

/**
 * Everything the exploratory analysis of one transaction log found, shaped for charts; serialises to
 * {@code eda.json}. {@code segmentEvolution} is null when the log spans fewer than two quarters.
 * The per-customer category shares are kept out of the JSON (one row per customer): use them as
 * optional features.
 *
 * @param dataQuality what cleaning removed and why
 */
public record EdaResult(String file, EdaOverview overview, SalesOverTime salesOverTime, Seasonality seasonality,
                        CountryBreakdown countries, ValueConcentration valueConcentration, RfmOverview rfm,
                        ProductOverview products, CohortTable cohorts, SegmentEvolution segmentEvolution,
                        CleaningReport dataQuality, @JsonIgnore CategoryShares customerCategoryShares) {

    /** Writes {@code eda.json} (or any path) atomically. */
    public void writeJson(Path target) {
        Json.write(target, this);
    }
}
