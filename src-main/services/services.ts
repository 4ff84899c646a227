/**
 * `createServices`: composes the template library, deck files, recovery and recent files and
 * the exporters (HTML, PDF, PPTX, Markdown) into the `Services` the handler table runs over. The same function serves Electron
 * (real OS dialogs, BrowserWindows, printToPDF printer) and the Playwright harness (queued dialogs, pages, Chromium
 * printer). Files: `<userDataDir>/recent-files.json`, `<userDataDir>/recovery/` and the source library `<userDataDir>/sources/`.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createMemoryShell, type AppShell } from './ports/appShell';
import { createNoWindows, type AppWindows } from './ports/appWindows';
import { createDeckFileService, createRecentFiles, createRecoveryStore } from './deckFiles';
import type { Dialogs } from './ports/dialogs';
import type { PdfPrinter } from './export/pdf/pdfPrinter';
import { ChromiumPrinter } from './export/pdf/chromiumPrinter';
import { ChromiumPreflightProbe, type PreflightProbe } from './export/preflight/preflightProbe';
import { CachedPreflightProbe } from './export/preflight/cachedPreflightProbe';
import { createExportService } from './exportRunner';
import { createPathGrants } from './ports/pathGrants';
import type { Services } from './ports/serviceTypes';
import { createTemplateService } from './templates/templateService';
import { createSourceLibrary } from './sources/sourceLibrary';
// The source reader behind `source:read`: plain text until the readers of every format are composed in here.
import { readSourceFile } from './sources/read/readSourceFile';

export interface CreateServicesOptions {
  /** The folder with the briefing templates and `arguments/` (the repository's `templates/`). */
  templatesDir: string;
  /** Per-user app data: recent files list and recovery copies live under it. */
  userDataDir: string;
  /** Prints export HTML to PDF (Electron: a hidden window's printToPDF; tests and CLI: Chromium via playwright-core). */
  printer?: PdfPrinter;
  /**
   * Measures the print document for the pre-export check (Electron: WindowPreflightProbe on a hidden window). When
   * omitted, a ChromiumPrinter's browser is used (CLI, tests, harness); with neither, the check measures nothing.
   */
  preflightProbe?: PreflightProbe;
  dialogs: Dialogs;
  /** Window shell (title, dirty flag, undo labels); an in-memory recorder when omitted. */
  shell?: AppShell;
  /** Window plumbing for presenting; a host without windows when omitted. */
  windows?: AppWindows;
}

/** Builds the services. Creates `userDataDir` if missing; reads nothing else until a handler asks. */
export function createServices(options: CreateServicesOptions): Services {
  mkdirSync(options.userDataDir, { recursive: true });
  return {
    templates: createTemplateService(options.templatesDir),
    deckFiles: createDeckFileService(),
    recent: createRecentFiles(join(options.userDataDir, 'recent-files.json')),
    recovery: createRecoveryStore(join(options.userDataDir, 'recovery')),
    exporter: createExportService(options.printer),
    dialogs: options.dialogs,
    shell: options.shell ?? createMemoryShell(),
    windows: options.windows ?? createNoWindows(),
    grants: createPathGrants(),
    sourceLibrary: createSourceLibrary(join(options.userDataDir, 'sources')),
    readSource: readSourceFile,
    // The pre-export check measures with the given probe (the app's window probe), else in the printer's Chromium
    // (CLI, tests, harness), in one warm page; either way only the pages that changed since the last check.
    ...(options.preflightProbe
      ? { preflightProbe: new CachedPreflightProbe(options.preflightProbe) }
      : options.printer instanceof ChromiumPrinter
        ? { preflightProbe: new CachedPreflightProbe(new ChromiumPreflightProbe(options.printer)) }
        : {}),
  };
}
