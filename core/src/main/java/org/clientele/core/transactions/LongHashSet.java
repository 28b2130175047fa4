package org.clientele.core.transactions;

import java.util.Arrays;

/** An open-addressing set of longs (8 bytes per slot, load ≤ 0.5): per-customer distinct invoices and products. */
final class LongHashSet {

    private static final long EMPTY = 0;
    private long[] slots;
    private int size;
    private boolean hasZero;

    LongHashSet(int expected) {
        int cap = 4;
        while (cap < expected * 2) {
            cap <<= 1;
        }
        slots = new long[cap];
    }

    /** Adds {@code v}; true when it was not present. */
    boolean add(long v) {
        if (v == EMPTY) {
            if (hasZero) {
                return false;
            }
            hasZero = true;
            size++;
            return true;
        }
        int mask = slots.length - 1;
        int i = mix(v) & mask;
        while (true) {
            long s = slots[i];
            if (s == EMPTY) {
                slots[i] = v;
                if (++size * 2 > slots.length) {
                    grow();
                }
                return true;
            }
            if (s == v) {
                return false;
            }
            i = (i + 1) & mask;
        }
    }

    int size() {
        return size;
    }

    void clear() {
        Arrays.fill(slots, EMPTY);
        size = 0;
        hasZero = false;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        int mask = slots.length - 1;
        for (long v : old) {
            if (v != EMPTY) {
                int i = mix(v) & mask;
                while (slots[i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                slots[i] = v;
            }
        }
    }

    private static int mix(long v) {
        long h = v * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
