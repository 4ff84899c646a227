import type { ArgumentMap } from '../sources/argumentMap';
import type { BriefingTemplate } from './templateSchema';

/** A template as listed (the CLI's `briefdeck templates` rows, and the base of the gallery card, ipc `GalleryCard`). */
export interface TemplateListing {
  id: string;
  name: string;
  purpose: string;
  /** Number of slides in the template's deck, hidden (backup) slides included. */
  slideCount: number;
  estimatedMinutes?: number;
  argumentIds: string[];
  /** The titles of `argumentIds`, in the same order (the id itself when no map has the argument). */
  argumentTitles: string[];
}

/** Lists a template; pass the argument maps to resolve argument titles. Pure. */
export function templateListing(template: BriefingTemplate, maps: readonly ArgumentMap[] = []): TemplateListing {
  const titles = new Map(maps.flatMap((m) => m.arguments.map((a) => [a.id, a.title] as const)));
  return {
    id: template.id,
    name: template.name,
    purpose: template.purpose,
    slideCount: template.deck.slides.length,
    ...(template.estimatedMinutes !== undefined ? { estimatedMinutes: template.estimatedMinutes } : {}),
    argumentIds: [...template.argumentIds],
    argumentTitles: template.argumentIds.map((id) => titles.get(id) ?? id),
  };
}
