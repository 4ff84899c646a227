/**
 * Sources in the app: importing an article as a source, the per-user source library, the argument-map editor,
 * generating a briefing and re-importing; the Source panel, the current-statement tracker, and opening a citation's
 * paragraph.
 */
export { SourceDialogs } from './SourceDialogs';
export { importSource, openArgumentMap, openGenerateBriefing, openSourceLibrary, reimportSource } from './sourceActions';
export { SourcePanel } from './SourcePanel';
export { CurrentStatementTracker } from './CurrentStatementTracker';
export { openCitation } from './openCitation';
export { FieldHintContext, useFieldHints } from './fieldHint';
