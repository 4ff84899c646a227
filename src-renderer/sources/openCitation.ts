import type { Citation } from '../../src-shared/deck';
import { editorStore } from '../store';

/**
 * Opens the Source panel on a citation's source and goes to its paragraphs: the first cited one is scrolled to,
 * focused and briefly highlighted, the others marked (see ParagraphsView).
 */
export function openCitation(c: Pick<Citation, 'sourceId' | 'paragraphs'>): void {
  editorStore.getState().openSource(c.sourceId, c.paragraphs);
}
