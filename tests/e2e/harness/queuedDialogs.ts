/**
 * The harness's dialogs port: each OS dialog takes the next answer the test queued. A dialog with no queued answer
 * is answered "cancel" and recorded in `unexpected`; the fixture fails the test if any were.
 */
import type { ConfirmOptions, Dialogs, OpenDialogOptions, SaveDialogOptions } from '../../../src-main/services/ports/dialogs';

export type ShownDialog =
  | { kind: 'open'; windowId: string; options: OpenDialogOptions; answer: string | null }
  | { kind: 'save'; windowId: string; options: SaveDialogOptions; answer: string | null }
  | { kind: 'confirm'; windowId: string; options: ConfirmOptions; answer: number };

export interface QueuedDialogs extends Dialogs {
  /** The next open dialog answers `path` (null: the user cancels). */
  queueOpen(path: string | null): void;
  /** The next save dialog answers `path` (null: the user cancels). */
  queueSave(path: string | null): void;
  /** The next confirm dialog answers the button at `index`. */
  queueConfirm(index: number): void;
  /** Every dialog shown so far, with its answer. */
  readonly shown: ShownDialog[];
  /** Dialogs shown with nothing queued (answered as cancelled). */
  readonly unexpected: ShownDialog[];
}

export function createQueuedDialogs(): QueuedDialogs {
  const opens: (string | null)[] = [];
  const saves: (string | null)[] = [];
  const confirms: number[] = [];
  const shown: ShownDialog[] = [];
  const unexpected: ShownDialog[] = [];
  const record = (d: ShownDialog, queued: boolean) => {
    shown.push(d);
    if (!queued) unexpected.push(d);
  };
  return {
    queueOpen: (p) => void opens.push(p),
    queueSave: (p) => void saves.push(p),
    queueConfirm: (i) => void confirms.push(i),
    shown,
    unexpected,
    async showOpen(windowId, options) {
      const queued = opens.length > 0;
      const answer = queued ? (opens.shift() as string | null) : null;
      record({ kind: 'open', windowId, options, answer }, queued);
      return answer;
    },
    async showSave(windowId, options) {
      const queued = saves.length > 0;
      const answer = queued ? (saves.shift() as string | null) : null;
      record({ kind: 'save', windowId, options, answer }, queued);
      return answer;
    },
    async confirm(windowId, options) {
      const queued = confirms.length > 0;
      const answer = queued ? (confirms.shift() as number) : options.cancelId;
      record({ kind: 'confirm', windowId, options, answer }, queued);
      return answer;
    },
  };
}
