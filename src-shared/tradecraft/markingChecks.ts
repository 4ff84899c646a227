import { markingOf, type Classification, type ClassificationLevel, type Deck } from '../deck';
import type { Finding } from './finding';
import { deckField, excerpt, makeFinding } from './makeFinding';
import { TLP_SOURCE } from './rules';
import { bannerFor, bannerHasControl, bannerRank, parseClassificationMark, parseTlpLabel, tlpInText, TLP_LABELS, type ClassificationMark, type TlpLabel } from './portionMarks';
import { deckStatements, type Statement } from './statements';

/**
 * One portion for marking: a statement, or the table of a table slide (its rows share one mark), with the mark printed
 * before it. `field` points at the statement (or the first row), so a finding jumps to it.
 */
type Portion = Pick<Statement, 'slideIndex' | 'slideId' | 'field' | 'label' | 'text' | 'portionMarking'>;

/** The deck's portions: every statement, with a table's rows counted once as "table". */
export function deckPortions(deck: Pick<Deck, 'slides'>): Portion[] {
  const out: Portion[] = [];
  for (const s of deckStatements(deck)) {
    // An empty to-do statement prints nothing, so it is no portion yet.
    if (s.todo && s.text.trim() === '') continue;
    if (s.field.startsWith('rows[')) {
      if (!out.some((p) => p.slideIndex === s.slideIndex && p.label === 'table')) out.push({ ...s, label: 'table' });
    } else out.push(s);
  }
  return out;
}

/** The banner a deck prints: its level, its text, and its TLP label when the deck uses TLP. */
export interface EffectiveBanner extends Classification {
  tlp?: TlpLabel;
}

/**
 * The banner to print on every page. Scheme `none`: the typed banner. `capco`: the banner computed from the portion
 * marks (highest level, union of controls; ICD 710), unless the typed banner is at least as high and names every
 * control (then the typed text, which may add a caveat such as "FOR TRAINING"). `tlp`: the most restrictive TLP label
 * of any portion (TLP 2.0), unless the typed banner already names one at least as restrictive.
 */
export function effectiveBanner(deck: Pick<Deck, 'slides' | 'classification' | 'marking'>): EffectiveBanner {
  const scheme = markingOf(deck).scheme;
  const typed = deck.classification;
  if (scheme === 'none') return typed;
  const portions = deckPortions(deck);
  if (scheme === 'tlp') {
    const labels = portions.map((p) => parseTlpLabel(p.portionMarking ?? '')).filter((l): l is TlpLabel => l !== undefined);
    const top = labels.length ? TLP_LABELS[Math.max(...labels.map((l) => TLP_LABELS.indexOf(l)))] : undefined;
    const typedLabel = tlpInText(typed.text);
    const label = typedLabel && (!top || TLP_LABELS.indexOf(typedLabel) >= TLP_LABELS.indexOf(top)) ? typedLabel : top;
    const text = typedLabel && label === typedLabel ? typed.text : (label ?? typed.text);
    return { text, level: 'none', ...(label ? { tlp: label } : {}) };
  }
  const marks = portions.map((p) => parseClassificationMark(p.portionMarking ?? '')).filter((m): m is ClassificationMark => m !== undefined);
  const computed = bannerFor(marks);
  if (!computed) return typed;
  if (typed.text.trim() === '' || !typedCovers(typed.text, computed.text, marks)) return computed;
  return { text: typed.text, level: maxLevel(typed.level, computed.level) };
}

const ORDER: readonly ClassificationLevel[] = ['none', 'unclassified', 'cui', 'confidential', 'secret', 'top-secret'];
const maxLevel = (a: ClassificationLevel, b: ClassificationLevel) => (ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b);

function typedCovers(typed: string, computedText: string, marks: readonly ClassificationMark[]): boolean {
  const top = Math.max(...marks.map((m) => m.rank));
  return bannerRank(typed) >= top && missingControls(typed, marks).length === 0 && computedText !== '';
}

