package org.liaisondesk.cli;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.liaisondesk.domain.Messages;
import org.liaisondesk.domain.RecordKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code generate --scale N [--seed S] [--replace]}: synthetic history for measuring at scale. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Fill an empty database with deterministic synthetic records tagged \"generated\" "
                + "(scale 1: about 2,000 organisations, 5,000 contacts, 1,000 delegations; scale 20: twenty times that).")
public final class GenerateCommand implements Callable<Integer> {
    @ParentCommand LiaisonCommand parent;
    @Spec CommandSpec spec;

    @Option(names = "--scale", required = true, paramLabel = "N", description = "1 to 200")
    int scale;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "same seed, same data (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--replace", description = "delete every existing record first")
    boolean replace;

    @Override
    public Integer call() {
        if (scale < 1 || scale > 200) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--scale must be 1 to 200");
        }
        return LiaisonCommand.withServices(spec.commandLine(), parent.dataFolder(), (s, out, locale) -> {
            long started = System.nanoTime();
            int[] lastPercent = {-1};
            Map<RecordKind, Long> counts = s.generator().generate(scale, seed, replace, (kind, done, total) -> {
                int percent = (int) Math.min(100, done * 100 / total);
                if (percent != lastPercent[0]) {
                    lastPercent[0] = percent;
                    out.print("\r" + Messages.format(locale, "cli.generate.progress",
                            List.of(percent, Messages.format(locale, kind.labelKey(), List.of()))));
                    out.flush();
                }
            });
            String summary = counts.entrySet().stream()
                    .map(e -> Messages.format(locale, e.getKey().labelKey(), List.of()) + " " + e.getValue())
                    .collect(Collectors.joining(", "));
            out.println();
            out.println(Messages.format(locale, "cli.generate.done",
                    List.of(summary, (System.nanoTime() - started) / 1_000_000)));
            out.flush();
            return 0;
        });
    }
}
