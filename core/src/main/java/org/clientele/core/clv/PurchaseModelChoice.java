package org.clientele.core.clv;

import java.util.Locale;

/**
 * Which purchase model drives the CLV figures: one named model, or {@code auto}: fit all of them and keep the
 * one that predicts the holdout purchases best (lowest per-customer RMSE), or without a holdout the lowest BIC.
 */
public enum PurchaseModelChoice {
    BGNBD, PNBD, MBGNBD, AUTO;

    /** The single model asked for, or null for {@link #AUTO}. */
    public PurchaseModelKind kind() {
        return this == AUTO ? null : PurchaseModelKind.valueOf(name());
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PurchaseModelChoice parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (PurchaseModelChoice c : values()) {
            if (c.label().equals(t)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown purchase model '" + text + "': use bgnbd, pnbd, mbgnbd or auto");
    }
}
