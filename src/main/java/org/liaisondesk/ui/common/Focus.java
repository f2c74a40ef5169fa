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

    /**
     * Like {@link #whenShown}, but only the first time: a form's first field takes the focus when
     * the form opens, not again when ControlsFX later wraps the scene's root to draw its decorations
     * (which takes every node out of the scene and puts it back, mid-typing in another field).
     */
    public static void onceShown(Node node) {
        javafx.beans.value.ChangeListener<Scene> once = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Scene> o, Scene old, Scene scene) {
                if (scene == null) return;
                node.sceneProperty().removeListener(this);
                afterPulse(scene, node);
            }
        };
        node.sceneProperty().addListener(once);
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
