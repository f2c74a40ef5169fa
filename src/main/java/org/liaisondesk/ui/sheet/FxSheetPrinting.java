package org.liaisondesk.ui.sheet;

import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.layout.Pane;
import javafx.scene.transform.Translate;
import javafx.stage.Window;
import java.util.List;
import org.liaisondesk.ui.sheet.SheetPreviewViewModel.PageMarks;

/**
 * Prints sheet pages with JavaFX's PrinterJob on A4 portrait: one freshly built node per page,
 * placed so that a point on the sheet is a point on the paper, never resized during the job.
 */
final class FxSheetPrinting implements SheetPreviewViewModel.Printing {
    private final Window owner;
    private PrinterJob job;

    FxSheetPrinting(Window owner) { this.owner = owner; }

    @Override
    public boolean hasPrinter() { return Printer.getDefaultPrinter() != null; }

    /** The printer's page setup dialog, kept for the next print. */
    void pageSetup() {
        PrinterJob j = job();
        if (j != null) j.showPageSetupDialog(owner);
    }

    @Override
    public boolean print(List<PageMarks> pages) {
        PrinterJob j = job();
        if (j == null || !j.showPrintDialog(owner)) return false;
        Printer printer = j.getPrinter();
        PageLayout layout = printer.createPageLayout(Paper.A4, PageOrientation.PORTRAIT, Printer.MarginType.HARDWARE_MINIMUM);
        for (PageMarks page : pages) {
            Pane node = SheetPageNode.of(page);
            // The printable area starts at the printer's margin; shift so sheet coordinates are paper coordinates.
            node.getTransforms().add(new Translate(-layout.getLeftMargin(), -layout.getTopMargin()));
            if (!j.printPage(layout, node)) {
                j.cancelJob();
                job = null;
                return false;
            }
        }
        boolean done = j.endJob();
        job = null;
        return done;
    }

    private PrinterJob job() {
        if (job == null) job = PrinterJob.createPrinterJob();
        return job;
    }

}