function missingControls(typed: string, marks: readonly ClassificationMark[]): string[] {
  return [...new Set(marks.flatMap((m) => m.controls))].filter((c) => !bannerHasControl(typed, c));
}

const where = (p: Portion) => `Slide ${p.slideIndex + 1}, ${p.label}`;

/**
 * The marking checks of a marked deck (ICD 710 / CAPCO, or TLP 2.0): every portion carries a readable mark; the typed
 * banner is not lower than the highest portion and names every control; a classified deck (confidential or above)
 * carries its authority block. These are errors: export refuses a deck that has them.
 */
export function markingChecks(deck: Pick<Deck, 'slides' | 'classification' | 'marking'>): Finding[] {
  const marking = markingOf(deck);
  if (marking.scheme === 'none') return [];
  const out: Finding[] = [];
  const portions = deckPortions(deck);
  const read = marking.scheme === 'tlp' ? parseTlpLabel : parseClassificationMark;
  const expected = marking.scheme === 'tlp' ? 'a TLP label such as TLP:GREEN' : 'a mark such as (U) or (S//NF)';
  for (const p of portions) {
    const mark = p.portionMarking?.trim() ?? '';
    const what = p.label === 'picture' ? 'the picture' : `“${excerpt(p.text, 40)}”`;
    if (mark === '') out.push(makeFinding('portion-unmarked', p, `${where(p)} has no portion marking (${what}).`));
    else if (!read(mark)) out.push(makeFinding('portion-invalid', p, `${where(p)}: “${mark}” is not ${expected}.`));
  }
  const typed = deck.classification.text;
  if (marking.scheme === 'tlp') {
    const labels = portions.map((p) => parseTlpLabel(p.portionMarking ?? '')).filter((l): l is TlpLabel => l !== undefined);
    const top = labels.length ? TLP_LABELS[Math.max(...labels.map((l) => TLP_LABELS.indexOf(l)))] : undefined;
    // A typed banner with no TLP label is replaced by the computed label; only a typed label lower than a portion's
    // contradicts the portions.
    const typedLabel = tlpInText(typed);
    if (top && typedLabel && TLP_LABELS.indexOf(typedLabel) < TLP_LABELS.indexOf(top)) {
      out.push(makeFinding('banner-below-portions', deckField('classification.text'), `The banner “${excerpt(typed, 40)}” (deck settings) is below the most restrictive portion, ${top}.`));
    }
    return out.map((f) => ({ ...f, source: TLP_SOURCE }));
  }
  const marks = portions.map((p) => parseClassificationMark(p.portionMarking ?? '')).filter((m): m is ClassificationMark => m !== undefined);
  const computed = bannerFor(marks);
  if (computed && typed.trim() !== '') {
    const top = Math.max(...marks.map((m) => m.rank));
    if (bannerRank(typed) < top) out.push(makeFinding('banner-below-portions', deckField('classification.text'), `The banner “${excerpt(typed, 40)}” is lower than the highest portion; the portions call for ${computed.text}.`));
    const missing = missingControls(typed, marks);
    if (missing.length > 0) out.push(makeFinding('banner-below-portions', deckField('classification.controls'), `The banner “${excerpt(typed, 40)}” does not carry ${missing.join(', ')}, which a portion carries.`));
  }
  const level = effectiveBanner(deck).level;
  if (['confidential', 'secret', 'top-secret'].includes(level)) {
    const a = marking.authority;
    const missing = [
      ['Classified By', a?.classifiedBy],
      ['Derived From', a?.derivedFrom],
      ['Declassify On', a?.declassifyOn],
    ].filter(([, v]) => !v?.trim()).map(([k]) => k);
    if (missing.length > 0) out.push(makeFinding('authority-block-missing', deckField('marking.authority'), `The deck is classified but its authority block lacks ${missing.join(', ')}.`));
    else if (!deck.slides.some((sl) => sl.layout === 'title' && !sl.hidden)) {
      out.push(makeFinding('authority-block-missing', deckField('marking.authority'), 'The deck is classified but has no title slide to carry its authority block; add one first.'));
    }
  }
  return out;
}
