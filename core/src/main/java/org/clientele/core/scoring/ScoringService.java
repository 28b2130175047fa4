package org.clientele.core.scoring;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.clientele.core.io.Json;
import org.clientele.core.predict.ModelBundle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores a JSON array of customers (objects of feature → number, optionally with an {@code id}) with a
 * segment classifier, a spend regressor, or both. Every feature either model needs must be present and
 * numeric: a scoring service guessing values would hide a broken caller. Thread-safe: models are read-only.
 */
public final class ScoringService {

    public static final int MAX_ROWS = 10_000;
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    private final ModelBundle classifier;
    private final ModelBundle regressor;
    private final List<String> features;

    public ScoringService(List<ModelBundle> models) {
        ModelBundle c = null;
        ModelBundle r = null;
        for (ModelBundle m : models) {
            if (m.task().equals("classification")) {
                if (c != null) {
                    throw new IllegalArgumentException("give at most one segment classifier");
                }
                c = m;
            } else {
                if (r != null) {
                    throw new IllegalArgumentException("give at most one spend regressor");
                }
                r = m;
            }
        }
        if (c == null && r == null) {
            throw new IllegalArgumentException("give at least one model");
        }
        classifier = c;
        regressor = r;
        Set<String> all = new LinkedHashSet<>();
        if (c != null) {
            all.addAll(c.features());
        }
        if (r != null) {
            all.addAll(r.features());
        }
        features = List.copyOf(all);
    }

    /** The features a request must give for every customer. */
    public List<String> features() {
        return features;
    }

    /** What {@code GET /model} answers: the models, their features and what a request must look like. */
    public Map<String, Object> describe() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("features", features);
        out.put("maxRows", MAX_ROWS);
        out.put("maxBytes", MAX_BYTES);
        List<Map<String, Object>> models = new ArrayList<>();
        for (ModelBundle m : new ModelBundle[]{classifier, regressor}) {
            if (m != null) {
                Map<String, Object> d = new LinkedHashMap<>();
                d.put("task", m.task());
                d.put("target", m.target());
                d.put("model", m.modelName());
                d.put("features", m.features());
                if (m.segmentNames() != null) {
                    d.put("segments", m.segmentNames());
                }
                models.add(d);
            }
        }
        out.put("models", models);
        return out;
    }

    /** The answer to {@code POST /predict}: one object per customer, in request order. */
    public ArrayNode score(byte[] body) {
        if (body.length > MAX_BYTES) {
            throw new ScoringRequestException(413, "the request has " + body.length + " bytes; the limit is " + MAX_BYTES);
        }
        JsonNode root;
        try {
            root = Json.mapper().readTree(body);
        } catch (JacksonException e) {
            throw new ScoringRequestException(400, "the body is not valid JSON: " + plain(e.getOriginalMessage())
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")"));
        } catch (java.io.IOException e) {
            throw new ScoringRequestException(400, "the body cannot be read: " + e.getMessage());
        }
        if (root == null || !root.isArray()) {
            throw new ScoringRequestException(400, "send a JSON array of customers, e.g. [{\"" + features.get(0) + "\": 1}]");
        }
        if (root.size() > MAX_ROWS) {
            throw new ScoringRequestException(413, "the request has " + root.size() + " customers; the limit is " + MAX_ROWS);
        }
        double[][] x = new double[root.size()][];
        for (int i = 0; i < x.length; i++) {
            x[i] = row(root.get(i), i);
        }
        ArrayNode out = Json.mapper().createArrayNode();
        double[][] p = classifier == null || x.length == 0 ? null : classifier.probabilities(columns(x, classifier));
        boolean[] ood = p == null ? null : classifier.outOfDistribution(columns(x, classifier));
        double[] spend = regressor == null || x.length == 0 ? null : regressor.predictValues(columns(x, regressor));
        for (int i = 0; i < x.length; i++) {
            ObjectNode o = out.addObject();
            JsonNode id = root.get(i).get("id");
            if (id != null) {
                o.set("id", id);
            }
            if (p != null) {
                segment(o, p[i]);
                o.put("outOfDistribution", ood[i]);
            }
            if (spend != null) {
                o.put("predictedSpend", spend[i]);
                o.put("spendTarget", regressor.target());
            }
        }
        return out;
    }

    /** Jackson's message without its parser-location text, which means nothing to a caller. */
    private static String plain(String message) {
        String m = message == null ? "unreadable" : message;
        int cut = m.indexOf(" (start marker");
        m = cut >= 0 ? m.substring(0, cut) : m;
        cut = m.indexOf('\n');
        return cut >= 0 ? m.substring(0, cut) : m;
    }

    private double[] row(JsonNode customer, int index) {
        if (customer == null || !customer.isObject()) {
            throw new ScoringRequestException(400, "customer " + index + " is not a JSON object");
        }
        double[] v = new double[features.size()];
        for (int f = 0; f < v.length; f++) {
            String name = features.get(f);
            JsonNode value = customer.get(name);
            if (value == null || value.isNull()) {
                throw new ScoringRequestException(400, "customer " + index + " has no value for '" + name
                        + "'; every customer needs " + features);
            }
            if (value.getNodeType() != JsonNodeType.NUMBER || !Double.isFinite(value.asDouble())) {
                throw new ScoringRequestException(400, "customer " + index + ": '" + name + "' must be a number, not "
                        + value);
            }
            v[f] = value.asDouble();
        }
        return v;
    }

    private double[][] columns(double[][] x, ModelBundle model) {
        int[] index = model.features().stream().mapToInt(features::indexOf).toArray();
        double[][] out = new double[x.length][index.length];
        for (int r = 0; r < x.length; r++) {
            for (int j = 0; j < index.length; j++) {
                out[r][j] = x[r][index[j]];
            }
        }
        return out;
    }

    private void segment(ObjectNode o, double[] p) {
        int best = 0;
        for (int c = 1; c < p.length; c++) {
            if (p[c] > p[best]) {
                best = c;
            }
        }
        List<String> classes = classifier.classNames();
        List<String> names = classifier.segmentNames() == null ? classes : classifier.segmentNames();
        o.put("segment", classes.get(best));
        o.put("segmentName", names.get(best));
        o.put("confidence", p[best]);
        ObjectNode probabilities = o.putObject("probabilities");
        for (int c = 0; c < p.length; c++) {
            probabilities.put(classes.get(c), p[c]);
        }
    }
}
