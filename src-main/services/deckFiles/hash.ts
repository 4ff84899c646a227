import { createHash } from 'node:crypto';

/** sha256 of the bytes (or of the UTF-8 encoding of a string), as 64 lowercase hex digits. */
export function sha256Hex(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}
