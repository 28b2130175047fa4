package org.clientele.core.clv;

import java.util.Locale;

/** The purchase models the CLV stage can fit, by their command-line names. */
public enum PurchaseModelKind {
    BGNBD(BgNbdModel.NAME, "BG/NBD"),
    PNBD(ParetoNbdModel.NAME, "Pareto/NBD"),
    MBGNBD(ModifiedBgNbdModel.NAME, "MBG/NBD");

    private final String id;
    private final String label;

    PurchaseModelKind(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The name in clv.json and on the command line ({@code bgnbd}, {@code pnbd}, {@code mbgnbd}). */
    public String id() {
        return id;
    }

    /** The name people write ({@code Pareto/NBD}). */
    public String label() {
        return label;
    }

    public static PurchaseModelKind of(String id) {
        for (PurchaseModelKind k : values()) {
            if (k.id.equals(id.trim().toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown purchase model '" + id + "': use bgnbd, pnbd or mbgnbd");
    }
}
