package org.liaisondesk.ui.settings;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.liaisondesk.domain.Messages;
import org.liaisondesk.domain.map.WorldMap;
import org.liaisondesk.service.Failures;
import org.liaisondesk.service.Services;
import org.liaisondesk.ui.common.DialogService;
import org.liaisondesk.ui.common.TaskRunner;

/**
 * Which map geometry the partner map uses: the shipped standard map, or a replacement the office
 * loads (e.g. one approved by its surveying authority). A replacement is checked and previewed
 * before it is used; a bad file is explained and the map in use stays.
 */
public final class MapDataViewModel {
    private final Services services;
    private final Locale locale;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final StringProperty source = new SimpleStringProperty("");

    public MapDataViewModel(Services services, Locale locale, TaskRunner tasks, DialogService dialogs) {
        this.services = services;
        this.locale = locale;
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    public ReadOnlyStringProperty sourceProperty() { return source; }

    public void load() {
        tasks.run(() -> services.map().currentMap().source(), this::showSource, this::failed);
    }

    private void showSource(String s) { source.set(Messages.format(locale, "map.source", List.of(s))); }

    /** Choose a file, name the property holding ISO codes, see what it covers, then use it or not. */
    public void replace() {
        List<Path> files = dialogs.chooseFiles(text("settings.map.choose"));
        if (files.isEmpty()) return;
        Path file = files.get(0);
        dialogs.ask(text("settings.map.property.title"), text("settings.map.property.text"), "iso_a2").ifPresent(property ->
                tasks.run(() -> services.map().read(file, property.strip()), map -> {
                    if (!dialogs.confirm(text("settings.map.preview.title"), preview(map))) return;
                    tasks.run(() -> services.map().useReplacement(file, property.strip()).source(), this::showSource,
                            this::failed);
                }, this::failed));
    }

    /** What the file covers, with the neighbours the office cares most about checked by name. */
    String preview(WorldMap map) {
        List<String> codes = map.shapes().stream().map(s -> s.iso2()).distinct().toList();
        List<String> missing = java.util.stream.Stream.of("CN", "MM", "LA", "VN", "TH")
                .filter(c -> !codes.contains(c)).toList();
        return Messages.format(locale, "settings.map.preview.text", List.of(map.source(), codes.size(),
                missing.isEmpty() ? text("settings.map.preview.allNeighbours") : String.join(", ", missing)));
    }

    public void useStandard() {
        tasks.run(() -> {
            services.map().useStandard();
            return services.map().currentMap().source();
        }, this::showSource, this::failed);
    }

    private void failed(Throwable t) {
        dialogs.error(text("settings.map.refused"), Failures.describe(locale, t, services.dataFolder()));
    }

    private String text(String key) { return Messages.format(locale, key, List.of()); }
}
