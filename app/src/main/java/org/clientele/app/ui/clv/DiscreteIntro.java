package org.clientele.app.ui.clv;

/** The line under the bar that says what the chosen discrete model does with the open data, before and after a fit. */
final class DiscreteIntro {

    private DiscreteIntro() {
    }

    static String text(ClvModelOption option, DiscreteClvModel model) {
        DiscreteClvModel.Shape shape = model.shapeProperty().get();
        if (option == ClvModelOption.SBG) {
            return model.contractResultProperty().get() != null ? "sBG (shifted-beta-geometric, Fader & Hardie 2007): "
                    + "each customer's churn probability per period is drawn from a beta distribution, so the "
                    + "retention rate rises as the likelier leavers go. DERL is the discounted expected residual "
                    + "lifetime in periods, at 10% per period as the CLI's default."
                    : "sBG fits the retention of contracts: this file has each customer's tenure and whether they "
                    + "churned (or survivors by period). Estimate to fit it and project retention.";
        }
        if (shape == DiscreteClvModel.Shape.BGBB_SUMMARY) {
            return "BG/BB (Fader, Hardie & Shang 2010) on this file's x, t_x and n: repeat transactions, the opportunity "
                    + "of the last one, and the opportunities observed.";
        }
        return "BG/BB (Fader, Hardie & Shang 2010): the log is cut into opportunities of the chosen length; in each a "
                + "customer transacts or not, and may become inactive between them. The horizon is as many "
                + "opportunities as the longest history.";
    }
}
