package org.liaisondesk.cli;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.liaisondesk.domain.Messages;
import org.liaisondesk.domain.RecordKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code demo [--replace]}: loads the sample dataset into an empty database. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Load the sample data (the interview's facts plus invented, tagged visits) into an empty database.")
public final class DemoCommand implements Callable<Integer> {
    @ParentCommand LiaisonCommand parent;
    @Spec CommandSpec spec;

    @Option(names = "--replace", description = "delete every existing record first")
    boolean replace;

    @Override
    public Integer call() {
        return LiaisonCommand.withServices(spec.commandLine(), parent.dataFolder(), (s, out, locale) -> {
            if (replace) out.println(Messages.format(locale, "cli.demo.replacing", List.of()));
            Map<RecordKind, Long> counts = s.sampleData().load(replace);
            String summary = counts.entrySet().stream()
                    .map(e -> Messages.format(locale, e.getKey().labelKey(), List.of()) + " " + e.getValue())
                    .collect(Collectors.joining(", "));
            out.println(Messages.format(locale, "cli.demo.loaded", List.of(summary)));
            out.flush();
            return 0;
        });
    }
}
