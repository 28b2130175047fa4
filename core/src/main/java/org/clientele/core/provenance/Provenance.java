package org.clientele.core.provenance;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.clientele.core.io.Json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Where a result came from, written with every result and model bundle: in JSON the typed keys below
 * plus each option as a key of its own ({@code folds}, {@code models}, …), so files written before the
 * typed record read back into it unchanged.
 *
 * @param seed       the random seed of the run
 * @param created    ISO-8601 time the result was made
 * @param rows       rows (customers) the result was computed on
 * @param trainRows  of those, rows a model trained on; null when nothing was trained
 * @param testRows   rows held out for testing; null when nothing was trained
 * @param input      the input file; null when it is not known (files written before it was recorded)
 * @param appVersion the Clientele version
 * @param java       Java vendor and version
 * @param os         operating system name, version and architecture
 * @param libraries  versions of the libraries results depend on (Tribuo, Commons CSV/Math, Jackson)
 * @param options    the run's settings by name, flattened into the JSON object
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Provenance(Long seed, String created, Long rows, Long trainRows, Long testRows, InputFile input,
                         String appVersion, String java, String os, Map<String, String> libraries,
                         @JsonAnyGetter @JsonAnySetter Map<String, Object> options) {

    private static final Map<String, String> BUILD = build();

    public Provenance {
        options = options == null ? new LinkedHashMap<>() : new LinkedHashMap<>(options);
        libraries = libraries == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(libraries));
    }

    /** A new record for a run on {@code file} (null when there is none) now, with this machine's versions. */
    public static Provenance of(Path file, long seed, long rows) {
        return new Provenance(seed, OffsetDateTime.now().toString(), rows, null, null,
                InputFile.ifReadable(file), BUILD.get("version"),
                System.getProperty("java.vendor") + " " + System.getProperty("java.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
                libraryVersions(), Map.of());
    }

    /** The same record with the train/test split sizes. */
    public Provenance withSplit(long trainRows, long testRows) {
        return new Provenance(seed, created, rows, trainRows, testRows, input, appVersion, java, os, libraries, options);
    }

    /** The same record with the input file (when the run that made it did not know the file). */
    public Provenance withInput(Path file) {
        return new Provenance(seed, created, rows, trainRows, testRows, InputFile.ifReadable(file),
                appVersion, java, os, libraries, options);
    }

    /** The same record with one more option (or a new value for it). */
    public Provenance with(String option, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(options);
        more.put(option, value);
        return new Provenance(seed, created, rows, trainRows, testRows, input, appVersion, java, os, libraries, more);
    }

    /**
     * The same record with every component of an options record (e.g. {@code SegmentOptions}) as an option,
     * under the names it has in JSON.
     */
    public Provenance withOptions(Object optionsRecord) {
        Map<String, Object> more = new LinkedHashMap<>(options);
        JsonNode tree = Json.mapper().valueToTree(optionsRecord);
        tree.fields().forEachRemaining(e -> more.put(e.getKey(), Json.mapper().convertValue(e.getValue(), Object.class)));
        return new Provenance(seed, created, rows, trainRows, testRows, input, appVersion, java, os, libraries, more);
    }

    /**
     * Writes {@code document} (a result record) to {@code file} atomically with this record added as its
     * {@code provenance} key: results keep their contract and gain where they came from.
     */
    public void writeWith(Path file, Object document) {
        ObjectNode tree = Json.mapper().valueToTree(document);
        tree.set("provenance", Json.mapper().valueToTree(this));
        Json.write(file, tree);
    }

    /** An option's value as written, or null. */
    public Object option(String name) {
        return options.get(name);
    }

    @Override
    @JsonAnyGetter
    public Map<String, Object> options() {
        return Collections.unmodifiableMap(options);
    }

    /** The Clientele version this code was built as ("0.1.0-SNAPSHOT"), or "development" outside a Maven build. */
    public static String appVersionOfThisBuild() {
        return BUILD.get("version");
    }

    private static Map<String, String> libraryVersions() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String name : new String[]{"tribuo", "commons-csv", "commons-math3", "jackson"}) {
            String v = BUILD.get(name);
            if (v != null) {
                out.put(name, v);
            }
        }
        return out;
    }

    private static Map<String, String> build() {
        Properties p = new Properties();
        try (InputStream in = Provenance.class.getResourceAsStream("clientele.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> out = new LinkedHashMap<>();
        p.stringPropertyNames().forEach(k -> {
            String v = p.getProperty(k);
            if (!v.startsWith("${")) {
                out.put(k, v);
            }
        });
        out.putIfAbsent("version", "development");
        return out;
    }
}
