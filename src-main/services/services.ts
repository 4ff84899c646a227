/**
 * `createServices`: composes the template library (helper A), deck files, recovery and recent files (helper C) and
 * the exporters (helpers B and G) into the `Services` the handler table runs over. The same function serves Electron
 * (real OS dialogs, BrowserWindows, printToPDF printer) and the Playwright harness (queued dialogs, pages, Chromium
 * printer). A service whose module has not landed yet answers `{ error: { code: 'unavailable' } }`.
 */
import { createMemoryShell, type AppShell } from './appShell';
import { createNoWindows, type AppWindows } from './appWindows';
import type { Dialogs } from './dialogs';
import { createPathGrants } from './pathGrants';
import { ServiceFailure, type Services } from './serviceTypes';

export interface CreateServicesOptions {
  /** The folder with the briefing templates and `arguments/` (the repository's `templates/`). */
  templatesDir: string;
  /** Per-user app data: recent files list and recovery copies live under it. */
  userDataDir: string;
  /** Prints export HTML to PDF (Electron: a hidden window's printToPDF; tests and CLI: Chromium via playwright-core). */
  printer?: unknown;
  dialogs: Dialogs;
  /** Window shell (title, dirty flag, undo labels); an in-memory recorder when omitted. */
  shell?: AppShell;
  /** Window plumbing for presenting; a host without windows when omitted. */
  windows?: AppWindows;
}

function unavailable(what: string): never {
  throw new ServiceFailure('unavailable', `${what} is not available in this build yet`);
}

/** Builds the services. Reads nothing until a handler asks. */
export function createServices(options: CreateServicesOptions): Services {
  return {
    templates: {
      list: async () => unavailable('the template library'),
      instantiate: async () => unavailable('the template library'),
      argumentMaps: async () => unavailable('the template library'),
    },
    deckFiles: {
      open: async () => unavailable('opening deck files'),
      save: async () => unavailable('saving deck files'),
    },
    recent: { list: async () => unavailable('the recent files list'), add: async () => undefined },
    recovery: {
      write: async () => unavailable('recovery copies'),
      list: async () => unavailable('recovery copies'),
      read: async () => unavailable('recovery copies'),
      discard: async () => unavailable('recovery copies'),
    },
    exporter: { run: async () => unavailable('export') },
    dialogs: options.dialogs,
    shell: options.shell ?? createMemoryShell(),
    windows: options.windows ?? createNoWindows(),
    grants: createPathGrants(),
  };
}
