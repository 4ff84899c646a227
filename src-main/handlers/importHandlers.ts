/**
 * The Markdown import handler (`deck:importMarkdown`): a reveal.js Markdown file becomes a new, unsaved deck, over
 * the same `importMarkdownFile` as the CLI's `briefdeck import`. Nothing in the file is executed (raw HTML stays text).
 */
import { basename } from 'node:path';
import { ipcFailure } from '../../src-shared/ipc';
import type { FileFilter } from '../services/ports/dialogs';
import { importMarkdownFile } from '../services/export/markdownExport';
import type { CoreHandlerTable } from './handlerTypes';
import { fileToRead, type FileToReadRule } from './fileToRead';
import type { Services } from '../services/ports/serviceTypes';

type ImportHandlers = Pick<CoreHandlerTable, 'deck:importMarkdown'>;

/** Filters of the import dialog. */
export const MARKDOWN_FILE_FILTERS: FileFilter[] = [{ name: 'Markdown (reveal.js)', extensions: ['md', 'markdown'] }];

/** How `deck:importMarkdown` asks for its file; .md/.markdown paths are taken without asking. */
const MARKDOWN_FILE_RULE: FileToReadRule = {
  title: 'Import Markdown',
  filters: MARKDOWN_FILE_FILTERS,
  extensions: new Set(['.md', '.markdown']),
  refusal: (name) => `not a Markdown file (.md): ${name}`,
};

/**
 * `deck:importMarkdown { path? }`: without a path, asks with the open dialog (Markdown files); a given path must be a
 * granted one or end in .md/.markdown. Resolves to `{ deck, warnings }` (a deck with no file: Save asks for a path),
 * `{ canceled: true }`, or a failure: 'forbidden-path', 'io' (the file cannot be read), 'bad-deck' (too large, not
 * UTF-8, or not a valid deck; the message says which).
 */
export function createImportHandlers({ dialogs, grants }: Services): ImportHandlers {
  return {
    'deck:importMarkdown': async ({ path }, ctx) => {
      const target = await fileToRead(path, ctx, { dialogs, grants }, MARKDOWN_FILE_RULE);
      if (typeof target !== 'string') return target;
      try {
        const { deck, warnings } = await importMarkdownFile(target);
        return { deck, warnings: warnings.map((w) => ({ ...(w.slide !== undefined ? { slide: w.slide } : {}), message: w.message })) };
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        const fsError = typeof (err as { code?: unknown }).code === 'string';
        // Messages name the file, not the full path (the renderer shows them as they are).
        return ipcFailure(fsError ? 'io' : 'bad-deck', message.split(target).join(basename(target)));
      }
    },
  };
}
