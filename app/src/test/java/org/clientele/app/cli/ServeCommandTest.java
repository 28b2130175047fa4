package org.clientele.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.commons.csv.CSVRecord;
import org.clientele.app.serve.ScoringServer;
import org.clientele.core.io.Json;
import org.clientele.core.predict.ModelBundle;
import org.clientele.core.scoring.ScoringService;
import org.clientele.sample.SampleDatasets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The scoring API on a free port of this machine, with a segment classifier and a spend regressor of the
 * bundled sample: answers agree with {@code predict}; hostile bodies get a JSON error and the server goes on.
 */
class ServeCommandTest {

    @TempDir
    static Path dir;
    static ScoringServer server;
    static Path customers;
    static Path classifierPredictions;
    static Path spendPredictions;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void trainAndServe() throws Exception {
        Path sample = SampleDatasets.extract(SampleDatasets.defaultDataset().name());
        customers = dir.resolve("customers.csv");
        assertEquals(0, Cli.run("rfm", sample.toString(), "--out", customers.toString()).exitCode());
        Path seg = dir.resolve("seg");
        assertEquals(0, Cli.run("segment", customers.toString(), "--out", seg.toString(), "--k", "3", "--bootstrap", "0",
                "--features", "recency_days,frequency,monetary").exitCode());
        Path classifier = dir.resolve("classifier");
        assertEquals(0, Cli.run("train", customers.toString(), "--segments", seg.toString(), "--out", classifier.toString(),
                "--models", "majority,logistic").exitCode());
        Path regressor = dir.resolve("regressor");
        CliRun train = Cli.run("train", customers.toString(), "--target", "monetary", "--features",
                "recency_days,frequency,average_order_value", "--out", regressor.toString(), "--models", "mean,linear");
        assertEquals(0, train.exitCode(), train.toString());
        classifierPredictions = dir.resolve("segments.csv");
        spendPredictions = dir.resolve("spend.csv");
        assertEquals(0, Cli.run("predict", classifier.toString(), customers.toString(), "--out", classifierPredictions.toString()).exitCode());
        assertEquals(0, Cli.run("predict", regressor.toString(), customers.toString(), "--out", spendPredictions.toString()).exitCode());
        server = ScoringServer.start(new ScoringService(List.of(ModelBundle.load(classifier), ModelBundle.load(regressor))),
                "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static HttpResponse<String> post(String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/predict"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void answersAgreeWithThePredictCommand() throws Exception {
        List<CSVRecord> rows = CliRun.csv(customers).subList(0, 25);
        StringBuilder body = new StringBuilder("[");
        for (CSVRecord r : rows) {
            body.append(body.length() > 1 ? "," : "").append(String.format(
                    "{\"id\":\"%s\",\"recency_days\":%s,\"frequency\":%s,\"monetary\":%s,\"average_order_value\":%s}",
                    r.get("customer_id"), r.get("recency_days"), r.get("frequency"), r.get("monetary"), r.get("average_order_value")));
        }
        HttpResponse<String> response = post(body.append(']').toString());
        assertEquals(200, response.statusCode(), response.body());
        JsonNode answers = Json.mapper().readTree(response.body());
        Map<String, CSVRecord> segments = byId(CliRun.csv(classifierPredictions));
        Map<String, CSVRecord> spend = byId(CliRun.csv(spendPredictions));
        assertEquals(25, answers.size());
        for (JsonNode a : answers) {
            String id = a.get("id").asText();
            assertEquals(segments.get(id).get("segment"), a.get("segment").asText());
            assertEquals(segments.get(id).get("segment_name"), a.get("segmentName").asText());
            assertEquals(Double.parseDouble(segments.get(id).get("confidence")), a.get("confidence").asDouble(), 1e-6);
            assertEquals(Boolean.parseBoolean(segments.get(id).get("out_of_distribution")), a.get("outOfDistribution").asBoolean());
            assertEquals(3, a.get("probabilities").size());
            double expected = Double.parseDouble(spend.get(id).get("prediction"));
            assertEquals(expected, a.get("predictedSpend").asDouble(), Math.abs(expected) * 1e-6 + 1e-6);
        }
    }

    private static Map<String, CSVRecord> byId(List<CSVRecord> records) {
        Map<String, CSVRecord> out = new HashMap<>();
        records.forEach(r -> out.put(r.get(0), r));
        return out;
    }

    @Test
    void hostileBodiesGetJsonErrorsAndTheServerGoesOn() throws Exception {
        assertError(post("{not json"), 400, "not valid JSON");
        assertError(post("{\"recency_days\": 3}"), 400, "JSON array");
        assertError(post("[{\"recency_days\": 3}]"), 400, "customer 0 has no value for 'frequency'");
        assertError(post("[{\"recency_days\": \"3\", \"frequency\": 1, \"monetary\": 5, \"average_order_value\": 5}]"),
                400, "'recency_days' must be a number");
        assertError(post("[" + "{},".repeat(ScoringService.MAX_ROWS) + "{}]"), 413, "limit is 10000");
        assertError(post(" ".repeat((int) ScoringService.MAX_BYTES + 10)), 413, "larger than");
        assertError(get("/predict"), 405, "use POST");
        assertError(get("/admin"), 404, "no such endpoint");

        assertEquals("ok", Json.mapper().readTree(get("/health").body()).get("status").asText());
        JsonNode model = Json.mapper().readTree(get("/model").body());
        assertEquals(List.of("recency_days", "frequency", "monetary"),
                Json.mapper().convertValue(model.get("features"), List.class).subList(0, 3));
        assertEquals(2, model.get("models").size());
        assertEquals(200, post("[]").statusCode(), "an empty list is answered with an empty list");
    }

    private static void assertError(HttpResponse<String> response, int status, String text) throws Exception {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        String error = Json.mapper().readTree(response.body()).get("error").asText();
        assertTrue(error.contains(text), error);
    }
}
