package org.clientele.core.segment.rfm;

/**
 * One customer's RFM scores, each 1–5 (5 = most recent / most frequent / highest spend), the RFM code
 * such as "545", and the named segment. {@code fm} = floor((f + m) / 2): a customer must earn both halves.
 */
public record RfmScore(String customerId, int r, int f, int m, int fm, String code, String segment) {

    static int fmOf(int f, int m) {
        return (f + m) / 2;
    }
}
