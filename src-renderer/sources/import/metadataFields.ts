import type { SourceMetadata } from '../../../src-shared/sources/import';

/** The metadata fields as the review form holds them: authors as typed, one per line. */
export interface MetadataForm {
  title: string;
  authors: string;
  publisher: string;
  date: string;
  url: string;
}

/** A source's date: ISO 8601 at year, month or day precision (SourceMetadata.date), or empty. */
const ISO_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
/** A source's address: https only (a source's url is shown as text; links allow https), or empty. */
const HTTPS_URL = /^https:\/\/[^\s]+$/;

/** The form of a draft's metadata. */
export function metadataForm(metadata: SourceMetadata): MetadataForm {
  return { ...metadata, authors: metadata.authors.join('\n') };
}

/**
 * The metadata a newer version of a deck source is reviewed with: the deck copy's value for each field it has (what
 * the analyst typed or corrected at the first import, or edited since: a re-import must not reset an edited title),
 * and what the newer file says for each field the copy leaves empty. The review form shows the result, so a field
 * the newer version really changes can still be typed over before Apply.
 */
export function newerVersionMetadata(read: SourceMetadata, copy: SourceMetadata | undefined): SourceMetadata {
  if (!copy) return read;
  return {
    title: copy.title || read.title,
    authors: copy.authors.length > 0 ? copy.authors : read.authors,
    publisher: copy.publisher || read.publisher,
    date: copy.date || read.date,
    url: copy.url || read.url,
  };
}

/** The metadata the form says (fields trimmed, one author per non-empty line). */
export function metadataOf(form: MetadataForm): SourceMetadata {
  return {
    title: form.title.trim(),
    authors: form.authors.split('\n').map((a) => a.trim()).filter(Boolean),
    publisher: form.publisher.trim(),
    date: form.date.trim(),
    url: form.url.trim(),
  };
}

/** What is wrong with each field, by field name (empty when the form can be accepted). */
export function metadataProblems(form: MetadataForm): Partial<Record<keyof MetadataForm, string>> {
  const m = metadataOf(form);
  const problems: Partial<Record<keyof MetadataForm, string>> = {};
  if (m.title === '') problems.title = 'Give the source a title.';
  if (m.date !== '' && !ISO_DATE.test(m.date)) problems.date = 'Write the date as YYYY, YYYY-MM or YYYY-MM-DD, or leave it empty.';
  if (m.url !== '' && !HTTPS_URL.test(m.url)) problems.url = 'The address must start with https://, or leave it empty.';
  return problems;
}
