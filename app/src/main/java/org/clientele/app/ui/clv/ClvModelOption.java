package org.clientele.app.ui.clv;

import org.clientele.core.clv.PurchaseModelChoice;

/**
 * What the Lifetime value tab's model list offers: the continuous-time purchase models (and Auto) with
 * Gamma–Gamma on a transaction log, BG/BB at discrete opportunities (a log cut into days, weeks or months, or an
 * x, t_x, n summary), and sBG for contracts (a tenure/churned table or a survivor curve), as {@code clv --model}.
 */
public enum ClvModelOption {
    BGNBD(PurchaseModelChoice.BGNBD, "BG/NBD"),
    PNBD(PurchaseModelChoice.PNBD, "Pareto/NBD"),
    MBGNBD(PurchaseModelChoice.MBGNBD, "MBG/NBD"),
    AUTO(PurchaseModelChoice.AUTO, "Auto"),
    BGBB(null, "BG/BB (discrete opportunities)"),
    SBG(null, "sBG (contracts)");

    private final PurchaseModelChoice purchaseModel;
    private final String label;

    ClvModelOption(PurchaseModelChoice purchaseModel, String label) {
        this.purchaseModel = purchaseModel;
        this.label = label;
    }

    /** The continuous-time purchase model, or null for BG/BB and sBG. */
    public PurchaseModelChoice purchaseModel() {
        return purchaseModel;
    }

    public boolean discrete() {
        return purchaseModel == null;
    }

    public String label() {
        return label;
    }

    public static ClvModelOption of(PurchaseModelChoice choice) {
        for (ClvModelOption o : values()) {
            if (o.purchaseModel == choice) {
                return o;
            }
        }
        return BGNBD;
    }
}
