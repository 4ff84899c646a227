import * as fsp from 'node:fs/promises';

/**
 * The file-system reads openDeckFile makes, so tests can count them (the size cap is checked before any read).
 * Defaults to node:fs/promises. Writes never go through it: they all use writeFileAtomic (../atomicWrite.ts,
 * write-file-atomic), and tests inject write failures by spying on the node:fs calls it makes.
 */
export interface FsPort {
  stat: typeof fsp.stat;
  readFile: typeof fsp.readFile;
}

export const nodeFs: FsPort = {
  stat: fsp.stat,
  readFile: fsp.readFile,
};
