import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { z } from 'zod';
import type { RecentFile } from '../../../src-shared/ipc';
import { writeFileAtomic } from '../fileWrites/atomicWrite';

const RecentStoreSchema = z.object({
  version: z.literal(1),
  files: z.array(z.object({ path: z.string().min(1).max(4096), openedAt: z.number().finite() })).max(100),
});

export interface RecentFiles {
  /** Newest first. */
  list(): Promise<RecentFile[]>;
  /** Puts `path` (made absolute) first, with the current time; drops the oldest beyond `max`. */
  add(path: string): Promise<void>;
  remove(path: string): Promise<void>;
}

/**
 * The recent-files list (File > Open Recent), persisted atomically as JSON at `storePath`
 * (`{ "version": 1, "files": [{ "path", "openedAt" }] }`). A missing or damaged store reads as an empty list.
 * Calls run one after another, so concurrent adds never lose an entry.
 */
export function createRecentFiles(storePath: string, max = 10, options: { now?: () => number } = {}): RecentFiles {
  const now = options.now ?? Date.now;
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = queue.then(fn, fn);
    queue = run.catch(() => undefined);
    return run;
  };

  async function load(): Promise<{ path: string; openedAt: number }[]> {
    try {
      const parsed = RecentStoreSchema.safeParse(JSON.parse(await readFile(storePath, 'utf8')));
      return parsed.success ? parsed.data.files : [];
    } catch {
      return [];
    }
  }
  const save = (files: { path: string; openedAt: number }[]) => writeFileAtomic(storePath, `${JSON.stringify({ version: 1, files }, null, 2)}\n`).then(() => undefined);

  return {
    list: () => serial(async () => (await load()).map((f) => ({ path: f.path, name: basename(f.path), openedAt: f.openedAt }))),
    add: (path) =>
      serial(async () => {
        const abs = resolve(path);
        const files = (await load()).filter((f) => f.path !== abs);
        await save([{ path: abs, openedAt: now() }, ...files].slice(0, max));
      }),
    remove: (path) =>
      serial(async () => {
        const abs = resolve(path);
        const files = await load();
        if (files.some((f) => f.path === abs)) await save(files.filter((f) => f.path !== abs));
      }),
  };
}
