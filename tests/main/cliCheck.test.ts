import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { RULE_IDS, type CheckReport } from '../../src-shared/tradecraft';
import { ensureBuiltCli, runCli, tempDir } from './exportTestKit';

const VIOLATIONS = join(__dirname, '../fixtures/decks/tradecraft-violations.briefdeck');
const key = (f: CheckReport['findings'][number]) => (f.slideIndex === null ? `${f.rule}@deck` : `${f.rule}@${f.slideIndex}:${f.field}`);

beforeAll(() => ensureBuiltCli(), 120_000);

describe('briefdeck check', () => {
  test('every built-in template passes the strict check', () => {
    const dir = tempDir();
    const ids = runCli(['templates']).stdout.split('\n').filter(Boolean).map((l) => l.split(/\s+/)[0]);
    expect(ids.length).toBeGreaterThanOrEqual(7);
    const failing = ids.flatMap((id) => {
      const file = join(dir, `${id}.briefdeck`);
      expect(runCli(['new', '--template', id, '--out', file]).status).toBe(0);
      const r = runCli(['check', '--strict', '--json', file]);
      const report = JSON.parse(r.stdout) as CheckReport;
      return r.status === 0 && report.findings.length === 0 ? [] : [`${id}: ${report.findings.map((f) => f.message).join(' | ')}`];
    });
    expect(failing).toEqual([]);
  });

  test('a deck that breaks every rule gives exactly the expected findings, as stable JSON', () => {
    const r = runCli(['check', '--json', VIOLATIONS]);
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout) as CheckReport;
    expect(report).toMatchObject({ reportVersion: 1, strict: false, yardstick: 'icd203', markingScheme: 'capco', ok: false, counts: { errors: 6, warnings: 19, acknowledged: 0 } });
    expect(report.findings.map(key)).toEqual([
      'mixed-term-rows@deck',
      'banner-below-portions@deck',
      'banner-below-portions@deck',
      'authority-block-missing@deck',
      'vague-hedge@0:judgments[0]',
      'likelihood-off-yardstick@0:judgments[2]',
      'likelihood-mismatch@0:judgments[5]',
      'likelihood-word-off-yardstick@0:judgments[5]',
      'confidence-with-likelihood@0:judgments[1]',
      'judgment-no-likelihood@0:judgments[0]',
      'judgment-no-confidence@0:judgments[2]',
      'confidence-no-basis@0:judgments[3]',
      'judgment-uncited@0:judgments[2]',
      'high-confidence-thin-basis@0:judgments[1]',
      'judgment-firmer-than-source@0:judgments[4]',
      'hedge-dropped@0:bluf',
      'reporting-uncited@1:bullets[2]',
      'citation-unknown-source@1:bullets[5]',
      'hedge-dropped@1:bullets[0]',
      'attribution-dropped@1:bullets[4]',
      'copied-run@1:bullets[1]',
      'portion-unmarked@1:bullets[2]',
      'portion-unmarked@1:bullets[3]',
      'statement-to-do@2:bullets[2]',
      'portion-invalid@2:bullets[1]',
    ]);
    expect(new Set(report.findings.map((f) => f.rule))).toEqual(new Set(RULE_IDS));
    for (const f of report.findings) expect(Object.keys(f).sort()).toEqual(['field', 'message', 'rule', 'severity', 'slideId', 'slideIndex', 'source', 'why']);
  });

  test('text output: a finding per line with its rule and source, then one summary line', () => {
    const r = runCli(['check', VIOLATIONS]);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(26);
    expect(lines[4]).toBe('warning vague-hedge: Slide 1, key judgment 1: “could” hedges a judgment that states no likelihood (“Ankara could mediate.”). [ICD 203 §D.6.e(2)(a)]');
    expect(lines.at(-1)).toBe(`${VIOLATIONS}: 25 findings: 6 errors, 19 warnings, 0 acknowledged`);
  });

  test('exit codes: warnings alone pass without --strict and fail with it; acknowledged findings pass both', () => {
    const dir = tempDir();
    const deck = JSON.parse(readFileSync(VIOLATIONS, 'utf8'));
    deck.marking = { scheme: 'none' };
    deck.slides = deck.slides.slice(0, 1);
    deck.slides[0].judgments = deck.slides[0].judgments.slice(3, 4);
    const file = join(dir, 'one.briefdeck');
    writeFileSync(file, JSON.stringify(deck));
    expect(runCli(['check', file]).status).toBe(0);
    const strict = runCli(['check', '--strict', file]);
    expect(strict.status).toBe(1);
    expect(strict.stdout).toMatch(/^warning confidence-no-basis: /m);
    deck.tradecraft = { acknowledgements: [{ rule: 'confidence-no-basis', slideId: 'kj', field: 'judgments[0]', reason: 'Basis given orally.' }, { rule: 'hedge-dropped', slideId: 'kj', field: 'bluf', reason: 'Read as the source says.' }] };
    writeFileSync(file, JSON.stringify(deck));
    const acked = runCli(['check', '--strict', file]);
    expect(acked.stdout).toMatch(/^acknowledged \(Basis given orally\.\) confidence-no-basis: /m);
    expect(acked.stdout).toMatch(/2 findings: 0 errors, 0 warnings, 2 acknowledged\n$/);
    expect(acked.status).toBe(0);
  });

  test('a file that cannot be read gives one line and exit 1', () => {
    const r = runCli(['check', join(tempDir(), 'missing.briefdeck')]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stdout).toBe('');
  });
});

describe('export refuses a marked deck with marking errors', () => {
  test.each(['pdf', 'html', 'pptx', 'md'])('%s: one line naming each portion, no output file, the deck untouched', (format) => {
    const dir = tempDir();
    const out = join(dir, `out.${format}`);
    const before = readFileSync(VIOLATIONS);
    const r = runCli(['export', VIOLATIONS, '--format', format, '--out', out]);
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^briefdeck: export refused: the deck is marked and 6 marking problems remain: /);
    expect(lines[0]).toContain('Slide 2, bullet 3 has no portion marking');
    expect(lines[0]).toContain('Slide 3, bullet 2: “U” is not a mark');
    expect(existsSync(out)).toBe(false);
    expect(readFileSync(VIOLATIONS).equals(before)).toBe(true);
  });
});
