import { addBullet, indentBullet, outdentBullet, pasteBullets, removeBullet, setBullet, setBulletText, setCitations, type BulletListRef } from '../../../src-shared/commands';
import type { BulletListActions } from '../fields/BulletListEditor';
import { fieldKey, type CitingProps, type Dispatch } from '../SlideFormProps';

/**
 * The bullet list editor's actions for one list of a slide (`bullets`, or a two-column slide's `left` / `right`),
 * as bullet commands. Text edits merge per bullet (`slide:<id>:<list>.<i>.text`); the rest are one undo
 * step each.
 */
export function bulletActions(slideId: string, list: BulletListRef, onCommand: Dispatch, citing: CitingProps, listName: string): BulletListActions {
  return {
    add: (index, level) => onCommand(addBullet, { slideId, list, index: index + 1, level }),
    remove: (index) => onCommand(removeBullet, { slideId, list, index }),
    setText: (index, text) => onCommand(setBulletText, { slideId, list, index, text }, { mergeKey: fieldKey(slideId, `${list}.${index}.text`) }),
    indent: (index) => onCommand(indentBullet, { slideId, list, index }),
    outdent: (index) => onCommand(outdentBullet, { slideId, list, index }),
    setFragment: (index, fragment) => onCommand(setBullet, { slideId, list, index, patch: { fragment } }),
    setStatement: (index, patch, mergeField) => onCommand(setBullet, { slideId, list, index, patch: { ...patch } }, mergeField ? { mergeKey: fieldKey(slideId, mergeField) } : undefined),
    setCitations: (index, citations) => onCommand(setCitations, { slideId, citations, target: { kind: 'bullet', list, index } }),
    pasteLines: (index, lines, before, after) => onCommand(pasteBullets, { slideId, list, index, lines, before, after }),
    cite: (index) => citing.cite({ kind: 'bullet', list, index }, `${listName} bullet ${index + 1}`),
  };
}
