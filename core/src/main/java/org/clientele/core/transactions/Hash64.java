package org.clientele.core.transactions;

/** 64-bit FNV-1a string hashing: collisions among a customer's invoices or products are negligible (~n²/2⁶⁴). */
final class Hash64 {

    static final long SEED = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private Hash64() {
    }

    static long of(String s) {
        return add(SEED, s);
    }

    static long add(long h, String s) {
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * PRIME;
        }
        return (h ^ 0x1f) * PRIME; // field terminator, so ("ab","c") and ("a","bc") differ
    }
}
