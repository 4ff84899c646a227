import fs, { copyFileSync, mkdtempSync, type OpenMode, type PathLike, readFileSync, rmSync } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { onTestFinished, vi } from 'vitest';

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

/** The FileHandle class's prototype (node:fs/promises does not export the class). */
async function fileHandlePrototype(): Promise<FileHandle> {
  const handle = await open(fileURLToPath(import.meta.url), 'r');
  await handle.close();
  return Object.getPrototypeOf(handle) as FileHandle;
}

/**
 * Makes the next saves fail for real at one step of writeFileAtomic (write-file-atomic underneath), by spying on the
 * Node calls it makes; the spies are removed when the test ends. `write`: FileHandle.writeFile writes half the bytes
 * into the temp file, then fails with `code` (a disk that fills up mid-write); `sync`: node:fs fsync of the temp file
 * fails; `rename`: node:fs rename of the temp file over the target fails. `opened` lists the temp files created.
 */
export async function injectFsFailure(code: string, at: 'write' | 'rename' | 'sync' = 'write'): Promise<{ opened: string[] }> {
  const opened: string[] = [];
  const realOpen = fs.open;
  const spies: { mockRestore(): void }[] = [
    vi.spyOn(fs, 'open').mockImplementation(((path: PathLike, flags: OpenMode, ...rest: unknown[]) => {
      if (flags === 'w') opened.push(String(path));
      return (realOpen as (...args: unknown[]) => void)(path, flags, ...rest);
    }) as typeof fs.open),
  ];
  if (at === 'write') {
    const proto = await fileHandlePrototype();
    spies.push(
      vi.spyOn(proto, 'writeFile').mockImplementation(async function (this: FileHandle, data: unknown) {
        const bytes = typeof data === 'string' ? Buffer.from(data) : (data as Uint8Array);
        await this.write(bytes.subarray(0, bytes.length >> 1));
        throw errnoError(code);
      }) as never,
    );
  } else if (at === 'sync') {
    spies.push(vi.spyOn(fs, 'fsync').mockImplementation(((_fd: number, cb: (err: Error) => void) => cb(errnoError(code))) as typeof fs.fsync));
  } else {
    spies.push(vi.spyOn(fs, 'rename').mockImplementation(((_from: PathLike, to: PathLike, cb: (err: Error) => void) => cb(errnoError(code, String(to)))) as typeof fs.rename));
  }
  onTestFinished(() => spies.forEach((s) => s.mockRestore()));
  return { opened };
}
