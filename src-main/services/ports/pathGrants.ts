/**
 * Paths the user chose in this session. The renderer may name a path to save or export to only if the user picked it
 * (an OS dialog, the command line, the recent list) or it was opened successfully as a deck. A compromised renderer
 * therefore cannot write to an arbitrary file (docs/security.md: IPC handlers validate what they are given).
 */
import { resolve } from 'node:path';

export interface PathGrants {
  grant(path: string): void;
  has(path: string): boolean;
}

/** A grant set keyed by the resolved absolute path. */
export function createPathGrants(): PathGrants {
  const granted = new Set<string>();
  return {
    grant: (path) => void granted.add(resolve(path)),
    has: (path) => granted.has(resolve(path)),
  };
}
