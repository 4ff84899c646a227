import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { ensureBuiltCli, runCli, tempDir } from './exportTestKit';

const FIXTURES = 'tests/fixtures/markdown/dialects';

interface SavedDeck {
  title: string;
  slides: { title: string; layout: string; notes: string; hidden: boolean }[];
}

beforeAll(() => ensureBuiltCli(), 120_000);

/** Imports a fixture with the built CLI and reads the deck file it wrote. */
function importFixture(name: string, extra: string[] = []): { status: number | null; stdout: string; warnings: string[]; deck: SavedDeck } {
  const out = join(tempDir(), 'deck.briefdeck');
  const r = runCli(['import', join(FIXTURES, name), '--out', out, ...extra]);
  const deck = r.status === 0 ? (JSON.parse(readFileSync(out, 'utf8')) as SavedDeck) : { title: '', slides: [] };
  return { status: r.status, stdout: r.stdout, warnings: r.stderr.split('\n').filter(Boolean), deck };
}

describe('briefdeck import of each Markdown dialect', () => {
  test('reveal.js examples/markdown.md shape: one slide per section, the notes on their slide', () => {
    const r = importFixture('reveal-blank-lines.md');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^wrote .*deck\.briefdeck \(8 slides from .*reveal-blank-lines\.md, read as reveal\.js Markdown\)\n$/);
    expect(r.deck.slides.map((s) => s.title).slice(0, 3)).toEqual(['Black Sea Shipping Outlook', 'Grain corridor 1.1', 'Grain corridor 1.2']);
    expect(r.deck.slides.map((s) => s.notes)).toEqual(['', 'Only say this if the desk has the port figures.', '', '', '', '', '', '']);
    expect(r.warnings).toEqual(['warning: slide 7: image "Corridor map" (images/corridor.png) was not imported: its Markdown reference is kept as text']);
  });

  test('reveal.js separators, attributes and notes; each thing not kept is one warning line naming its slide', () => {
    const r = importFixture('reveal-separators.md');
    expect(r.status).toBe(0);
    expect(r.deck.slides).toHaveLength(5);
    expect(r.deck.slides[2].notes).toBe('Ask the regional desk to confirm numbers.');
    expect(r.warnings).toContain('warning: slide 3: the reveal.js slide attribute data-transition is not kept (BriefDeck themes set how slides look)');
    expect(r.warnings).toHaveLength(5);
  });

  test('Slidev: the headmatter is the deck title and settings, not slides; comment notes are kept', () => {
    const r = importFixture('slidev-starter.md');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('(7 slides from tests/fixtures/markdown/dialects/slidev-starter.md, read as Slidev Markdown)');
    expect(r.deck.title).toBe('Arctic Shipping Routes');
    expect(r.deck.slides.map((s) => s.layout)).toEqual(['title', 'bullets', 'section', 'two-column', 'quote', 'section', 'table']);
    expect(r.deck.slides[6].hidden).toBe(true);
    expect(r.deck.slides[1].notes).toContain('Pause after the second bullet.');
    expect(r.warnings).toContain('warning: the Slidev settings "info", "class", "drawings", "transition", "mdc" are not used by BriefDeck and were not imported');
    expect(JSON.stringify(r.deck.slides)).not.toContain('seriph');
  });

  test('Marp: directives are read, comment notes kept, header and footer named in warnings', () => {
    const r = importFixture('marp-deck.md');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('read as Marp Markdown');
    expect(r.deck.slides.map((s) => s.title)).toEqual(['Red Sea Transit Risk', 'Attacks on shipping', 'Naval response', 'Questions']);
    expect(r.deck.slides[1].notes).toBe('Stress that the rerouting cost is the headline.');
    expect(r.warnings).toContain('warning: the Marp footer "Unclassified, for discussion" is not shown: BriefDeck slides have no running footer');
  });

  test('--separator options split as reveal.js would; a bad expression is one error line and writes nothing', () => {
    const dir = tempDir();
    const md = join(dir, 'custom.md');
    writeFileSync(md, '# One\n\n***\n\n## Two\n\nSpeaker: say two\n');
    const out = join(dir, 'custom.briefdeck');
    const ok = runCli(['import', md, '--out', out, '--separator', '^\\*\\*\\*$', '--separator-notes', '^speaker:']);
    expect(ok.status).toBe(0);
    const deck = JSON.parse(readFileSync(out, 'utf8')) as SavedDeck;
    expect(deck.slides.map((s) => [s.title, s.notes])).toEqual([['One', ''], ['Two', 'say two']]);
    const bad = runCli(['import', md, '--out', join(dir, 'bad.briefdeck'), '--separator', '(']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/^briefdeck: cannot import .*custom\.md: the separator "\(" is not a valid regular expression/);
    expect(bad.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(existsSync(join(dir, 'bad.briefdeck'))).toBe(false);
  });
});
