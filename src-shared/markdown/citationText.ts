import type { Citation } from '../deck';

/**
 * Citations as attribute text in a Markdown deck: `sourceId:4-7,9` per citation, `;` between citations, and an
 * optional `#claimId`. Ids are URI-encoded so `:`, `;`, `#` and quotes in an id survive. Paragraph runs are
 * compressed in the order given (4,5,6,7,9 -> "4-7,9").
 */
export function formatCitations(citations: readonly Citation[] | undefined): string | undefined {
  if (!citations || citations.length === 0) return undefined;
  return citations
    .map((c) => {
      const claim = c.claimId ? `#${encodeURIComponent(c.claimId)}` : '';
      return `${encodeURIComponent(c.sourceId)}:${compressRuns(c.paragraphs)}${claim}`;
    })
    .join(';');
}

/** Parses `formatCitations` output; malformed entries are skipped and reported through `onBad(entry)`. */
export function parseCitations(text: string | undefined, onBad: (entry: string) => void = () => {}): Citation[] {
  if (!text) return [];
  const out: Citation[] = [];
  for (const entry of text.split(';').map((s) => s.trim()).filter(Boolean)) {
    const m = /^([^:#]+):([\d,\s-]+)(?:#(.+))?$/.exec(entry);
    const paragraphs = m ? expandRuns(m[2]) : [];
    if (!m || paragraphs.length === 0 || paragraphs.length > 100) {
      onBad(entry);
      continue;
    }
    const citation: Citation = { sourceId: safeDecode(m[1]), paragraphs };
    if (m[3]) citation.claimId = safeDecode(m[3]);
    out.push(citation);
  }
  return out;
}

function compressRuns(ns: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < ns.length; ) {
    let j = i;
    while (j + 1 < ns.length && ns[j + 1] === ns[j] + 1) j++;
    parts.push(j > i ? `${ns[i]}-${ns[j]}` : String(ns[i]));
    i = j + 1;
  }
  return parts.join(',');
}

function expandRuns(text: string): number[] {
  const out: number[] = [];
  for (const part of text.split(',').map((s) => s.trim()).filter(Boolean)) {
    const [a, b] = part.split('-').map((s) => Number(s.trim()));
    if (!Number.isInteger(a) || a < 1) return [];
    const end = b === undefined ? a : b;
    if (!Number.isInteger(end) || end < a || end - a > 10_000) return [];
    for (let n = a; n <= end; n++) out.push(n);
  }
  return out;
}

/**
 * Decodes an id written with `encodeURIComponent` (citation source and claim ids, `data-argument-ids`); text that is
 * not valid percent-encoding (hand-edited Markdown) is kept as written. Never throws.
 */
export function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
