package org.liaisondesk.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ResourceBundle;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads {@code Foo.fxml} beside {@code FooView} with the given view as its controller, so that a
 * feature's FXML, view and view model live together and are found by name.
 */
public final class ViewLoader {
    private ViewLoader() {}

    public static Parent load(Object view, ResourceBundle bundle) {
        Class<?> type = view.getClass();
        String name = type.getSimpleName().replaceFirst("View$", "") + ".fxml";
        URL url = type.getResource(name);
        if (url == null) throw new IllegalStateException("no " + name + " beside " + type.getName());
        FXMLLoader loader = new FXMLLoader(url, bundle);
        loader.setController(view);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
