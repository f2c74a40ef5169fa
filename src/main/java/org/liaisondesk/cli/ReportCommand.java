package org.liaisondesk.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.liaisondesk.domain.Messages;
import org.liaisondesk.domain.report.AnnualReport;
import org.liaisondesk.service.sheet.SheetLanguage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code report --year YYYY OUT.pdf|OUT.csv [--lang zh|en|both]}: the annual report's figures. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write the annual report (figures for a year, compared with the year before) as PDF or CSV.")
public final class ReportCommand implements Callable<Integer> {
    @ParentCommand LiaisonCommand parent;
    @Spec CommandSpec spec;

    @Option(names = "--year", required = true, paramLabel = "YYYY", description = "the year to report on")
    int year;

    @Parameters(index = "0", paramLabel = "OUT.pdf|OUT.csv")
    Path out;

    @Option(names = "--lang", defaultValue = "zh", description = "zh, en or both (side by side)")
    String lang;

    @Override
    public Integer call() {
        SheetLanguage language = LiaisonCommand.language(spec, lang);
        return LiaisonCommand.withServices(spec.commandLine(), parent.dataFolder(), (s, o, locale) -> {
            AnnualReport report = s.reports().report(year);
            s.reports().write(report, language, out, LocalDate.now());
            o.println(Messages.format(locale, "report.cli.written", List.of(out, String.valueOf(year))));
            o.flush();
            return 0;
        });
    }
}
