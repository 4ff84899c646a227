import { describe, expect, test } from 'vitest';
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
