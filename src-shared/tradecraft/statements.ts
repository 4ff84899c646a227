import { isToDo, type Citation, type Confidence, type Deck, type Slide, type StatementKind } from '../deck';
import { isPictureField, pictureStatements } from './pictureStatements';

/**
 * One portion of a slide that states something: a bullet, a key judgment, a timeline entry, a table row, the BLUF
 * sentence, a quote, a title or subtitle, or a picture. `field` is its path inside the slide ("bullets[2]",
 * "left.bullets[0]", "judgments[1]", "entries[3]", "rows[2]", "bluf", "quote", "title", "subtitle", "background");
 * `label` names it for a reader ("key judgment 2"). `kind` is the statement kind (key judgments are judgments);
 * `citations` are its own, `slideCitations` its slide's; `portionMarking` is the mark printed before it. `todo` is
 * true while it is a placeholder the analyst has not written yet (isToDo), with the `placeholder` it was made with.
 */
export interface Statement {
  slideIndex: number;
  slideId: string;
  field: string;
  label: string;
  text: string;
  kind?: StatementKind;
  likelihood?: string;
  confidence?: Confidence;
  confidenceBasis?: string;
  citations: readonly Citation[];
  slideCitations: readonly Citation[];
  portionMarking?: string;
  /** True for text a reader takes as a claim (not a title, subtitle, quote attribution or picture). */
  claim: boolean;
  todo?: true;
  placeholder?: string;
}

type Item = {
  text?: string;
  event?: string;
  kind?: StatementKind;
  likelihood?: string;
  confidence?: Confidence;
  confidenceBasis?: string;
  citations?: Citation[];
  portionMarking?: string;
  todo?: boolean;
  placeholder?: string;
};

function fromItem(slide: Slide, slideIndex: number, field: string, label: string, item: Item, forced?: StatementKind): Statement {
  return {
    slideIndex,
    slideId: slide.id,
    field,
    label,
    text: item.text ?? item.event ?? '',
    kind: forced ?? item.kind,
    likelihood: item.likelihood?.trim() || undefined,
    confidence: item.confidence,
    confidenceBasis: item.confidenceBasis?.trim() || undefined,
    citations: item.citations ?? [],
    slideCitations: slide.citations,
    portionMarking: item.portionMarking,
    claim: true,
    ...(isToDo(item) ? { todo: true as const, placeholder: item.placeholder ?? '' } : {}),
  };
}

function whole(slide: Slide, slideIndex: number, field: string, label: string, text: string, portionMarking: string | undefined, claim: boolean): Statement {
  return { slideIndex, slideId: slide.id, field, label, text, citations: [], slideCitations: slide.citations, portionMarking, claim };
}

/**
 * The statements of one slide, in reading order; empty texts are left out (they print nothing), except a to-do
 * statement, which stays listed until it is written.
 */
export function slideStatements(slide: Slide, slideIndex: number): Statement[] {
  const out: Statement[] = [];
  if (slide.title.trim() !== '' && slide.layout !== 'sources') out.push(whole(slide, slideIndex, 'title', 'title', slide.title, slide.portionMarking, false));
  const list = (items: readonly Item[], path: string, noun: string) => items.forEach((item, i) => out.push(fromItem(slide, slideIndex, `${path}[${i}]`, `${noun} ${i + 1}`, item)));
  switch (slide.layout) {
    case 'title':
    case 'section':
      if (slide.subtitle.trim() !== '') out.push(whole(slide, slideIndex, 'subtitle', 'subtitle', slide.subtitle, slide.bodyPortionMarking, false));
      break;
    case 'bluf':
      if (slide.bluf.trim() !== '') out.push({ ...whole(slide, slideIndex, 'bluf', 'bottom line', slide.bluf, slide.bodyPortionMarking, true), citations: slide.citations });
      slide.judgments.forEach((j, i) => out.push(fromItem(slide, slideIndex, `judgments[${i}]`, `key judgment ${i + 1}`, j, 'judgment')));
      break;
    case 'bullets':
      list(slide.bullets, 'bullets', 'bullet');
      break;
    case 'two-column':
      list(slide.left.bullets, 'left.bullets', 'left bullet');
      list(slide.right.bullets, 'right.bullets', 'right bullet');
      break;
    case 'timeline':
      list(slide.entries, 'entries', 'entry');
      break;
    case 'table':
      slide.rows.forEach((row, i) =>
        out.push({ ...whole(slide, slideIndex, `rows[${i}]`, `row ${i + 1}`, row.join(' — '), slide.bodyPortionMarking, true), kind: slide.rowKinds?.[i] ?? undefined, citations: [] }),
      );
      break;
    case 'quote':
      if (slide.quote.trim() !== '') out.push({ ...whole(slide, slideIndex, 'quote', 'quote', slide.quote, slide.bodyPortionMarking, true), citations: slide.citations });
      break;
    case 'map':
      // The map is one portion (ICD 710 marks figures as portions); its alt text says what it shows.
      out.push(whole(slide, slideIndex, 'map', 'map', slide.alt, slide.bodyPortionMarking, false));
      break;
    case 'chart':
      // A chart is one portion too; its data rest on the slide's citations.
      out.push(whole(slide, slideIndex, 'chart', 'chart', slide.alt, slide.bodyPortionMarking, false));
      break;
    default:
      break;
  }
  out.push(...pictureStatements(slide, slideIndex));
  if (slide.background) out.push(whole(slide, slideIndex, 'background', 'picture', slide.background.alt, slide.background.portionMarking, false));
  return out.filter((s) => isPictureField(s.field) || s.todo === true || s.text.trim() !== '');
}

/** Every statement of the deck, slide by slide (hidden slides included: they are part of the deck). */
export function deckStatements(deck: Pick<Deck, 'slides'>): Statement[] {
  return deck.slides.flatMap((slide, i) => slideStatements(slide, i));
}

/** The citations a statement rests on: its own, or its slide's when it has none. */
export function citationsOf(statement: Statement): readonly Citation[] {
  return statement.citations.length > 0 ? statement.citations : statement.slideCitations;
}
