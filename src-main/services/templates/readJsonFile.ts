import { readFile, stat } from 'node:fs/promises';
import { parseJsonStrict } from '../../../src-shared/deck/safeJson';
import { decodeUtf8Strict } from '../../../src-shared/deck/utf8';

/** Largest template or argument-map file read, in bytes (a template is a few tens of KB). */
export const MAX_TEMPLATE_FILE_BYTES = 5 * 1024 * 1024;
/** Deepest nesting allowed in a template file (the schema needs 10: template > deck > slides > ... > paragraphs). */
export const MAX_TEMPLATE_DEPTH = 24;

export type JsonFileResult = { ok: true; value: unknown } | { ok: false; message: string };

/**
 * Reads one JSON data file the way deck files are read (docs/security.md, "Bad deck files"): refused above
 * MAX_TEMPLATE_FILE_BYTES after `stat`, strict UTF-8 (a BOM is dropped), strict JSON (no duplicate or `__proto__`
 * keys, finite numbers, bounded depth). Never throws; the message names the line and column or the byte offset.
 */
export async function readJsonFile(file: string): Promise<JsonFileResult> {
  try {
    const info = await stat(file);
    if (info.size > MAX_TEMPLATE_FILE_BYTES) {
      return { ok: false, message: `the file is ${info.size} bytes, over the ${MAX_TEMPLATE_FILE_BYTES}-byte limit for templates` };
    }
    const decoded = decodeUtf8Strict(new Uint8Array(await readFile(file)));
    if (!decoded.ok) return { ok: false, message: `the file is not UTF-8 (invalid byte at offset ${decoded.offset})` };
    const json = parseJsonStrict(decoded.text, { maxDepth: MAX_TEMPLATE_DEPTH });
    return json.ok ? { ok: true, value: json.value } : { ok: false, message: json.error.message };
  } catch (e) {
    return { ok: false, message: `cannot read the file: ${(e as Error).message}` };
  }
}
