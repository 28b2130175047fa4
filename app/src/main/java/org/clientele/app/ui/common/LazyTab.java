package org.clientele.app.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Tab;

import java.util.Locale;
import java.util.function.Supplier;

/**
 * A tab whose view is built the first time it is selected. Building and styling every tab's charts and tables
 * before the window appears took most of the workbench's start-up; views read their model's current state when
 * they are built, so building one later shows the same thing.
 */
public final class LazyTab {

    private LazyTab() {
    }

    /** A tab titled {@code title}, id {@code tab-<title in lower case, dashes for spaces>}. */
    public static Tab of(String title, Supplier<? extends Node> view) {
        Tab tab = new Tab(title);
        tab.setId("tab-" + title.toLowerCase(Locale.ROOT).replace(' ', '-'));
        tab.getProperties().put(LazyTab.class, view);
        tab.selectedProperty().addListener((obs, was, selected) -> {
            if (selected) {
                build(tab);
            }
        });
        return tab;
    }

    /** Builds the tab's view now if it has not been built (the tab selected before its listener could see it). */
    public static void build(Tab tab) {
        if (tab.getContent() == null && tab.getProperties().get(LazyTab.class) instanceof Supplier<?> view) {
            tab.setContent((Node) view.get());
        }
    }
}
