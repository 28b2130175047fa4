package org.clientele.core.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The one JSON configuration of Clientele: camelCase record components, ISO dates, pretty output,
 * and NaN/Infinity written as {@code null} because the contract promises plain JSON numbers.
 */
public final class Json {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new SimpleModule("finite-numbers")
                    .addSerializer(Double.class, new FiniteDoubleSerializer())
                    .addSerializer(double.class, new FiniteDoubleSerializer())
                    .addSerializer(Float.class, new FiniteFloatSerializer())
                    .addSerializer(float.class, new FiniteFloatSerializer())
                    // primitive arrays bypass the element serializers above and would write "NaN" strings
                    .addSerializer(double[].class, new FiniteDoubleArraySerializer()))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private Json() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code value} to {@code file} atomically (see {@link OutputFiles#writeAtomically}). */
    public static void write(Path file, Object value) {
        OutputFiles.writeAtomically(file, out -> MAPPER.writeValue(out, value));
    }

    private static final class FiniteDoubleSerializer extends JsonSerializer<Double> {
        @Override
        public void serialize(Double v, JsonGenerator gen, SerializerProvider sp) throws IOException {
            if (v == null || v.isNaN() || v.isInfinite()) {
                gen.writeNull();
            } else {
                gen.writeNumber(v);
            }
        }
    }

    private static final class FiniteDoubleArraySerializer extends JsonSerializer<double[]> {
        @Override
        public void serialize(double[] values, JsonGenerator gen, SerializerProvider sp) throws IOException {
            gen.writeStartArray(values, values.length);
            for (double v : values) {
                if (Double.isNaN(v) || Double.isInfinite(v)) {
                    gen.writeNull();
                } else {
                    gen.writeNumber(v);
                }
            }
            gen.writeEndArray();
        }
    }

    private static final class FiniteFloatSerializer extends JsonSerializer<Float> {
        @Override
        public void serialize(Float v, JsonGenerator gen, SerializerProvider sp) throws IOException {
            if (v == null || v.isNaN() || v.isInfinite()) {
                gen.writeNull();
            } else {
                gen.writeNumber(v);
            }
        }
    }
}
