package org.clientele.core.data;

import java.nio.charset.Charset;

/**
 * How a file's bytes become rows: compression, character set (with or without a byte-order mark) and
 * the field delimiter.
 */
public record TextFormat(boolean gzip, Charset charset, boolean bom, char delimiter) {

    public String describe() {
        String d = switch (delimiter) {
            case '\t' -> "tab";
            case ',' -> "comma";
            case ';' -> "semicolon";
            case '|' -> "pipe";
            default -> "'" + delimiter + "'";
        };
        return (gzip ? "gzip, " : "") + charset.name() + (bom ? " with BOM" : "") + ", " + d + "-delimited";
    }
}
