package org.liaisondesk.cli;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.liaisondesk.domain.Messages;
import org.liaisondesk.service.csv.CsvInput;
import org.liaisondesk.service.csv.CsvProblem;
import org.liaisondesk.service.csv.ImportResult;
import org.liaisondesk.service.csv.OrganisationCsv;
import org.liaisondesk.service.csv.RecordCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code import TYPE FILE …}: reads a CSV file as Excel writes it. Exit 0 when written (or a dry run
 * found nothing wrong), 1 when rows failed and nothing was written, 2 on usage errors. The last
 * line on stdout is always "created N, updated N, skipped N, failed N".
 */
@Command(name = "import", mixinStandardHelpOptions = true, description = "Import a CSV file.")
public final class ImportCommand implements Callable<Integer> {
    static final List<String> TYPES = List.of("organizations", "contacts", "agreements", "delegations",
            "delegation_members", "itinerary", "projects", "events", "offices", "gifts");

    @ParentCommand LiaisonCommand parent;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TYPE", description = "what the file holds: ${COMPLETION-CANDIDATES}",
            completionCandidates = Types.class)
    String type;

    @Parameters(index = "1", paramLabel = "FILE")
    Path file;

    @Option(names = "--encoding", defaultValue = "auto", description = "auto, utf-8, gb18030 or utf-16")
    String encoding;

    @Option(names = "--delimiter", defaultValue = "auto", description = "auto, comma, semicolon, tab or pipe")
    String delimiter;

    @Option(names = "--on-duplicate", defaultValue = "skip", description = "skip, update or fail")
    String onDuplicate;

    @Option(names = "--skip-invalid", description = "write the valid rows even if some fail")
    boolean skipInvalid;

    @Option(names = "--dry-run", description = "check every row, write nothing")
    boolean dryRun;

    @Option(names = "--errors", paramLabel = "OUT.csv", description = "write the problem rows' reasons to this CSV file")
    Path errors;

    static final class Types extends java.util.ArrayList<String> {
        Types() { super(TYPES); }
    }

    @Override
    public Integer call() {
        if (!TYPES.contains(type)) {
            throw new ParameterException(spec.commandLine(), "TYPE must be one of " + TYPES + ", not " + type);
        }
        Charset charset = charset();
        char delim = delimiter();
        RecordCsv.OnDuplicate policy = policy();
        return LiaisonCommand.withServices(spec.commandLine(), parent.dataFolder(), (s, out, locale) -> {
            ImportResult r = s.csv(type).importFile(file, charset, delim, policy, skipInvalid, dryRun);
            for (CsvProblem p : r.problems()) spec.commandLine().getErr().println(p.describe(locale));
            spec.commandLine().getErr().flush();
            if (errors != null) org.liaisondesk.service.csv.CsvPreview.writeProblems(errors, r.problems(), locale);
            if (!r.written() && !dryRun && r.failed() == 0 && !r.problems().isEmpty()) {
                out.println(Messages.format(locale, "csv.cli.refused", List.of()));
            }
            out.println(r.summary());
            out.flush();
            boolean fine = r.written() || dryRun && r.failed() == 0 && r.problems().stream()
                    .allMatch(p -> p.key().equals("csv.column.unknown"));
            return fine ? 0 : 1;
        });
    }

    private Charset charset() {
        return switch (encoding.toLowerCase(java.util.Locale.ROOT)) {
            case "auto" -> null;
            case "utf-8", "utf8" -> StandardCharsets.UTF_8;
            case "gb18030", "gbk" -> CsvInput.GB18030;
            case "utf-16" -> StandardCharsets.UTF_16;
            default -> throw new ParameterException(spec.commandLine(), "--encoding must be auto, utf-8, gb18030 or utf-16");
        };
    }

    private char delimiter() {
        return switch (delimiter.toLowerCase(java.util.Locale.ROOT)) {
            case "auto" -> 0;
            case "comma" -> ',';
            case "semicolon" -> ';';
            case "tab" -> '\t';
            case "pipe" -> '|';
            default -> throw new ParameterException(spec.commandLine(), "--delimiter must be auto, comma, semicolon, tab or pipe");
        };
    }

    private RecordCsv.OnDuplicate policy() {
        try {
            return RecordCsv.OnDuplicate.valueOf(onDuplicate.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--on-duplicate must be skip, update or fail");
        }
    }
}
