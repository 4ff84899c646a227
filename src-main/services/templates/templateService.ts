import { applyTemplate } from '../../../src-shared/commands/applyTemplate';
import type { GalleryCard } from '../../../src-shared/ipc';
import type { ArgumentMap } from '../../../src-shared/sources';
import { templateListing, type BriefingTemplate } from '../../../src-shared/templates';
import { ServiceFailure, type TemplateService } from '../ports/serviceTypes';
import { loadTemplateLibrary, type TemplateLibrary, type TemplateLoadError } from './templateLibrary';

/** Options for `createTemplateService`. */
export interface TemplateServiceOptions {
  /** Called once, after the first load, with the files that did not load (default: a console warning each). */
  onLoadErrors?: (errors: TemplateLoadError[]) => void;
  /** Clock for the new deck's date (YYYY-MM-DD, local time); default `new Date()`. */
  now?: () => Date;
}

/** The template service plus the raw library (with its load errors) for the CLI and diagnostics. */
export interface TemplateLibraryService extends TemplateService {
  library(): Promise<TemplateLibrary>;
}

function isoDay(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The gallery card of a template (the IPC `TemplateListing`): summary, argument titles, first-slide thumbnail deck. */
export function galleryCard(template: BriefingTemplate, maps: readonly ArgumentMap[]): GalleryCard {
  const s = templateListing(template, maps);
  const firstOnly = { ...template, deck: { ...template.deck, slides: template.deck.slides.slice(0, 1) } };
  return {
    id: s.id,
    name: s.name,
    purpose: s.purpose,
    slideCount: s.slideCount,
    ...(s.estimatedMinutes !== undefined ? { estimatedMinutes: s.estimatedMinutes } : {}),
    arguments: s.argumentIds.map((id, i) => ({ id, title: s.argumentTitles[i] })),
    thumbnailDeck: applyTemplate(firstOnly, maps),
  };
}

/**
 * The `TemplateService` the IPC handlers and the CLI use, over the library in `dir`. The folder is read once, on
 * first use. `instantiate(id)` applies the template (fresh slide ids, today's date) and throws
 * `ServiceFailure('not-found')` for an id the library does not hold (a bad file's template included).
 */
export function createTemplateService(dir: string, options: TemplateServiceOptions = {}): TemplateLibraryService {
  let loading: Promise<TemplateLibrary> | undefined;
  const library = () =>
    (loading ??= loadTemplateLibrary(dir).then((lib) => {
      if (lib.errors.length > 0) {
        (options.onLoadErrors ?? ((errs) => errs.forEach((e) => console.warn(`templates/${e.file}: ${e.message}`))))(lib.errors);
      }
      return lib;
    }));
  return {
    library,
    async list() {
      const lib = await library();
      return lib.templates.map((t) => galleryCard(t, lib.argumentMaps));
    },
    async instantiate(id) {
      const lib = await library();
      const template = lib.templates.find((t) => t.id === id);
      if (!template) {
        const bad = lib.errors.find((e) => e.file === `${id}.json`);
        throw new ServiceFailure('not-found', bad ? `Template "${id}" did not load: ${bad.message}` : `No template "${id}"`);
      }
      return applyTemplate(template, lib.argumentMaps, { date: isoDay((options.now ?? (() => new Date()))()) });
    },
    async argumentMaps() {
      return (await library()).argumentMaps;
    },
  };
}
