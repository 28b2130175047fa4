package org.clientele.app.ui.clv;

/** The line under the bar that says what the chosen discrete model does with the open data, before and after a fit. */
final class DiscreteIntro {

    private DiscreteIntro() {
    }

    static String text(ClvModelOption option, DiscreteClvModel model) {
        DiscreteClvModel.Shape shape = model.shapeProperty().get();
        if (option == ClvModelOption.SBG) {
            var fitted = model.contractResultProperty().get();
            return fitted != null ? "sBG (shifted-beta-geometric, Fader & Hardie 2007): "
                    + "each customer's churn probability per period is drawn from a beta distribution, so the "
                    + "retention rate rises as the likelier leavers go. DERL is the discounted expected residual "
                    + "lifetime in periods, discounted " + percent(fitted.discountRate()) + " per period over "
                    + fitted.projectionPeriods() + " projected periods."
                    : "sBG fits the retention of contracts: this file has each customer's tenure and whether they "
                    + "churned (or survivors by period). Estimate to fit it and project retention.";
        }
        if (shape == DiscreteClvModel.Shape.BGBB_SUMMARY) {
            return "BG/BB (Fader, Hardie & Shang 2010) on this file's x, t_x and n: repeat transactions, the opportunity "
                    + "of the last one, and the opportunities observed.";
        }
        var fitted = model.bgbbResultProperty().get();
        return "BG/BB (Fader, Hardie & Shang 2010): the log is cut into opportunities of the chosen length; in each a "
                + "customer transacts or not, and may become inactive between them. "
                + (fitted == null ? "The horizon is as many opportunities as the longest history unless you set one."
                : "Forecasts over the next " + fitted.horizonOpportunities() + " opportunities.");
    }

    /** 0.1 → "10%", 0.055 → "5.5%". */
    static String percent(double rate) {
        return new java.math.BigDecimal(Double.toString(100 * rate)).setScale(2, java.math.RoundingMode.HALF_EVEN)
                .stripTrailingZeros().toPlainString() + "%";
    }
}
