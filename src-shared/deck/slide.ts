import { z } from 'zod';
import { chartFields } from './chartContent';
import { CitationSchema } from './citation';
import { MAX_IMAGE_DATA_URL_BYTES } from './imageDataUrl';
import { PictureColumnSchema, pictureSlideFields } from './pictureContent';
import { BulletSchema, InlineText, KeyJudgmentSchema, LongText, PortionMarkingText, StatementKindSchema, TimelineEntrySchema } from './slideContent';
import { figureFields } from './figure';
import { MapSpecSchema } from './mapContent';

export { MAX_IMAGE_DATA_URL_BYTES };

/**
 * An image embedded in the deck: only `data:image/(png|jpeg|webp|gif);base64,` URLs are accepted, so a deck never
 * points at a local file or the network (docs/security.md, "asset paths"). `fit` follows CSS object-fit / reveal.js
 * `data-background-size` (contain or cover).
 */
export const ImageSchema = z.looseObject({
  src: z
    .string()
    .max(MAX_IMAGE_DATA_URL_BYTES, 'image is larger than the 2 MiB cap; use a smaller image')
    .regex(/^data:image\/(png|jpeg|webp|gif);base64,[A-Za-z0-9+/]+=*$/, 'image must be an embedded data:image/png, jpeg, webp or gif base64 URL'),
  alt: z.string().max(1000).default(''),
  fit: z.enum(['contain', 'cover']).default('contain'),
  portionMarking: PortionMarkingText.optional().describe('Portion marking of the picture (ICD 710 marks pictures as portions)'),
});
export type SlideImage = z.infer<typeof ImageSchema>;

/** Fields shared by every slide, whatever its layout. */
const slideBase = {
  id: z.string().min(1).max(100).describe('Stable slide id, unique in the deck'),
  title: InlineText.default(''),
  notes: LongText.default('').describe('Speaker notes (plain text; shown in the presenter view and notes pages)'),
  citations: z.array(CitationSchema).max(200).default([]).describe('Slide-level citations'),
  argumentIds: z.array(z.string().max(200)).max(50).default([]).describe('Argument-map ids this slide presents'),
  hidden: z.boolean().default(false).describe('A hidden (backup) slide: skipped when presenting and exporting unless asked'),
  portionMarking: PortionMarkingText.optional().describe('Portion marking shown before the title, e.g. "(U)"'),
  bodyPortionMarking: PortionMarkingText.optional().describe(
    'Portion marking of the slide body that is not a list: the BLUF sentence, the table, the quote, a subtitle',
  ),
  background: ImageSchema.optional().describe('Background image (reveal.js data-background-image)'),
};

/** The layouts a slide can take. The `layout` field selects which content fields apply. */
export const LAYOUTS = ['title', 'bluf', 'bullets', 'two-column', 'table', 'timeline', 'quote', 'section', 'sources', 'chart', 'picture', 'map', 'changes'] as const;
export type Layout = (typeof LAYOUTS)[number];

export const TitleSlideSchema = z.looseObject({ ...slideBase, layout: z.literal('title'), subtitle: InlineText.default('') });
export const BlufSlideSchema = z.looseObject({
  ...slideBase,
  layout: z.literal('bluf'),
  bluf: InlineText.default('').describe('Bottom line up front: one or two sentences'),
  judgments: z.array(KeyJudgmentSchema).max(50).default([]),
});
export const BulletsSlideSchema = z.looseObject({ ...slideBase, layout: z.literal('bullets'), bullets: z.array(BulletSchema).max(500).default([]) });
export const TwoColumnSlideSchema = z.looseObject({
  ...slideBase,
  layout: z.literal('two-column'),
  left: PictureColumnSchema.default({ heading: '', bullets: [] }),
  right: PictureColumnSchema.default({ heading: '', bullets: [] }),
});
export const TableSlideSchema = z.looseObject({
  ...slideBase,
  layout: z.literal('table'),
  columns: z.array(InlineText).max(20).default([]).describe('Header cells'),
  rows: z.array(z.array(InlineText).max(20)).max(200).default([]).describe('Body rows; each as long as columns'),
  rowKinds: z
    .array(StatementKindSchema.nullable())
    .max(200)
    .optional()
    .describe('The statement kind of each body row, by row index (null or missing: no kind)'),
  caption: InlineText.default(''),
  columnWidths: z
    .array(z.number().int().min(1).max(100))
    .max(20)
    .optional()
    .describe('Relative width of each column (percent of the table, by column index); missing: widths follow the text'),
});
export const TimelineSlideSchema = z.looseObject({
  ...slideBase,
  layout: z.literal('timeline'),
  entries: z.array(TimelineEntrySchema).max(200).default([]),
  style: z.enum(['list', 'drawn']).optional().describe('list (default): dated rows; drawn: the entries on an axis, in reading direction'),
});
export const QuoteSlideSchema = z.looseObject({ ...slideBase, layout: z.literal('quote'), quote: LongText.default(''), attribution: InlineText.default('') });
export const SectionSlideSchema = z.looseObject({ ...slideBase, layout: z.literal('section'), subtitle: InlineText.default('') });
/** A sources slide lists, as endnotes, the citations used by the deck's other slides (generated at render time). */
export const SourcesSlideSchema = z.looseObject({ ...slideBase, layout: z.literal('sources') });
/**
 * A "what changed" slide lists, since the version before the last issued one, each judgment that moved (from what to
 * what, with the analyst's reason) and the sources added or dropped: generated at render time from `deck.versions`
 * (src-shared/versions/whatChanged.ts), as ICD 203 asks a recurring product to explain change to its judgments.
 */
export const ChangesSlideSchema = z.looseObject({ ...slideBase, layout: z.literal('changes') });
/** A picture slide: one picture with its alt text, caption and source line (pictureContent.ts). */
export const PictureSlideSchema = z.looseObject({ ...slideBase, layout: z.literal('picture'), ...pictureSlideFields });

/** A chart: a bar, line or stacked-bar chart of a small table, with alt text and a source line (chartContent.ts). */
export const ChartSlideSchema = z.looseObject({ ...slideBase, layout: z.literal('chart'), ...chartFields });
/** A locator map drawn from the bundled Natural Earth data (mapContent.ts), with its alt text and source line. */
export const MapSlideSchema = z.looseObject({ ...slideBase, layout: z.literal('map'), map: MapSpecSchema.default({ extent: 'middle-east', highlights: [], points: [], lines: [], legend: true }), ...figureFields });

/** One slide: a discriminated union on `layout`. Unknown fields are kept on a round trip. */
export const SlideSchema = z.discriminatedUnion('layout', [
  TitleSlideSchema,
  BlufSlideSchema,
  BulletsSlideSchema,
  TwoColumnSlideSchema,
  TableSlideSchema,
  TimelineSlideSchema,
  QuoteSlideSchema,
  SectionSlideSchema,
  SourcesSlideSchema,
  ChartSlideSchema,
  PictureSlideSchema,
  MapSlideSchema,
  ChangesSlideSchema,
]);
export type Slide = z.infer<typeof SlideSchema>;
export type SlideOf<L extends Layout> = Extract<Slide, { layout: L }>;
