import type { Announcements } from '@dnd-kit/core';

/** Screen-reader announcements for reordering slides (dnd-kit's live region), in slide numbers (1-based). */
export function dragAnnouncements(ids: readonly string[]): Announcements {
  const pos = (id: string | number) => ids.indexOf(String(id)) + 1;
  return {
    onDragStart: ({ active }) => `Picked up slide ${pos(active.id)}.`,
    onDragOver: ({ active, over }) => (over ? `Slide ${pos(active.id)} is over position ${pos(over.id)}.` : `Slide ${pos(active.id)} is outside the list.`),
    onDragEnd: ({ active, over }) => (over ? `Slide ${pos(active.id)} moved to position ${pos(over.id)}.` : `Slide ${pos(active.id)} dropped.`),
    onDragCancel: ({ active }) => `Move cancelled. Slide ${pos(active.id)} stays where it was.`,
  };
}
