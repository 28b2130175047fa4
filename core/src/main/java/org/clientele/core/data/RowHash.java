package org.clientele.core.data;

/**
 * A 64-bit FNV-1a hash of a row's field contents, each field followed by a terminator, used to spot
 * exact duplicate rows without keeping them. Computed while tokenizing on the streaming path.
 */
public final class RowHash {

    public static final long SEED = 0xcbf29ce484222325L;
    static final long PRIME = 0x100000001b3L;

    private RowHash() {
    }

    public static long add(long h, String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            h = (h ^ s.charAt(i)) * PRIME;
        }
        return end(h);
    }

    static long add(long h, char[] a, int from, int to) {
        for (int i = from; i < to; i++) {
            h = (h ^ a[i]) * PRIME;
        }
        return h;
    }

    /** Closes a field, so ("ab","c") and ("a","bc") differ. */
    static long end(long h) {
        return (h ^ 0x1f) * PRIME;
    }

    public static long of(String[] row) {
        long h = SEED;
        for (String f : row) {
            h = add(h, f);
        }
        return h;
    }
}
