package org.clientele.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/** Where an input lives: a local path, or a URI one of Hadoop's file systems reads (hdfs://, s3a://, file://). */
final class Locations {

    private static final Pattern URI = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://.*");

    private Locations() {
    }

    /** True for a URI with a scheme other than file. */
    static boolean isRemote(String location) {
        return URI.matcher(location).matches() && !location.toLowerCase(Locale.ROOT).startsWith("file://");
    }

    /** The local file behind a location, or null when it is remote. */
    static Path localPath(String location) {
        if (isRemote(location)) {
            return null;
        }
        return location.toLowerCase(Locale.ROOT).startsWith("file://") ? Path.of(java.net.URI.create(location))
                : Path.of(location);
    }

    /** Parquet by name: a .parquet file or a folder of part files (as Spark writes them). */
    static boolean isParquet(String location) {
        String l = location.toLowerCase(Locale.ROOT);
        if (l.endsWith(".parquet") || l.endsWith(".parquet/")) {
            return true;
        }
        Path local = localPath(location);
        if (local != null && Files.isDirectory(local)) {
            try (var files = Files.list(local)) {
                return files.anyMatch(f -> f.getFileName().toString().endsWith(".parquet"));
            } catch (java.io.IOException e) {
                return false;
            }
        }
        return false;
    }

    /** The last part of the location, for messages and provenance. */
    static String name(String location) {
        String l = location.endsWith("/") ? location.substring(0, location.length() - 1) : location;
        return l.substring(l.lastIndexOf('/') + 1);
    }
}
