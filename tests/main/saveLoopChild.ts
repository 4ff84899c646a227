/**
 * A child process for the leftover tests: saves one deck (or writes its recovery copy) over and over with the app's
 * own writers until it is killed. Usage (bundled by the test): node child.cjs save|recovery|export TARGET DECK_JSON
 * (export: the deck's text written as an export file is, with writeOutputFile).
 * Prints "saved" after each completed write.
 */
import { readFileSync } from 'node:fs';
import { parseDeck } from '../../src-shared/deck';
import { createRecoveryStore, saveDeckFile } from '../../src-main/services/deckFiles';
import { writeOutputFile } from '../../src-main/services/export/writeOutputFile';

async function main(): Promise<void> {
  const [mode, target, deckJson] = process.argv.slice(2);
  const text = readFileSync(deckJson, 'utf8');
  const parsed = parseDeck(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  const store = createRecoveryStore(target);
  for (;;) {
    if (mode === 'save') await saveDeckFile(target, parsed.deck);
    else if (mode === 'export') await writeOutputFile(target, text);
    else await store.write('untitled-1', parsed.deck);
    process.stdout.write('saved\n');
  }
}

void main().catch((err: unknown) => {
  process.stderr.write(`${String(err)}\n`);
  process.exit(1);
});
