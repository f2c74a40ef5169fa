package org.liaisondesk.cli;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.liaisondesk.domain.Messages;
import org.liaisondesk.service.csv.CsvInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code export TYPE FILE [--encoding utf-8-bom|utf-8|gb18030]}: canonical headers, formula-safe cells. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Export records as CSV.")
public final class ExportCommand implements Callable<Integer> {
    @ParentCommand LiaisonCommand parent;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TYPE")
    String type;

    @Parameters(index = "1", paramLabel = "FILE")
    Path file;

    @Option(names = "--encoding", defaultValue = "utf-8-bom", description = "utf-8-bom (for Excel), utf-8 or gb18030")
    String encoding;

    @Option(names = "--with-passports", description = "passport numbers in full (masked to the last 4 otherwise)")
    boolean withPassports;

    @Override
    public Integer call() {
        if (!ImportCommand.TYPES.contains(type)) {
            throw new ParameterException(spec.commandLine(), "TYPE must be one of " + ImportCommand.TYPES
                    + ", not " + type);
        }
        Charset charset = switch (encoding.toLowerCase(java.util.Locale.ROOT)) {
            case "utf-8-bom", "utf-8" -> StandardCharsets.UTF_8;
            case "gb18030" -> CsvInput.GB18030;
            default -> throw new ParameterException(spec.commandLine(), "--encoding must be utf-8-bom, utf-8 or gb18030");
        };
        boolean bom = encoding.equalsIgnoreCase("utf-8-bom");
        return LiaisonCommand.withServices(spec.commandLine(), parent.dataFolder(), (s, out, locale) -> {
            int n = s.csv(type).export(file, charset, bom, null, withPassports);
            String done = Messages.format(locale, "csv.cli.exported", List.of(n, file));
            if (s.csv(type).hasSensitive()) done += " " + Messages.format(locale,
                    withPassports ? "csv.export.passportsFull" : "csv.export.passportsMasked", List.of());
            out.println(done);
            out.flush();
            return 0;
        });
    }
}
