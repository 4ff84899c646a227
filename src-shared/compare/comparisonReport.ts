import type { DeckComparison, SlideComparison } from './comparisonTypes';
import { standText } from './standText';
import type { DiffRun } from './wordDiff';

/** A word diff inline in plain text: deletions as [-old-], insertions as {+new+} (the git word-diff marks). */
export function inlineDiffText(runs: readonly DiffRun[]): string {
  return runs.map((r) => (r.op === 'equal' ? r.text : r.op === 'delete' ? `[-${r.text}-]` : `{+${r.text}+}`)).join('');
}

function slideName(s: SlideComparison): string {
  const ref = s.after ?? s.before!;
  const where = s.after && s.before && s.after.index !== s.before.index ? `slide ${s.before.index + 1} -> ${s.after.index + 1}` : `slide ${ref.index + 1}`;
  return `${where} "${ref.title || ref.layout}"`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The comparison as a readable report, one line per change, for `briefdeck diff`: a summary line, then each slide
 * that is not the same (added, removed, moved, its reworded text inline, judgments from what to what, citations),
 * then the sources added and dropped. Ends with a newline.
 */
export function comparisonReport(cmp: DeckComparison): string {
  const s = cmp.summary;
  const lines = [
    `"${cmp.before.title}" (${cmp.before.slides} slides) -> "${cmp.after.title}" (${cmp.after.slides} slides)`,
    comparisonSummaryText(s),
  ];
  for (const slide of cmp.slides) {
    if (slide.status === 'same') continue;
    const how = slide.status === 'changed' ? [slide.moved ? 'moved' : '', slide.matchedBy === 'content' ? 'matched by content' : ''].filter(Boolean).join(', ') : slide.status;
    lines.push('', `${slideName(slide)}${how ? ` (${how})` : ''}`);
    if (slide.layoutChanged) lines.push(`  layout: ${slide.before!.layout} -> ${slide.after!.layout}`);
    for (const t of slide.text) {
      if (t.change === 'reworded') lines.push(`  ~ ${t.label}: ${oneLine(inlineDiffText(t.runs ?? []))}`);
      else lines.push(`  ${t.change === 'added' ? '+' : '-'} ${t.label}: ${oneLine((t.change === 'added' ? t.after : t.before) ?? '')}`);
    }
    for (const j of slide.judgments) lines.push(`  ! ${j.label}: ${standText(j.from)} -> ${standText(j.to)}: ${oneLine(j.text)}`);
    for (const c of slide.citations) lines.push(`  ${c.change === 'added' ? '+' : '-'} citation (${c.label}): ${c.sourceId} ¶${c.paragraphs.join(', ')}`);
  }
  if (cmp.sources.added.length + cmp.sources.dropped.length > 0) {
    lines.push('', 'sources');
    for (const src of cmp.sources.added) lines.push(`  + ${src.id}: ${src.title}`);
    for (const src of cmp.sources.dropped) lines.push(`  - ${src.id}: ${src.title}`);
  }
  return `${lines.join('\n')}\n`;
}

/** "1 judgment" / "2 judgments". */
const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The comparison's counts in one line, as the report, the redline's summary page and the app's comparison view say
 * them: "3 slides changed, 1 added, 0 removed, 1 moved; 1 judgment moved; sources 1 added, 0 dropped".
 */
export function comparisonSummaryText(s: DeckComparison['summary']): string {
  return `${count(s.slidesChanged, 'slide')} changed, ${s.slidesAdded} added, ${s.slidesRemoved} removed, ${s.slidesMoved} moved; ${count(s.judgmentsMoved, 'judgment')} moved; sources ${s.sourcesAdded} added, ${s.sourcesDropped} dropped`;
}
