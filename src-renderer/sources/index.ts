/** The Source panel feature: the panel, the current-statement tracker, and opening a citation's paragraph. */
export { SourcePanel } from './SourcePanel';
export { CurrentStatementTracker } from './CurrentStatementTracker';
export { openCitation } from './openCitation';
export { FieldHintContext, useFieldHints } from './fieldHint';
