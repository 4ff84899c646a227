/**
 * Handlers for deck files: open (dialog or path), save / save as, the recent list. Paths the renderer names must be
 * ones the user chose (see pathGrants.ts); decks opened read-only (a newer schemaVersion) are never saved over.
 */
import { basename, extname, resolve } from 'node:path';
import type { Deck } from '../../src-shared/deck';
import { ipcFailure, type OpenedDeck } from '../../src-shared/ipc';
import { DECK_FILE_FILTERS } from '../services/ports/dialogs';
import type { CoreHandlerTable } from './handlerTypes';
import type { Services } from '../services/ports/serviceTypes';

type DeckFileHandlers = Pick<CoreHandlerTable, 'deck:open' | 'deck:openPath' | 'deck:save' | 'recent:list'>;

/** Extensions `deck:openPath` accepts for a path the user has not chosen through a dialog. */
const DECK_EXTENSIONS = new Set(['.briefdeck', '.json']);

/**
 * A file name from a deck title: characters that Windows, macOS or Linux refuse in names (`\ / : * ? " < > |` and
 * control characters) become "-", at most 80 characters; "Untitled deck" when nothing is left.
 */
export function suggestedFileName(deck: Pick<Deck, 'title'>, extension: string): string {
  // eslint-disable-next-line no-control-regex
  const stem = deck.title.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-').replace(/\s+/g, ' ').trim().replace(/^[.-]+/, '').slice(0, 80).trim();
  return `${stem || 'Untitled deck'}.${extension}`;
}

export function createDeckFileHandlers(services: Services): DeckFileHandlers {
  const { deckFiles, dialogs, grants, recent, recovery } = services;
  const readOnlyPaths = new Set<string>();

  /** The recent list is a convenience: failing to update it never fails the open or save the user asked for. */
  async function addRecent(path: string): Promise<void> {
    await recent.add(path).catch((err: unknown) => console.warn(`recent files: could not record ${path}: ${String(err)}`));
  }

  async function openAt(path: string): Promise<OpenedDeck> {
    const absolute = resolve(path);
    const read = await deckFiles.open(absolute);
    grants.grant(absolute);
    if (read.readOnly) readOnlyPaths.add(absolute);
    else readOnlyPaths.delete(absolute);
    await addRecent(absolute);
    const newerRecovery = (await recovery.list()).find((e) => e.filePath !== undefined && resolve(e.filePath) === absolute && e.newerThanFile);
    return { path: absolute, ...read, ...(newerRecovery ? { newerRecovery } : {}) };
  }

  return {
    'deck:open': async ({ path }, ctx) => {
      if (path !== undefined) return openAt(path);
      const chosen = await dialogs.showOpen(ctx.windowId, { title: 'Open deck', filters: DECK_FILE_FILTERS });
      if (chosen === null) return { canceled: true };
      return openAt(chosen);
    },

    'deck:openPath': async ({ path }) => {
      if (!grants.has(path) && !DECK_EXTENSIONS.has(extname(path).toLowerCase())) {
        return ipcFailure('forbidden-path', `not a deck file (.briefdeck): ${basename(path)}`);
      }
      return openAt(path);
    },

    'deck:save': async ({ path, deck, expectedHash, saveAs, overwriteChanged }, ctx) => {
      let target: string;
      let chosenInDialog = false;
      if (path === undefined || saveAs) {
        const chosen = await dialogs.showSave(ctx.windowId, {
          title: saveAs ? 'Save deck as' : 'Save deck',
          defaultPath: path ?? suggestedFileName(deck, 'briefdeck'),
          filters: DECK_FILE_FILTERS,
        });
        if (chosen === null) return { canceled: true };
        target = resolve(chosen);
        chosenInDialog = true;
        grants.grant(target);
      } else {
        target = resolve(path);
        if (!grants.has(target)) return ipcFailure('forbidden-path', `save to a path the user has not chosen: ${basename(target)}`);
      }
      if (readOnlyPaths.has(target)) {
        return ipcFailure('read-only', `${basename(target)} was written by a newer BriefDeck; it is open read-only. Use Save As with another name.`);
      }
      // A path chosen in the save dialog: the OS dialog already asked about replacing an existing file.
      const sameFile = path !== undefined && resolve(path) === target;
      const result = await deckFiles.save(target, deck, {
        expectedHash: sameFile ? expectedHash : undefined,
        overwriteChanged: chosenInDialog && !sameFile ? true : overwriteChanged,
      });
      if ('conflict' in result) return { conflict: { path: target, diskHash: result.conflict.diskHash } };
      await addRecent(target);
      return { path: target, hash: result.hash };
    },

    'recent:list': async () => {
      const files = await recent.list();
      for (const f of files) grants.grant(f.path);
      return { files };
    },
  };
}
