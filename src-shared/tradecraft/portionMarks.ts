import type { ClassificationLevel } from '../deck';
import { inferClassificationLevel } from '../deck/migrations';

/** Classification levels from lowest to highest, with their portion abbreviation and banner word (ICD 710, CAPCO). */
const LEVELS: readonly { level: ClassificationLevel; portion: string; banner: string }[] = [
  { level: 'unclassified', portion: 'U', banner: 'UNCLASSIFIED' },
  { level: 'cui', portion: 'CUI', banner: 'CUI' },
  { level: 'confidential', portion: 'C', banner: 'CONFIDENTIAL' },
  { level: 'secret', portion: 'S', banner: 'SECRET' },
  { level: 'top-secret', portion: 'TS', banner: 'TOP SECRET' },
];

/** Portion abbreviations of dissemination controls and the words a banner spells them with (CAPCO register). */
const CONTROL_WORDS: Readonly<Record<string, string>> = { NF: 'NOFORN', OC: 'ORCON', PR: 'PROPIN', IMC: 'IMCON', FOUO: 'FOUO', RELIDO: 'RELIDO' };

/** A parsed classification portion mark: its level (index into the ordered levels) and its controls, spelled out. */
export interface ClassificationMark {
  rank: number;
  level: ClassificationLevel;
  controls: string[];
}

/** Parses "(U)", "(S//NF)", "(TS//SCI//REL TO USA, GBR)"; undefined when the text is not such a mark. */
export function parseClassificationMark(mark: string): ClassificationMark | undefined {
  const m = /^\(\s*([A-Z]+)((?:\s*\/\/\s*[A-Z][A-Z0-9 ,/-]*)*)\s*\)$/.exec(mark.trim().toUpperCase());
  if (!m) return undefined;
  const rank = LEVELS.findIndex((l) => l.portion === m[1]);
  if (rank < 0) return undefined;
  const controls = m[2]
    .split('//')
    .flatMap((group) => (/^\s*REL TO/.test(group) ? [group] : group.split('/')))
    .map((c) => c.trim())
    .filter((c) => c !== '')
    .map((c) => CONTROL_WORDS[c] ?? c);
  return { rank, level: LEVELS[rank].level, controls };
}

/** TLP 2.0 labels from least to most restrictive (FIRST, "Traffic Light Protocol (TLP) 2.0", 2022). */
export const TLP_LABELS = ['TLP:CLEAR', 'TLP:GREEN', 'TLP:AMBER', 'TLP:AMBER+STRICT', 'TLP:RED'] as const;
export type TlpLabel = (typeof TLP_LABELS)[number];

/**
 * TLP 2.0 label colours (FIRST TLP 2.0, "Colors in RGB"): the label's text colour on a black background.
 * CSS hex colours, reused by the exporters.
 */
export const TLP_COLOURS: Readonly<Record<TlpLabel, string>> = {
  'TLP:CLEAR': '#ffffff',
  'TLP:GREEN': '#33ff00',
  'TLP:AMBER': '#ffc000',
  'TLP:AMBER+STRICT': '#ffc000',
  'TLP:RED': '#ff2b2b',
};

/** Parses "TLP:GREEN" or "(TLP:AMBER+STRICT)" (any case); undefined when the text is not a TLP 2.0 label. */
export function parseTlpLabel(mark: string): TlpLabel | undefined {
  const t = mark.trim().toUpperCase().replace(/^\((.*)\)$/, '$1').trim();
  return (TLP_LABELS as readonly string[]).includes(t) ? (t as TlpLabel) : undefined;
}

/** The most restrictive TLP label named anywhere in a text ("TLP:AMBER+STRICT" before "TLP:AMBER"), or undefined. */
export function tlpInText(text: string): TlpLabel | undefined {
  const upper = text.toUpperCase();
  for (let i = TLP_LABELS.length - 1; i >= 0; i--) {
    const label = TLP_LABELS[i];
    const at = upper.indexOf(label);
    if (at >= 0 && !(label === 'TLP:AMBER' && upper.startsWith('TLP:AMBER+STRICT', at))) return label;
  }
  return undefined;
}

/** SCI control systems: the banner's category after the level, before the dissemination controls (CAPCO order). */
const SCI_CONTROLS = new Set(['SCI', 'SI', 'TK', 'HCS', 'G']);

/**
 * The banner a set of classification marks calls for: the highest level, then the union of the SCI controls, then
 * the union of the dissemination controls, each category after "//" and its members joined by "/" (CAPCO banner
 * order: "TOP SECRET//SCI//NOFORN", "SECRET//NOFORN/ORCON").
 */
export function bannerFor(marks: readonly ClassificationMark[]): { text: string; level: ClassificationLevel } | undefined {
  if (marks.length === 0) return undefined;
  const top = Math.max(...marks.map((m) => m.rank));
  const controls = [...new Set(marks.flatMap((m) => m.controls))].sort();
  const groups = [controls.filter((c) => SCI_CONTROLS.has(c)), controls.filter((c) => !SCI_CONTROLS.has(c))].filter((g) => g.length > 0).map((g) => g.join('/'));
  return { text: [LEVELS[top].banner, ...groups].join('//'), level: LEVELS[top].level };
}

/** The rank of a banner text's level (its highest marking word), or -1 when it names no level. */
export function bannerRank(text: string): number {
  return LEVELS.findIndex((l) => l.level === inferClassificationLevel(text));
}

/** Whether a typed banner names a control: its banner word or its portion abbreviation as a whole word. */
export function bannerHasControl(text: string, control: string): boolean {
  const upper = text.toUpperCase();
  const abbreviations = Object.entries(CONTROL_WORDS).filter(([, word]) => word === control).map(([a]) => a);
  return [control, ...abbreviations].some((c) => new RegExp(`(^|[^A-Z])${c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^A-Z]|$)`).test(upper));
}

/** The banner word of a classification level ("SECRET"). */
export function levelBannerWord(level: ClassificationLevel): string {
  return LEVELS.find((l) => l.level === level)?.banner ?? '';
}
