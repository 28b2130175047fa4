package org.clientele.app.ui;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.prefs.AbstractPreferences;
import java.util.prefs.Preferences;

/**
 * A preferences tree that lives only in memory: what the workbench remembers during a test (recent
 * files, last folders) never reaches the user's real preferences, not even for a moment.
 */
public final class InMemoryPreferences extends AbstractPreferences {

    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, InMemoryPreferences> children = new HashMap<>();

    private InMemoryPreferences(InMemoryPreferences parent, String name) {
        super(parent, name);
    }

    /** A new, empty tree. */
    public static Preferences root() {
        return new InMemoryPreferences(null, "");
    }

    @Override
    protected void putSpi(String key, String value) {
        values.put(key, value);
    }

    @Override
    protected String getSpi(String key) {
        return values.get(key);
    }

    @Override
    protected void removeSpi(String key) {
        values.remove(key);
    }

    @Override
    protected void removeNodeSpi() {
        ((InMemoryPreferences) parent()).children.remove(name());
    }

    @Override
    protected String[] keysSpi() {
        return values.keySet().toArray(String[]::new);
    }

    @Override
    protected String[] childrenNamesSpi() {
        return children.keySet().toArray(String[]::new);
    }

    @Override
    protected AbstractPreferences childSpi(String name) {
        return children.computeIfAbsent(name, n -> new InMemoryPreferences(this, n));
    }

    @Override
    protected void syncSpi() {
    }

    @Override
    protected void flushSpi() {
    }
}
