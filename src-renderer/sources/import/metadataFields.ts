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
 * The metadata a newer version of a deck source is reviewed with: what its file says, and for each field the file
 * leaves empty (a .txt has no byline the reader keeps) the deck copy's value, so what the analyst typed at the first
 * import is not dropped by Apply.
 */
export function newerVersionMetadata(read: SourceMetadata, copy: SourceMetadata | undefined): SourceMetadata {
  if (!copy) return read;
  return {
    title: read.title || copy.title,
    authors: read.authors.length > 0 ? read.authors : copy.authors,
    publisher: read.publisher || copy.publisher,
    date: read.date || copy.date,
    url: read.url || copy.url,
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
