package org.liaisondesk.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.liaisondesk.domain.Messages;
import org.liaisondesk.service.sheet.ReceptionSheetService;
import org.liaisondesk.service.sheet.SheetLanguage;
import org.liaisondesk.service.sheet.SheetOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sheet CODE OUT.pdf [--lang zh|en|both] [--show-passports]}: a delegation's reception sheet as PDF. */
@Command(name = "sheet", mixinStandardHelpOptions = true, description = "Write a delegation's reception sheet as PDF.")
public final class SheetCommand implements Callable<Integer> {
    @ParentCommand LiaisonCommand parent;
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DELEGATION_CODE")
    String code;

    @Parameters(index = "1", paramLabel = "OUT.pdf")
    Path out;

    @Option(names = "--lang", defaultValue = "zh", description = "zh, en or both (side by side)")
    String lang;

    @Option(names = "--show-passports", description = "print full passport numbers (masked to the last 4 otherwise)")
    boolean showPassports;

    @Override
    public Integer call() {
        SheetLanguage language = LiaisonCommand.language(spec, lang);
        SheetOptions options = new SheetOptions(language, showPassports, LocalDate.now());
        return LiaisonCommand.withServices(spec.commandLine(), parent.dataFolder(), (s, o, locale) -> {
            ReceptionSheetService.Laid sheet = s.sheets().layout(code, options);
            s.sheets().writePdf(sheet, out);
            o.println(Messages.format(locale, "sheet.cli.written", List.of(out, sheet.pages().size())));
            o.flush();
            return 0;
        });
    }
}
