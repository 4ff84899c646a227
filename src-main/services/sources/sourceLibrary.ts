/**
 * The per-user source library: every source the user imported, one source file per source at `<dir>/<id>.json`
 * (`SourceFileSchema`: `{ format: 'briefdeck-source', schemaVersion: 1, source }`), so that a source imported for one
 * deck can be added to the next without reading the article again. The folder is `<userData>/sources` (mode 0700).
 */
import { mkdir, readdir, readFile, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { Source } from '../../../src-shared/deck';
import { LibrarySourceIdSchema, type LibraryEntry } from '../../../src-shared/ipc/sourceTypes';
import { SourceFileSchema, sourceFileOf } from '../../../src-shared/sources/import';
import { writeFileAtomic } from '../fileWrites/atomicWrite';
import { ServiceFailure, type SourceLibrary } from '../ports/serviceTypes';

/** Largest library file read, in bytes (a long report's text with its map is a few MB). */
export const LIBRARY_FILE_MAX_BYTES = 64 * 1024 * 1024;
const SUFFIX = '.json';

type FileRead = { ok: true; source: Source } | { ok: false; missing: boolean; damaged: string };

/** The library in folder `dir` (created on the first save); see `SourceLibrary` for each call. */
export function createSourceLibrary(dir: string): SourceLibrary {
  const fileOf = (id: string): string => {
    if (!LibrarySourceIdSchema.safeParse(id).success) throw new ServiceFailure('invalid-request', `not a source id: ${id.slice(0, 100)}`);
    return join(dir, `${id}${SUFFIX}`);
  };

  /** The library file of source `id`: its record, or why it is missing or damaged; throws ServiceFailure io otherwise. */
  async function readLibraryEntry(id: string): Promise<FileRead> {
    const file = fileOf(id);
    let text: string;
    try {
      if ((await stat(file)).size > LIBRARY_FILE_MAX_BYTES) return { ok: false, missing: false, damaged: 'the file is larger than 64 MB' };
      text = await readFile(file, 'utf8');
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return { ok: false, missing: true, damaged: 'no such file' };
      throw new ServiceFailure('io', `cannot read ${id}${SUFFIX} in the source library (${code ?? String(err)})`);
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (err) {
      return { ok: false, missing: false, damaged: `not JSON (${err instanceof Error ? err.message : String(err)})` };
    }
    const parsed = SourceFileSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return { ok: false, missing: false, damaged: `not a source file (${issue.path.join('.') || 'file'}: ${issue.message})` };
    }
    if (parsed.data.source.id !== id) return { ok: false, missing: false, damaged: `the file holds source "${parsed.data.source.id.slice(0, 100)}", not "${id}"` };
    return { ok: true, source: parsed.data.source };
  }

  return {
    async list() {
      let names: string[];
      try {
        names = (await readdir(dir)).filter((n) => n.endsWith(SUFFIX) && LibrarySourceIdSchema.safeParse(n.slice(0, -SUFFIX.length)).success);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
        throw new ServiceFailure('io', `cannot list the source library (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
      }
      const entries = await Promise.all(
        names.map(async (name): Promise<LibraryEntry | undefined> => {
          const id = name.slice(0, -SUFFIX.length);
          let read: FileRead;
          try {
            read = await readLibraryEntry(id);
          } catch (err) {
            read = { ok: false, missing: false, damaged: err instanceof Error ? err.message : String(err) };
          }
          if (read.ok) {
            const s = read.source;
            return { id, title: s.title, authors: s.authors, date: s.date, paragraphCount: s.paragraphs?.length ?? 0, hasMap: (s.arguments?.length ?? 0) > 0 };
          }
          if (read.missing) return undefined; // removed while listing
          return { id, title: name, authors: [], date: '', paragraphCount: 0, hasMap: false, damaged: read.damaged };
        }),
      );
      return entries
        .filter((e): e is LibraryEntry => e !== undefined)
        .sort((a, b) => Number(a.damaged !== undefined) - Number(b.damaged !== undefined) || a.title.localeCompare(b.title) || a.id.localeCompare(b.id));
    },

    async get(id) {
      const read = await readLibraryEntry(id);
      if (read.ok) return read.source;
      if (read.missing) throw new ServiceFailure('not-found', `the source library has no source "${id}"`);
      throw new ServiceFailure('bad-source', `${id}${SUFFIX} in the source library is damaged: ${read.damaged}`);
    },

    async save(source) {
      const checked = SourceFileSchema.safeParse(sourceFileOf(source));
      if (!checked.success) {
        const issue = checked.error.issues[0];
        throw new ServiceFailure('invalid-request', `not a source for the library: ${issue.path.join('.')}: ${issue.message}`);
      }
      const file = fileOf(source.id);
      const existing = await readLibraryEntry(source.id);
      if (!existing.ok && !existing.missing) {
        throw new ServiceFailure('bad-source', `${source.id}${SUFFIX} in the source library is damaged (${existing.damaged}); remove it from the library first`);
      }
      try {
        await mkdir(dir, { recursive: true, mode: 0o700 });
        await writeFileAtomic(file, `${JSON.stringify(checked.data, null, 2)}\n`);
      } catch (err) {
        throw new ServiceFailure('io', `cannot save “${source.title.slice(0, 100)}” to the source library (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
      }
    },

    async remove(id) {
      try {
        await unlink(fileOf(id));
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code === 'ENOENT') throw new ServiceFailure('not-found', `the source library has no source "${id}"`);
        if (err instanceof ServiceFailure) throw err;
        throw new ServiceFailure('io', `cannot remove ${id}${SUFFIX} from the source library (${code ?? String(err)})`);
      }
    },
  };
}
