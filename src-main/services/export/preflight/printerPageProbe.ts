import type { ChromiumPrinter } from '../pdf/chromiumPrinter';
import { measureInPage, type PreflightProbe, type ProbeDocument, type ProbeResult } from './preflightProbe';

/**
 * The whole print document of a probe request: every page's markup in the document around them. For a check of all
 * the pages (the CLI's), this is byte for byte the document `buildPrintDocument` makes for the print itself.
 */
export function wholeDocumentOf(doc: ProbeDocument): string {
  return doc.documentOf(doc.pages.map((p) => p.html).join('\n'));
}

/**
 * A PreflightProbe for one check before one print (the CLI's export): it lays the whole print document out in the
 * printer's own page (ChromiumPrinter.load: from a private temporary file, every other request refused and counted)
 * and measures it there, so that the print of that same document, which follows, does not load it again. The app's
 * export dialog checks again and again, and uses the warm, cached ChromiumPreflightProbe instead.
 */
export class PrinterPageProbe implements PreflightProbe {
  constructor(private readonly printer: ChromiumPrinter) {}

  measure(doc: ProbeDocument): Promise<ProbeResult> {
    return this.printer.exclusive(async () => {
      const { page, requests } = await this.printer.load(wholeDocumentOf(doc), 0);
      const pages = await page.evaluate(measureInPage, doc.pages.map((p) => p.images));
      return { pages, requests };
    });
  }
}
