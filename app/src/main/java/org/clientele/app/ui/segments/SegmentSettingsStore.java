package org.clientele.app.ui.segments;

import org.clientele.core.segment.Algorithm;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * Remembers the Segments tab's settings (algorithm, k range, features, seed, transform) per data file,
 * so reopening a file restores what the analyst last ran on it. One child node per file, named by a
 * hash of the file's absolute path (preference node names are limited to 80 characters).
 */
public final class SegmentSettingsStore {

    /** What is remembered for one file. */
    public record Settings(Algorithm algorithm, int kMin, int kMax, List<String> features, long seed,
                           boolean transform) {

        public Settings {
            features = List.copyOf(features);
        }
    }

    /** A store that remembers nothing (for callers without preferences). */
    public static final SegmentSettingsStore NONE = new SegmentSettingsStore(null);

    private final Preferences root;

    /** @param root the node under which files' settings live (tests pass a throwaway node); null remembers nothing */
    public SegmentSettingsStore(Preferences root) {
        this.root = root;
    }

    public Optional<Settings> load(Path file) {
        if (root == null || file == null) {
            return Optional.empty();
        }
        try {
            String name = key(file);
            if (!root.nodeExists(name)) {
                return Optional.empty();
            }
            Preferences node = root.node(name);
            Algorithm algorithm = Algorithm.parse(node.get("algorithm", Algorithm.KMEANS.label()));
            String features = node.get("features", "");
            return Optional.of(new Settings(algorithm, node.getInt("kMin", 3), node.getInt("kMax", 8),
                    features.isEmpty() ? List.of() : Arrays.asList(features.split("\n")), node.getLong("seed", 42),
                    node.getBoolean("transform", true)));
        } catch (BackingStoreException | IllegalArgumentException e) {
            return Optional.empty(); // unreadable or from another version: start from the defaults
        }
    }

    public void save(Path file, Settings s) {
        if (root == null || file == null) {
            return;
        }
        Preferences node = root.node(key(file));
        node.put("path", truncate(file.toAbsolutePath().toString()));
        node.put("algorithm", s.algorithm().label());
        node.putInt("kMin", s.kMin());
        node.putInt("kMax", s.kMax());
        node.put("features", truncate(String.join("\n", s.features())));
        node.putLong("seed", s.seed());
        node.putBoolean("transform", s.transform());
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // remembering settings is a convenience: the run itself must not fail for it
        }
    }

    static String key(Path file) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(file.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String truncate(String value) {
        return value.length() <= Preferences.MAX_VALUE_LENGTH ? value : value.substring(0, Preferences.MAX_VALUE_LENGTH);
    }
}
