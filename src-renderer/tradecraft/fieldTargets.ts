import type { Finding, RuleId } from '../../src-shared/tradecraft';

/** Rules about a portion's mark: the finding's input is the mark, not the text. */
const MARK_RULES: ReadonlySet<RuleId> = new Set(['portion-unmarked', 'portion-invalid']);

/** Rules about one judgment field: the finding's input is that field of the statement. */
const SUBFIELD: Partial<Record<RuleId, string>> = {
  'judgment-no-likelihood': 'likelihood',
  'likelihood-off-yardstick': 'likelihood',
  'judgment-no-confidence': 'confidence',
  'high-confidence-thin-basis': 'confidence',
  'confidence-no-basis': 'confidenceBasis',
};

/** Slide fields whose portion mark is the slide's body mark (slide.ts `bodyPortionMarking`). */
const BODY_FIELDS = /^(bluf|quote|subtitle|map|rows\[\d+\])$/;

/**
 * The `data-field` values of the editor inputs a finding points at, best first: for a marking rule the portion's mark
 * ("bullets[2].portionMarking"; the title's mark, the body mark of a BLUF sentence, quote, subtitle, table row or map, or
 * the picture's mark), for a judgment-field rule that field ("judgments[1].likelihood"), else the statement's text
 * ("judgments[1]"); the statement's text and the slide title follow as fallbacks. Paths are the checks' own
 * (src-shared/tradecraft/statements.ts). A deck-wide finding (field "") has no input: [].
 */
export function fieldTargets(finding: Pick<Finding, 'rule' | 'field' | 'slideId'>): string[] {
  const { rule, field } = finding;
  if (finding.slideId === '') return [];
  if (field === '') return ['title'];
  const first: string[] = [];
  if (MARK_RULES.has(rule)) {
    if (field === 'title') first.push('title.portionMarking');
    else if (field === 'background') first.push('background.portionMarking');
    else if (BODY_FIELDS.test(field)) first.push('bodyPortionMarking');
    else first.push(`${field}.portionMarking`);
  } else if (SUBFIELD[rule]) first.push(`${field}.${SUBFIELD[rule]}`);
  return [...new Set([...first, field, 'title'])];
}
