import { WHAT_CHANGED_LABELS, type WhatChanged } from '../versions/whatChanged';
import { escapeBlockText } from './markdownEscape';

const line = (text: string) => escapeBlockText(text.replace(/\s+/g, ' ').trim());

/**
 * The Markdown blocks of a "what changed" slide: the caption, one list item per moved judgment ("text: from -> to.
 * Why: reason"), then the sources added and dropped, or the `empty` sentence. The slide is generated, so import reads
 * only its layout back (the text comes from the deck's versions).
 */
export function changesBlocks(w: WhatChanged): string[] {
  const blocks: string[] = [];
  if (w.caption) blocks.push(line(w.caption));
  if (w.empty) return [...blocks, line(w.empty)];
  if (w.judgments.length) blocks.push(w.judgments.map((j) => `- ${line(`${j.portionMarking ? `${j.portionMarking} ` : ''}${j.text}: ${j.from} → ${j.to}. ${WHAT_CHANGED_LABELS.reason}: ${j.reason}`)}`).join('\n'));
  if (w.sourcesAdded.length) blocks.push(`${WHAT_CHANGED_LABELS.sourcesAdded}:\n\n${w.sourcesAdded.map((s) => `- ${line(s)}`).join('\n')}`);
  if (w.sourcesDropped.length) blocks.push(`${WHAT_CHANGED_LABELS.sourcesDropped}:\n\n${w.sourcesDropped.map((s) => `- ${line(s)}`).join('\n')}`);
  return blocks;
}
