import * as fsp from 'node:fs/promises';

/**
 * The file-system calls the deck-file service makes, so tests can inject a failure at any step (tests run as root,
 * where chmod cannot make a file unwritable: docs/security.md). Defaults to node:fs/promises.
 */
export interface FsPort {
  stat: typeof fsp.stat;
  lstat: typeof fsp.lstat;
  readlink: typeof fsp.readlink;
  readFile: typeof fsp.readFile;
  readdir: typeof fsp.readdir;
  mkdir: typeof fsp.mkdir;
  open: typeof fsp.open;
  rename: typeof fsp.rename;
  unlink: typeof fsp.unlink;
}

export const nodeFs: FsPort = {
  stat: fsp.stat,
  lstat: fsp.lstat,
  readlink: fsp.readlink,
  readFile: fsp.readFile,
  readdir: fsp.readdir,
  mkdir: fsp.mkdir,
  open: fsp.open,
  rename: fsp.rename,
  unlink: fsp.unlink,
};
