package org.clientele.core.project;

import org.clientele.core.roi.CampaignSettings;

/**
 * A named campaign scenario kept with the analysis; the optional figures are null when not set (JSON has
 * no NaN, and a missing budget must not read back as a budget of 0).
 */
public record RoiScenario(String name, double costPerContact, double fixedCost, double margin, double responseRate,
                          double controlResponseRate, Double averageOrderValue, Double budget) {

    public static RoiScenario of(String name, CampaignSettings s) {
        return new RoiScenario(name, s.costPerContact(), s.fixedCost(), s.margin(), s.responseRate(),
                s.controlResponseRate(), Double.isNaN(s.averageOrderValue()) ? null : s.averageOrderValue(),
                Double.isNaN(s.budget()) ? null : s.budget());
    }

    public CampaignSettings settings() {
        return new CampaignSettings(costPerContact, fixedCost, margin, responseRate, controlResponseRate,
                averageOrderValue == null ? Double.NaN : averageOrderValue, budget == null ? Double.NaN : budget);
    }
}
