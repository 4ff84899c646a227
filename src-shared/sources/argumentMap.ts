import { z } from 'zod';
import { PartialIsoDate, SourceRecordSchema } from './sourceRecord';
import { checkArgumentMap } from './argumentMapChecks';

/** Id of an argument, claim, fact or counterpoint: lower-case letters, digits, hyphens and dots. */
const ItemId = z.string().regex(/^[a-z0-9][a-z0-9.-]{0,199}$/, 'id must be lower-case letters, digits, "-" and "."');
/** 1-based body paragraph numbers of the source (their upper bound is checked against `paragraphCount`). */
const Paragraphs = z.array(z.number().int().min(1)).min(1).max(100).describe('Body paragraph numbers, 1-based');
/** A statement in the project's own words (never the source's sentences). */
const Statement = z.string().min(1).max(600);

/**
 * How the source states an item, so that a slide citing it keeps the source's certainty:
 * - `asserted`: stated as the authors' own finding or as fact;
 * - `hedged`: stated with a hedge (`hedge` gives the source's own word or phrase: "might", "may find it useful");
 * - `attributed`: given as an actor's view (`attributedTo` names the actor: "Ankara", "Iranian officials").
 * Missing on an item means not yet recorded (the built-in map records it for every item; its test checks that).
 */
export const StanceSchema = z.enum(['asserted', 'hedged', 'attributed']);
export type Stance = z.infer<typeof StanceSchema>;
const stanceFields = {
  stance: StanceSchema.optional(),
  hedge: z.string().min(1).max(100).optional().describe("The source's hedge word or phrase, when stance is hedged"),
  attributedTo: z.string().min(1).max(200).optional().describe('Whose view it is, when stance is attributed'),
};

/** An analytic claim the source makes, restated in our words, with the paragraphs it rests on. */
export const ClaimSchema = z.looseObject({ id: ItemId, text: Statement, paragraphs: Paragraphs, ...stanceFields });
export type Claim = z.infer<typeof ClaimSchema>;

/**
 * A fact (evidence): a dated event or standing position reported by the source. Names, numbers, dates and short
 * slogans in quotation marks carry over from the source; `date` is ISO 8601 (see `PartialIsoDate`).
 */
export const FactSchema = z.looseObject({ id: ItemId, date: PartialIsoDate, text: Statement, paragraphs: Paragraphs, ...stanceFields });
export type Fact = z.infer<typeof FactSchema>;

/** A counterpoint: a caveat or consideration that cuts against the argument, with its paragraphs. */
export const CounterpointSchema = z.looseObject({ id: ItemId, text: Statement, paragraphs: Paragraphs, ...stanceFields });
export type Counterpoint = z.infer<typeof CounterpointSchema>;

/** One argument of the map: a titled line of reasoning with its summary, claims, facts and counterpoints. */
export const ArgumentSchema = z.looseObject({
  id: ItemId,
  title: z.string().min(1).max(300),
  summary: z.string().min(1).max(1000).describe('Two or three sentences in our own words'),
  claims: z.array(ClaimSchema).min(1).max(100),
  facts: z.array(FactSchema).max(200).default([]),
  counterpoints: z.array(CounterpointSchema).max(100).default([]),
});
export type Argument = z.infer<typeof ArgumentSchema>;

/**
 * An argument map file (`templates/arguments/<source-id>.json`): the source record and its arguments.
 * Beyond the field types it checks: every paragraph number lies in 1..source.paragraphCount; the paragraph
 * summaries are numbered 1..paragraphCount in order, each inside its section; argument and item ids are unique.
 */
export const ArgumentMapSchema = z
  .looseObject({
    schemaVersion: z.literal(1),
    source: SourceRecordSchema,
    arguments: z.array(ArgumentSchema).min(1).max(200),
  })
  .superRefine((map, ctx) => {
    for (const problem of checkArgumentMap(map)) ctx.addIssue({ code: 'custom', message: problem.message, path: problem.path });
  });
export type ArgumentMap = z.infer<typeof ArgumentMapSchema>;

/** Any citable item of an argument: a claim, a fact or a counterpoint. */
export type CitableKind = 'claim' | 'fact' | 'counterpoint';
