package org.clientele.core.testing;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Compares two JSON trees: the same fields and texts, integers equal, and floating-point numbers within a
 * relative tolerance (sums taken in another order differ in their last bits).
 */
public final class JsonClose {

    private JsonClose() {
    }

    /** The paths where the trees differ, at most {@code limit} of them; empty when they agree. */
    public static List<String> differences(JsonNode expected, JsonNode actual, double relative, int limit) {
        List<String> out = new ArrayList<>();
        walk("$", expected, actual, relative, out, limit);
        return out;
    }

    private static void walk(String path, JsonNode a, JsonNode b, double tol, List<String> out, int limit) {
        if (out.size() >= limit) {
            return;
        }
        if (a.isNumber() && b.isNumber()) {
            if (a.isIntegralNumber() && b.isIntegralNumber()) {
                if (!a.bigIntegerValue().equals(b.bigIntegerValue())) {
                    out.add(path + ": " + a + " vs " + b);
                }
                return;
            }
            double x = a.doubleValue();
            double y = b.doubleValue();
            if (!(Math.abs(x - y) <= tol * Math.max(Math.abs(x), Math.abs(y)) + 1e-12)) {
                out.add(path + ": " + x + " vs " + y);
            }
            return;
        }
        if (a.getNodeType() != b.getNodeType()) {
            out.add(path + ": " + a.getNodeType() + " vs " + b.getNodeType());
            return;
        }
        if (a.isArray()) {
            if (a.size() != b.size()) {
                out.add(path + ": " + a.size() + " elements vs " + b.size());
                return;
            }
            for (int i = 0; i < a.size(); i++) {
                walk(path + "[" + i + "]", a.get(i), b.get(i), tol, out, limit);
            }
        } else if (a.isObject()) {
            List<String> names = new ArrayList<>();
            a.fieldNames().forEachRemaining(names::add);
            List<String> other = new ArrayList<>();
            b.fieldNames().forEachRemaining(other::add);
            if (!names.equals(other)) {
                out.add(path + ": fields " + names + " vs " + other);
                return;
            }
            for (Iterator<String> it = names.iterator(); it.hasNext(); ) {
                String n = it.next();
                walk(path + "." + n, a.get(n), b.get(n), tol, out, limit);
            }
        } else if (!a.equals(b)) {
            out.add(path + ": " + a + " vs " + b);
        }
    }
}
