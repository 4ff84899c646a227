import type { DeckFileService } from '../ports/serviceTypes';
import { DeckFileError } from './deckFileError';
import type { FsPort } from './fsPort';
import { openDeckFile } from './openDeckFile';
import { saveDeckFile } from './saveDeckFile';

/**
 * The DeckFileService the IPC handlers use (serviceTypes.ts): open = openDeckFile (with `options.fs` and `maxBytes`);
 * save = saveDeckFile, with a conflict (file changed on disk) returned as `{ conflict: { diskHash } }` so the renderer
 * can ask the user.
 */
export function createDeckFileService(options: { fs?: FsPort; maxBytes?: number } = {}): DeckFileService {
  return {
    async open(path) {
      const { deck, hash, readOnly, warnings } = await openDeckFile(path, options);
      return { deck, hash, readOnly, warnings };
    },
    async save(path, deck, { expectedHash, overwriteChanged }) {
      try {
        return await saveDeckFile(path, deck, { expectedHash, overwriteChanged });
      } catch (err) {
        if (err instanceof DeckFileError && err.reason === 'conflict' && err.details.diskHash) return { conflict: { diskHash: err.details.diskHash } };
        throw err;
      }
    },
  };
}
