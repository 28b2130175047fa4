package org.clientele.core.clv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which segment each customer belongs to, for lifetime-value totals per segment: segment names in display order
 * and each customer id's index among them. Ids are compared without surrounding spaces.
 *
 * @param by    what the segments are, in words (e.g. "assignments.csv", "country")
 * @param names segment names, in the order the totals are listed
 */
public record CustomerSegments(String by, List<String> names, Map<String, Integer> segmentOf) {

    public CustomerSegments {
        names = List.copyOf(names);
        segmentOf = Map.copyOf(segmentOf);
    }

    /**
     * Segments as a segmentation labels customers (assignments.csv: id, segment number, name), listed by
     * segment number; a segment is called by its name, or its number when it has none or shares its name.
     */
    public static CustomerSegments ofLabels(String by, List<String> ids, int[] segments, Map<Integer, String> names) {
        TreeMap<Integer, String> byNumber = new TreeMap<>();
        for (int s : segments) {
            byNumber.computeIfAbsent(s, k -> {
                String name = names.get(k);
                return name == null || name.isBlank() ? "segment " + k : name.strip();
            });
        }
        Map<String, Long> uses = new HashMap<>();
        byNumber.values().forEach(n -> uses.merge(n, 1L, Long::sum));
        List<String> shown = new ArrayList<>();
        Map<Integer, Integer> index = new HashMap<>();
        byNumber.forEach((number, name) -> {
            index.put(number, shown.size());
            shown.add(uses.get(name) > 1 ? name + " (" + number + ")" : name);
        });
        Map<String, Integer> of = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            of.put(ids.get(i).strip(), index.get(segments[i]));
        }
        return new CustomerSegments(by, shown, of);
    }

    /** Segments named by a value per customer (e.g. a column's value), listed in sorted order; null values skipped. */
    public static CustomerSegments ofValues(String by, Map<String, String> valueOf) {
        TreeMap<String, Integer> order = new TreeMap<>();
        valueOf.values().stream().filter(v -> v != null && !v.isBlank()).forEach(v -> order.put(v.strip(), 0));
        Map<String, Integer> index = new LinkedHashMap<>();
        for (String v : order.keySet()) {
            index.put(v, index.size());
        }
        Map<String, Integer> of = new HashMap<>();
        valueOf.forEach((id, v) -> {
            if (v != null && !v.isBlank()) {
                of.put(id.strip(), index.get(v.strip()));
            }
        });
        return new CustomerSegments(by, List.copyOf(index.keySet()), of);
    }

    /** The segment index of a customer, or -1 when the segments do not name them. */
    public int indexOf(String customerId) {
        Integer s = segmentOf.get(customerId.strip());
        return s == null ? -1 : s;
    }
}
