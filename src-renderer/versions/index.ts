/** Issued versions of a deck in the app: issuing one (with reasons for moved judgments), listing, opening and comparing them. */
export { VersionDialogs } from './VersionDialogs';
export { showVersionDialog } from './versionDialogState';
