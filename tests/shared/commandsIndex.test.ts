import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as commands from '../../src-shared/commands';

const dir = join(__dirname, '..', '..', 'src-shared', 'commands');
/**
 * applyTemplate.ts is left out on purpose: it is not a deck command (template + argument maps -> new deck) and the
 * CLI imports it lazily by its own path (src-main/cli/deckSource.ts).
 */
const NOT_RE_EXPORTED = new Set(['index.ts', 'applyTemplate.ts']);
const modules = readdirSync(dir).filter((f) => f.endsWith('.ts') && !NOT_RE_EXPORTED.has(f));

describe('src-shared/commands/index.ts', () => {
  it('re-exports every public function and constant of every command file', async () => {
    const missing: string[] = [];
    for (const file of modules) {
      const mod = (await import(join(dir, file))) as Record<string, unknown>;
      for (const name of Object.keys(mod)) if (!(name in commands)) missing.push(`${file}: ${name}`);
    }
    expect(missing).toEqual([]);
  });

  it('offers sortTimelineEntries as a command with an undo label', () => {
    expect(commands.sortTimelineEntries).toMatchObject({ name: 'sortTimelineEntries' });
    expect(typeof commands.sortTimelineEntries.label).toBe('string');
    expect(commands.timelineSortKey('7 Oct 2023')).toBe('2023-10-07');
  });
});
