import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { allLayoutsDeck } from './exportCasesKit';
import { artifactDir, ensureBuiltCli, runCli } from './exportTestKit';
import { parseCliArgs } from '../../src-main/cli/parseCliArgs';
import { CliError } from '../../src-main/cli/cliError';

describe('briefdeck export: PDF flags', () => {
  test('--paper, --layout, --per-page, --handout-notes, --builds become PDF options; absent flags stay absent', () => {
    const cmd = parseCliArgs(['export', 'deck.briefdeck', '--format', 'pdf', '--out', 'x.pdf', '--paper', 'a4', '--layout', 'handout', '--per-page', '6', '--handout-notes', 'lines', '--builds', 'steps', '--audience']);
    expect(cmd).toMatchObject({ command: 'export', audience: true, includeHidden: false, pdf: { paper: 'a4', pdfLayout: 'handout', handoutPerPage: 6, handoutNotes: 'lines', builds: 'steps' } });
    expect(parseCliArgs(['export', 'deck.briefdeck', '--format', 'pdf', '--out', 'x.pdf'])).not.toHaveProperty('pdf');
  });

  test.each([
    [['--per-page', '5'], /--per-page must be one of 1, 2, 3, 4, 6/],
    [['--paper', 'a3'], /--paper must be one of 16:9, a4, letter/],
    [['--layout', 'outline'], /--layout must be one of slides, notes, handout/],
  ])('%j is a usage error', (flags, message) => {
    const run = () => parseCliArgs(['export', 'deck.briefdeck', '--format', 'pdf', '--out', 'x.pdf', ...flags]);
    expect(run).toThrow(CliError);
    expect(run).toThrow(message);
    try {
      run();
    } catch (e) {
      expect((e as CliError).exitCode).toBe(2);
    }
  });

  test('a PDF flag with --format html is refused', () => {
    expect(() => parseCliArgs(['export', 'deck.briefdeck', '--format', 'html', '--out', 'x.html', '--layout', 'notes'])).toThrow('--layout applies to --format pdf only');
  });
});

describe('briefdeck export --audience --include-hidden', () => {
  test('the audience copy leaves hidden slides out even when asked to include them (HTML)', () => {
    ensureBuiltCli();
    const dir = artifactDir('cli-audience');
    const file = join(dir, 'deck.briefdeck');
    writeFileSync(file, JSON.stringify(allLayoutsDeck()));
    const out = join(dir, 'audience.html');
    const r = runCli(['export', file, '--format', 'html', '--audience', '--include-hidden', '--out', out]);
    expect(r.status).toBe(0);
    expect(readFileSync(out, 'utf8')).not.toContain('Backup slide');
    const full = join(dir, 'full.html');
    expect(runCli(['export', file, '--format', 'html', '--include-hidden', '--out', full]).status).toBe(0);
    expect(readFileSync(full, 'utf8')).toContain('Backup slide');
  }, 120_000);
});
