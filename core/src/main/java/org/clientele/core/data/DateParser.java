package org.clientele.core.data;

import java.time.LocalDateTime;
import java.util.HashMap;

/**
 * Parses one column's dates with a fixed layout and caches the results: transaction logs repeat the
 * same timestamp on every line of an invoice (541,909 rows of Online Retail hold 23,260 distinct ones).
 * Not thread-safe: one per reading thread.
 */
public final class DateParser {

    private static final int CACHE_LIMIT = 200_000;
    private final DateLayout layout;
    private final HashMap<String, LocalDateTime> cache = new HashMap<>(1 << 12);

    public DateParser(DateLayout layout) {
        this.layout = layout;
    }

    public DateLayout layout() {
        return layout;
    }

    /** The date-time, or null when {@code s} is not a date in this layout. */
    public LocalDateTime parse(String s) {
        LocalDateTime t = cache.get(s);
        if (t == null) {
            t = layout.parse(s.strip());
            if (t != null) {
                if (cache.size() >= CACHE_LIMIT) {
                    cache.clear(); // bounded memory for columns with ever-new timestamps
                }
                cache.put(s, t);
            }
        }
        return t;
    }
}
