import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { cspScriptHash, sha256, utf8Bytes, base64 } from '../../src-shared/render';

const nodeHash = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

describe('cspScriptHash (pure SHA-256 for CSP hash sources)', () => {
  test.each(['', 'abc', 'a'.repeat(55), 'a'.repeat(56), 'a'.repeat(64), 'ğşıİ فارسی 😀 \u0000', 'x'.repeat(100_003)])('matches node:crypto for %#', (s) => {
    expect(cspScriptHash(s)).toBe(nodeHash(s));
  });
  test('utf8Bytes matches Buffer, lone surrogates become U+FFFD', () => {
    expect(Buffer.from(utf8Bytes('İ😀\ud800x')).toString('hex')).toBe(Buffer.from('İ😀\ufffdx', 'utf8').toString('hex'));
  });
  test('base64 pads like Buffer', () => {
    for (const n of [0, 1, 2, 3, 4, 5]) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => i * 77);
      expect(base64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    }
    expect(sha256(new Uint8Array()).length).toBe(32);
  });
});
