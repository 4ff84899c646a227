/**
 * Handlers of the source import and the per-user source library: `source:read` reads an article (the open dialog,
 * or a path the user chose) into a draft with the numbering rule's proposal; `sources:*` list, get, save and remove
 * library sources. The file's text is data: nothing in it is run or fetched.
 */
import { basename } from 'node:path';
import { ipcFailure, type IpcFailure } from '../../src-shared/ipc';
import { numberParagraphs } from '../../src-shared/sources/import';
import type { FileFilter } from '../services/ports/dialogs';
import { isSourceReadError, SOURCE_FILE_EXTENSIONS, type SourceReadErrorCode } from '../services/ports/sourceReader';
import type { CoreHandlerTable } from './handlerTypes';
import { fileToRead, type FileToReadRule } from './fileToRead';
import type { Services } from '../services/ports/serviceTypes';

type SourceHandlers = Pick<CoreHandlerTable, 'source:read' | 'sources:list' | 'sources:get' | 'sources:save' | 'sources:remove'>;

/** Filter of the import dialog: the article formats BriefDeck reads sources from. */
export const SOURCE_FILE_FILTERS: FileFilter[] = [{ name: 'Article (web page, text, Markdown, Word, PDF)', extensions: SOURCE_FILE_EXTENSIONS.map((e) => e.slice(1)) }];

/** How `source:read` asks for its file: article formats are taken without asking, and a picked file is granted. */
const SOURCE_FILE_RULE: FileToReadRule = {
  title: 'Import source',
  filters: SOURCE_FILE_FILTERS,
  extensions: new Set(SOURCE_FILE_EXTENSIONS),
  refusal: (name) => `not an article file (${SOURCE_FILE_EXTENSIONS.join(', ')}): ${name}`,
  grantChosen: true,
};

/** What the user is told for each refusal of a reader ("Cannot import NAME: …"). */
const READ_FAILURE_REASON: Record<SourceReadErrorCode, string> = {
  'too-large': 'the file is too large to import',
  'not-text': 'the file holds no readable text in a known encoding',
  unsupported: 'BriefDeck cannot read this kind of file',
  encrypted: 'the file is password-protected; save an unprotected copy and import that',
  scanned: 'the file holds scanned pages with no text layer; run text recognition (OCR) first',
  empty: 'the file has no text to number',
  damaged: 'the file is damaged',
  io: 'the file cannot be read',
};

/**
 * A reader's refusal as one line naming the file (never its folder): the reason for the code, then the reader's
 * own detail where it adds something (the reader's message with any full path cut to the file name).
 */
export function sourceReadFailure(err: Error & { code: SourceReadErrorCode }, path: string): IpcFailure {
  const name = basename(path);
  const detail = err.message.split(path).join(name).replace(/\s+/g, ' ').trim();
  const reason = READ_FAILURE_REASON[err.code];
  // The reason alone says all there is for these; the others gain the reader's detail (size, encoding, what broke).
  const withDetail = !['empty', 'encrypted', 'scanned'].includes(err.code) && detail !== '' && detail !== reason;
  return ipcFailure(err.code === 'io' ? 'io' : 'bad-source', `Cannot import ${name}: ${reason}${withDetail ? ` (${detail})` : ''}.`);
}

export function createSourceHandlers({ dialogs, grants, readSource, sourceLibrary }: Services): SourceHandlers {
  return {
    'source:read': async ({ path }, ctx) => {
      const target = await fileToRead(path, ctx, { dialogs, grants }, SOURCE_FILE_RULE);
      if (typeof target !== 'string') return target;
      try {
        const draft = await readSource(target);
        return { draft, review: numberParagraphs(draft.blocks, draft.metadata.title) };
      } catch (err) {
        if (isSourceReadError(err)) return sourceReadFailure(err, target);
        throw err;
      }
    },
    'sources:list': async () => ({ sources: await sourceLibrary.list() }),
    'sources:get': async ({ id }) => ({ source: await sourceLibrary.get(id) }),
    'sources:save': async ({ source }) => {
      await sourceLibrary.save(source);
      return { ok: true };
    },
    'sources:remove': async ({ id }) => {
      await sourceLibrary.remove(id);
      return { ok: true };
    },
  };
}
