import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Source } from '../../src-shared/deck';
import { SourceFileSchema } from '../../src-shared/sources';

/** Path of the made-up source file the generator tests use (three sections, ten paragraphs, a map of two arguments). */
export const GENERATED_SOURCE_FILE = join(__dirname, '../fixtures/sources/generated-source.json');

/** The fixture's source, read and validated as the CLI reads a source file. */
export function generatedSource(): Source {
  return SourceFileSchema.parse(JSON.parse(readFileSync(GENERATED_SOURCE_FILE, 'utf8'))).source;
}

/** The same source with no argument map yet. */
export function unmappedSource(): Source {
  const { arguments: _map, ...rest } = generatedSource();
  return rest;
}
