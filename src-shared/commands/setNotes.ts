import { defineCommand } from './command';
import { updateSlideById } from './slideAccess';

export interface SetNotesArgs {
  id: string;
  /** Speaker notes, plain text. */
  notes: string;
}

/** Sets a slide's speaker notes. */
export const setNotes = defineCommand<SetNotesArgs>({
  name: 'setNotes',
  label: 'Edit notes',
  perform(deck, { id, notes }) {
    return updateSlideById(deck, id, (s) => (s.notes === notes ? s : { ...s, notes }));
  },
});
