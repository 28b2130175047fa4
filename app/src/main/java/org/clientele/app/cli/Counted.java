package org.clientele.app.cli;

/** "1 customer", "4,338 customers": a count and its noun as a reader says them. */
final class Counted {

    private Counted() {
    }

    /** @param noun the singular; the plural adds "s" (every noun the console counts does) */
    static String of(long n, String noun) {
        return String.format("%,d %s%s", n, noun, n == 1 ? "" : "s");
    }
}
