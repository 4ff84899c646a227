/**
 * The file an import handler reads: the one the user picks in the open dialog, or a given path that the user chose
 * before (a grant) or whose extension is one the handler reads. Any other path is refused, so a renderer cannot name
 * an arbitrary file on disk (docs/security.md: validate the sender's arguments).
 */
import { basename, extname, resolve } from 'node:path';
import { ipcFailure, type IpcFailure } from '../../src-shared/ipc';
import type { Canceled } from '../../src-shared/ipc/responses';
import type { Dialogs, FileFilter } from '../services/ports/dialogs';
import type { PathGrants } from '../services/ports/pathGrants';
import type { HandlerContext } from './handlerTypes';

/** How one import handler asks for its file and which paths it takes without asking. */
export interface FileToReadRule {
  /** Title of the open dialog, e.g. "Import Markdown". */
  title: string;
  filters: FileFilter[];
  /** Extensions (lower-case, with the dot) taken from a path the user has not chosen in this session. */
  extensions: ReadonlySet<string>;
  /** The refusal of another path, given the file's base name (the message never shows its folder). */
  refusal: (name: string) => string;
  /** Grant the path picked in the dialog, so that reading it again by path (a retry) needs no second dialog. */
  grantChosen?: boolean;
}

/**
 * The absolute path to read for a request `{ path? }`: without a path, the open dialog's choice (`{ canceled: true }`
 * when it is dismissed); with one, the path resolved, or an `ipcFailure('forbidden-path', rule.refusal(name))`.
 */
export async function fileToRead(
  path: string | undefined,
  ctx: HandlerContext,
  { dialogs, grants }: { dialogs: Dialogs; grants: PathGrants },
  rule: FileToReadRule,
): Promise<string | Canceled | IpcFailure> {
  if (path === undefined) {
    const chosen = await dialogs.showOpen(ctx.windowId, { title: rule.title, filters: rule.filters });
    if (chosen === null) return { canceled: true };
    const target = resolve(chosen);
    if (rule.grantChosen) grants.grant(target);
    return target;
  }
  const target = resolve(path);
  if (!grants.has(target) && !rule.extensions.has(extname(target).toLowerCase())) return ipcFailure('forbidden-path', rule.refusal(basename(target)));
  return target;
}
