import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type FsPort, nodeFs } from '../../src-main/services/deckFiles';

/** A fresh temp folder; `cleanup()` removes it. */
export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'briefdeck-deckfiles-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export const fixturePath = (dir: 'bad-decks' | 'decks', name: string): string => new URL(`../fixtures/${dir}/${name}`, import.meta.url).pathname;

/** Copies a fixture into `dir` and returns the copy's path. */
export function copyFixture(dir: string, from: 'bad-decks' | 'decks', name: string, as = name): string {
  const to = join(dir, as);
  copyFileSync(fixturePath(from, name), to);
  return to;
}

export const bytesOf = (path: string): Buffer => readFileSync(path);

/** An errno error like Node's. */
export function errnoError(code: string, path?: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected failure${path ? `, '${path}'` : ''}`), { code, path });
}

/**
 * An fs whose temp-file writes fail with `code` after writing half the data (a disk that fills up mid-write), or
 * whose rename fails (`at: 'rename'`). Records the temp files it opened.
 */
export function failingFs(code: string, at: 'write' | 'rename' | 'sync' = 'write'): FsPort & { opened: string[] } {
  const opened: string[] = [];
  return {
    ...nodeFs,
    opened,
    open: (async (path: string, flags?: string, mode?: number) => {
      const h = await nodeFs.open(path, flags, mode);
      if (flags !== 'wx') return h;
      opened.push(path);
      const wrapped = {
        chmod: (m: number) => h.chmod(m),
        chown: (u: number, g: number) => h.chown(u, g),
        writeFile: async (data: Uint8Array) => {
          if (at !== 'write') return h.writeFile(data);
          await h.write(data.subarray(0, data.length >> 1));
          throw errnoError(code, path);
        },
        sync: async () => {
          if (at === 'sync') throw errnoError(code, path);
          return h.sync();
        },
        close: () => h.close(),
      };
      return wrapped as unknown as FileHandle;
    }) as FsPort['open'],
    rename: (async (from: string, to: string) => {
      if (at === 'rename') throw errnoError(code, to);
      return nodeFs.rename(from, to);
    }) as FsPort['rename'],
  };
}
