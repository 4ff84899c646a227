/** Sources in the app: importing an article as a source, the per-user source library, the argument-map editor. */
export { SourceDialogs } from './SourceDialogs';
export { importSource, openArgumentMap, openSourceLibrary } from './sourceActions';
