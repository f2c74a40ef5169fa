package org.liaisondesk.bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.liaisondesk.ui.common.FirstFrame;

/**
 * The start-up baseline: a bare JavaFX stage with one label, timed like the app. Its main class
 * does not extend Application, exactly like the app's launcher, so both start the same way.
 */
public final class BareStage {
    private BareStage() {}

    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new Label("外联工作台 Liaison Desk"), 1280, 800);
            stage.setScene(scene);
            FirstFrame.measure(scene, FirstFrame::printAndExit);
            stage.show();
        }
    }

    public static void main(String[] args) { Application.launch(Window.class, args); }
}
