package org.clientele.app.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.clientele.core.io.Json;
import org.clientele.core.scoring.ScoringRequestException;
import org.clientele.core.scoring.ScoringService;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The JDK's HTTP server answering {@code POST /predict}, {@code GET /health} and {@code GET /model}. Every
 * failure of a request becomes a JSON error with a 4xx status; nothing a caller sends stops the server.
 */
public final class ScoringServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService pool;
    private final ScoringService service;

    private ScoringServer(HttpServer server, ExecutorService pool, ScoringService service) {
        this.server = server;
        this.pool = pool;
        this.service = service;
    }

    /** Starts serving on {@code host:port} (port 0 picks a free one). */
    public static ScoringServer start(ScoringService service, String host, int port) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(host, port), 0);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()), r -> {
            Thread t = new Thread(r, "scoring");
            t.setDaemon(true);
            return t;
        });
        ScoringServer s = new ScoringServer(http, pool, service);
        http.createContext("/predict", s::predict);
        http.createContext("/health", exchange -> s.get(exchange, Map.of("status", "ok")));
        http.createContext("/model", exchange -> s.get(exchange, service.describe()));
        http.createContext("/", exchange -> s.reply(exchange, 404, error("no such endpoint; use POST /predict, GET /health or GET /model")));
        http.setExecutor(pool);
        http.start();
        return s;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String host() {
        return server.getAddress().getHostString();
    }

    private void predict(HttpExchange exchange) throws IOException {
        try {
            if (!exchange.getRequestMethod().equals("POST")) {
                reply(exchange, 405, error("use POST with a JSON array of customers"));
                return;
            }
            byte[] body = readLimited(exchange.getRequestBody());
            reply(exchange, 200, service.score(body));
        } catch (ScoringRequestException e) {
            reply(exchange, e.status(), error(e.getMessage()));
        } catch (RuntimeException e) {
            reply(exchange, 500, error("the request could not be scored: " + e.getMessage()));
        }
    }

    private void get(HttpExchange exchange, Object answer) throws IOException {
        if (!exchange.getRequestMethod().equals("GET")) {
            reply(exchange, 405, error("use GET"));
            return;
        }
        reply(exchange, 200, answer);
    }

    /** The body up to one byte over the limit, so an oversized request is refused without reading it all. */
    private static byte[] readLimited(InputStream in) throws IOException {
        byte[] body = in.readNBytes((int) ScoringService.MAX_BYTES + 1);
        if (body.length > ScoringService.MAX_BYTES) {
            throw new ScoringRequestException(413, "the request is larger than " + ScoringService.MAX_BYTES + " bytes");
        }
        return body;
    }

    private static JsonNode error(String message) {
        return Json.mapper().createObjectNode().put("error", message);
    }

    private void reply(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = Json.write(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
