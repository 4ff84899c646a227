/**
 * Strict UTF-8 decoding for deck files. A deck with bytes that are not UTF-8 is refused: a silent U+FFFD would
 * corrupt the text on the next save (docs/security.md). A leading UTF-8 BOM (EF BB BF) is accepted and dropped.
 *
 * src-shared has no DOM or node types, so TextDecoder (a WHATWG Encoding API global in browsers and Node) is read from
 * globalThis with a minimal local type.
 */
interface TextDecoderLike {
  decode(input: Uint8Array): string;
}
type TextDecoderCtor = new (label: string, options: { fatal: boolean; ignoreBOM: boolean }) => TextDecoderLike;

export type Utf8Result = { ok: true; text: string } | { ok: false; offset: number };

/**
 * Decodes `bytes` as UTF-8 with `TextDecoder('utf-8', { fatal: true })`, dropping one leading BOM.
 * On failure returns the byte offset (0-based) of the first invalid sequence.
 */
export function decodeUtf8Strict(bytes: Uint8Array): Utf8Result {
  const Ctor = (globalThis as unknown as { TextDecoder?: TextDecoderCtor }).TextDecoder;
  if (Ctor) {
    try {
      // ignoreBOM: false means "strip the BOM" in the Encoding Standard.
      return { ok: true, text: new Ctor('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
    } catch {
      return { ok: false, offset: firstInvalidUtf8Offset(bytes) };
    }
  }
  const bad = firstInvalidUtf8Offset(bytes);
  if (bad >= 0) return { ok: false, offset: bad };
  throw new Error('TextDecoder is not available in this JavaScript runtime');
}

/**
 * Offset of the first byte that starts an invalid UTF-8 sequence (overlong forms, surrogates U+D800..DFFF and
 * values over U+10FFFF are invalid, as in RFC 3629), or -1 if all of `bytes` is valid.
 */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    let cp: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min, cp] = [1, 0x80, b & 0x1f];
    else if (b >= 0xe0 && b <= 0xef) [need, min, cp] = [2, 0x800, b & 0x0f];
    else if (b >= 0xf0 && b <= 0xf4) [need, min, cp] = [3, 0x10000, b & 0x07];
    else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}
