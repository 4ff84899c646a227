#!/usr/bin/env node
// Writes the word-run fingerprint of a source text into an argument map's source record, so that the copy check
// can find slide text that repeats the source's words without the project holding the text itself. The fingerprint
// code is the product's own (src-shared/tradecraft/fingerprint.ts), bundled on the fly with rolldown so that the
// script and the check can never disagree on how words are split or hashed.
//   node scripts/fingerprint-source.mjs SOURCE.txt templates/arguments/<source-id>.json
// SOURCE.txt is the whole text (title, headings and body); it is read, never copied into the project.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';

const [textFile, mapFile] = process.argv.slice(2);
if (!textFile || !mapFile) {
  console.error('usage: node scripts/fingerprint-source.mjs SOURCE.txt templates/arguments/<source-id>.json');
  process.exit(2);
}
const bundle = await rolldown({ input: fileURLToPath(new URL('../src-shared/tradecraft/fingerprint.ts', import.meta.url)) });
const { output } = await bundle.generate({ format: 'esm' });
const { sourceFingerprint } = await import(`data:text/javascript;base64,${Buffer.from(output[0].code).toString('base64')}`);

const blocks = readFileSync(textFile, 'utf8').split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean);
const fingerprint = sourceFingerprint(blocks);
// The map is edited as text, one line for the hashes, so that the rest of the file keeps its hand-made layout.
const original = readFileSync(mapFile, 'utf8');
const line = `"fingerprint": ${JSON.stringify(fingerprint)}`;
const text = /"fingerprint": \[[^\]]*\]/.test(original)
  ? original.replace(/"fingerprint": \[[^\]]*\]/, line)
  : original.replace(/^(\s*)("paragraphCount": \d+,)$/m, `$1$2\n$1${line},`);
if (text === original && !original.includes(line)) throw new Error(`${mapFile}: no "paragraphCount" line in its source record to put the fingerprint after`);
JSON.parse(text);
writeFileSync(mapFile, text);
console.log(`${mapFile}: ${fingerprint.length} word-run hashes from ${blocks.length} blocks of ${textFile}`);
