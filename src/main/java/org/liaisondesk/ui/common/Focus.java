package org.liaisondesk.ui.common;

import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Gives a node the keyboard focus once the scene has laid out the change that showed it. Asked
 * for any earlier, JavaFX hands the focus on again when the node that had it (in the list now
 * hidden underneath) turns invisible.
 */
public final class Focus {
    private Focus() {}

    public static void whenShown(Node node) {
        node.sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) afterPulse(scene, node);
        });
    }

    private static void afterPulse(Scene scene, Node node) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            javafx.application.Platform.runLater(node::requestFocus);
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}
