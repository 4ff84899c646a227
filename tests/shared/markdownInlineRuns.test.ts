import { describe, expect, it } from 'vitest';
import { inlineToPlainText, inlineToRuns } from '../../src-shared/markdown';

describe('inlineToRuns', () => {
  it('flattens emphasis into bold and italic runs', () => {
    expect(inlineToRuns('Gaza draws them **closer**, but *not* ***fully***')).toEqual([
      { text: 'Gaza draws them ', bold: false, italic: false, strike: false, code: false },
      { text: 'closer', bold: true, italic: false, strike: false, code: false },
      { text: ', but ', bold: false, italic: false, strike: false, code: false },
      { text: 'not', bold: false, italic: true, strike: false, code: false },
      { text: ' ', bold: false, italic: false, strike: false, code: false },
      { text: 'fully', bold: true, italic: true, strike: false, code: false },
    ]);
  });

  it('keeps https: and mailto: links and leaves any other link as its literal text', () => {
    const runs = inlineToRuns('[report](https://example.org/r) [desk](mailto:desk@example.org) [x](javascript:alert(1)) [f](file:///etc/passwd)');
    expect(runs.filter((r) => r.href).map((r) => [r.text, r.href])).toEqual([['report', 'https://example.org/r'], ['desk', 'mailto:desk@example.org']]);
    expect(inlineToPlainText('[x](javascript:alert(1))')).toBe('[x](javascript:alert(1))');
  });

  it('never interprets HTML: tags stay text', () => {
    expect(inlineToPlainText('<script>window.__pwned=1</script> <b>b</b>')).toBe('<script>window.__pwned=1</script> <b>b</b>');
    expect(inlineToRuns('')).toEqual([]);
  });
});
