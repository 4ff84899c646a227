/**
 * The handler table: one plain async function per invoke channel of the contract (src-shared/ipc), over the
 * services. Electron registers it through ipcRegistration.ts (sender-frame check, then `dispatchInvoke`); the
 * Playwright harness binds the same table into the page as `window.api`.
 */
import { createAppHandlers } from './appHandlers';
import { createDeckFileHandlers } from './deckFileHandlers';
import { createExportHandlers } from './exportHandlers';
import type { HandlerTable } from './handlerTypes';
import { createImportHandlers } from './importHandlers';
import { createLibraryHandlers } from './libraryHandlers';
import { createPresentHandlers } from './presentHandlers';
import { createPictureHandlers } from './pictureHandlers';
import { createRecoveryHandlers } from './recoveryHandlers';
import { createSourceHandlers } from './sourceHandlers';
import { createThemeHandlers } from './themeHandlers';
import type { Services } from '../services/ports/serviceTypes';

/** Builds the table. Handlers receive validated requests (run them through `dispatchInvoke`, not directly). */
export function createHandlers(services: Services): HandlerTable {
  return {
    ...createLibraryHandlers(services),
    ...createDeckFileHandlers(services),
    ...createImportHandlers(services),
    ...createRecoveryHandlers(services),
    ...createExportHandlers(services),
    ...createAppHandlers(services),
    ...createPresentHandlers(services),
    ...createSourceHandlers(services),
    ...createPictureHandlers(services),
    ...createThemeHandlers(services),
  };
}

export type { HandlerContext, HandlerTable } from './handlerTypes';
