package org.clientele.app.ui.explore;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.beans.property.ObjectProperty;

/** One view of the Explore tab: its node, and how to redraw it from the view model's current state. */
record Page(Node node, Runnable refresh) {

    /** A page with a header line of controls and figures above its content. */
    static BorderPane frame(Node content, Node... header) {
        FlowPane top = new FlowPane(14, 6, header);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setMinWidth(0);
        top.setPadding(new Insets(8, 10, 6, 10));
        for (Node n : header) {
            if (n instanceof Label l && l.getStyleClass().contains("explore-figure")) {
                // figures wrap rather than run off a narrow window
                l.setWrapText(true);
                l.setMinWidth(0);
                l.maxWidthProperty().bind(top.widthProperty().subtract(24));
            }
        }
        BorderPane page = new BorderPane(content);
        page.setTop(top);
        BorderPane.setMargin(content, new Insets(0, 8, 8, 8));
        return page;
    }

    static Label figure(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("explore-figure");
        return l;
    }

    /** Segmented toggle buttons bound to an enum property. */
    @SafeVarargs
    static <E> HBox choice(String id, ObjectProperty<E> property, E... values) {
        ToggleGroup group = new ToggleGroup();
        HBox box = new HBox();
        box.setId(id);
        box.getStyleClass().add("segmented");
        for (E v : values) {
            ToggleButton b = new ToggleButton(v.toString());
            b.setId(id + "-" + v.toString().toLowerCase().replaceAll("[^a-z0-9]+", "-"));
            b.setToggleGroup(group);
            b.setUserData(v);
            b.setSelected(v.equals(property.get()));
            box.getChildren().add(b);
        }
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one is always chosen
            } else {
                @SuppressWarnings("unchecked") E v = (E) now.getUserData();
                property.set(v);
            }
        });
        return box;
    }
}
