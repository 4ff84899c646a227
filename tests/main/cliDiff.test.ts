import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { issueVersion } from '../../src-shared/commands';
import { serializeDeck, type SlideOf } from '../../src-shared/deck';
import { briefingV1, copyDeck } from '../shared/versionDecks';
import { ensureBuiltCli, poppler, runCli, tempDir } from './exportTestKit';

beforeAll(() => ensureBuiltCli(), 120_000);

/** Two deck files: the briefing, and next month's with a moved slide, a reworded bullet, a moved judgment, a new source. */
function twoDecks(): { dir: string; older: string; newer: string } {
  const dir = tempDir();
  const v1 = briefingV1();
  const v2 = copyDeck(v1);
  const [timeline] = v2.slides.splice(3, 1);
  v2.slides.splice(1, 0, timeline);
  (v2.slides[3] as SlideOf<'bullets'>).bullets[1].text = 'Escort patrols tripled since the summer.';
  (v2.slides[2] as SlideOf<'bluf'>).judgments[0].likelihood = 'unlikely';
  v2.sources.push({ id: 'src-b', title: 'Insurance market note', authors: [], publisher: '', date: '2026-11', url: '' });
  const older = join(dir, 'november.briefdeck');
  const newer = join(dir, 'december.briefdeck');
  writeFileSync(older, serializeDeck(v1));
  writeFileSync(newer, serializeDeck(v2));
  return { dir, older, newer };
}

describe('briefdeck diff', () => {
  test('prints a readable report of what changed', () => {
    const { older, newer } = twoDecks();
    const r = runCli(['diff', older, newer]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[1]).toBe('3 slides changed, 0 added, 0 removed, 1 moved; 1 judgment moved; sources 1 added, 0 dropped');
    expect(lines).toContain('slide 4 -> 2 "Recent events" (moved)');
    expect(lines).toContain('  ~ bullet 2: Escort patrols [-doubled-]{+tripled+} since the summer.');
    expect(lines).toContain('  ! key judgment 1: likely, moderate confidence -> unlikely, moderate confidence: Insurers will raise war-risk premiums this quarter.');
    expect(lines).toContain('  + src-b: Insurance market note');
  });

  test('--json prints the stable comparison object', () => {
    const { older, newer } = twoDecks();
    const r = runCli(['diff', older, newer, '--json']);
    expect(r.status).toBe(0);
    const cmp = JSON.parse(r.stdout);
    expect(Object.keys(cmp)).toEqual(['format', 'formatVersion', 'before', 'after', 'summary', 'slides', 'judgments', 'sources']);
    expect(cmp.format).toBe('briefdeck-comparison');
    expect(cmp.formatVersion).toBe(1);
    expect(cmp.summary).toEqual({ slidesAdded: 0, slidesRemoved: 0, slidesMoved: 1, slidesChanged: 3, judgmentsMoved: 1, sourcesAdded: 1, sourcesDropped: 0 });
    expect(cmp.judgments[0]).toMatchObject({ slideId: 's2', field: 'judgments[0]', from: { likelihood: 'likely' }, to: { likelihood: 'unlikely' } });
    expect(cmp.slides.map((s: { after: { id: string } }) => s.after.id)).toEqual(['s1', 's4', 's2', 's3', 's5']);
  });

  test('compares an issued version with the deck as it is now, and names the versions it has', () => {
    const dir = tempDir();
    const issued = issueVersion(briefingV1(), { label: 'v1', date: '2026-11-02', author: 'A', reasons: {} });
    const now = copyDeck(issued);
    (now.slides[1] as SlideOf<'bluf'>).judgments[1].confidence = 'low';
    const file = join(dir, 'deck.briefdeck');
    writeFileSync(file, serializeDeck(now));
    const r = runCli(['diff', file, '--from', 'v1']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('! key judgment 2: very unlikely, high confidence -> very unlikely, low confidence');
    const bad = runCli(['diff', file, '--from', 'v9']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/^briefdeck: .*has no version "v9" \(versions: v1\)\n$/);
    expect(runCli(['diff', file]).status).toBe(2);
  });

  test('--pdf writes a redline: a summary page, then each changed slide with its deletions and insertions, under the higher banner', () => {
    const { dir, older, newer } = twoDecks();
    // The older version was the more restricted one: the redline shows text of both, so it carries that banner.
    const v1 = { ...briefingV1(), classification: { text: 'SECRET // FOR TRAINING', level: 'secret' as const } };
    writeFileSync(older, serializeDeck(v1));
    const pdf = join(dir, 'redline.pdf');
    const r = runCli(['diff', older, newer, '--pdf', pdf]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain(`wrote ${pdf} (redline, 3 changed slides)`);
    const info = poppler('pdfinfo', [pdf]);
    expect(info).toMatch(/Pages:\s+4\n/);
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/Creator:\s+BriefDeck/);
    const pages = poppler('pdftotext', [pdf, '-']).split('\f').filter((p) => p.trim() !== '');
    expect(pages).toHaveLength(4);
    for (const page of pages) expect(page.match(/SECRET \/\/ FOR TRAINING/g), page.slice(0, 80)).toHaveLength(2);
    const text = pages.join(' ').replace(/\s+/g, ' ');
    expect(text).toContain('november.briefdeck → december.briefdeck');
    expect(text).toContain('Escort patrols doubled tripled since the summer.');
    expect(text).toContain('likely, moderate confidence → unlikely, moderate confidence');
    expect(text).toContain('source added Insurance market note');
    const again = runCli(['diff', older, newer, '--pdf', pdf]);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/already exists \(use --force/);
    expect(runCli(['diff', older, newer, '--pdf', join(dir, 'redline.txt')]).status).toBe(1);
    expect(existsSync(join(dir, 'redline.txt'))).toBe(false);
    // A Chromium launch and three CLI processes: PDF tests take their time on the shared two cores (as in cliExport).
  }, 300_000);
});
