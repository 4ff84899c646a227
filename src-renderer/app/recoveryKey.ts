/**
 * Recovery keys: the id under which autosave keeps a deck's recovery copy (`recovery:write`). A saved deck's key is
 * derived from its path (FNV-1a 64-bit, hex), so reopening the same file after a crash finds its copy; a deck never
 * saved gets a random key. Keys match the contract's `[A-Za-z0-9_-]{1,64}`.
 */
export function recoveryKeyForPath(path: string): string {
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < path.length; i++) {
    h ^= BigInt(path.charCodeAt(i));
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return `file-${h.toString(16).padStart(16, '0')}`;
}

/** A fresh key for a deck that has no file yet. */
export function newRecoveryKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return `new-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}
