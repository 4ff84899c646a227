import type { SourceMetadata } from '../../../../src-shared/sources/import';
import { httpsUrl, isoDate } from './metadataValues';

/** The part of a parsed document the metadata is read from (linkedom's Document). */
export interface MetadataDocument {
  title: string;
  querySelectorAll(selector: string): ArrayLike<{ getAttribute(name: string): string | null; textContent: string | null }>;
}

type JsonObject = Record<string, unknown>;

const ARTICLE_TYPES = /Article|Report|BlogPosting|Posting|Chapter|CreativeWork|WebPage/;

/** The JSON-LD objects of the page (`<script type="application/ld+json">`, read with JSON.parse: data, never run). */
function jsonLdObjects(doc: MetadataDocument): JsonObject[] {
  const out: JsonObject[] = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      out.push(v as JsonObject);
      if ('@graph' in v) visit((v as JsonObject)['@graph']);
    }
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // A malformed JSON-LD block is ignored: the <meta> tags still give the metadata.
    }
  }
  return out;
}

const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');

/** Names of a JSON-LD `author` / `publisher` value: a string, a Person/Organization with `name`, or a list. */
function names(v: unknown): string[] {
  if (Array.isArray(v)) return v.flatMap(names);
  if (typeof v === 'string') return [v.trim()].filter(Boolean);
  if (v && typeof v === 'object') return [str((v as JsonObject).name)].filter(Boolean);
  return [];
}

const isUrl = (v: string) => /^[a-z][a-z0-9+.-]*:\/\//i.test(v);

/**
 * The metadata of a saved web page, from (first match wins):
 * - title: `citation_title`, `og:title`, JSON-LD `headline`/`name`, `<title>`;
 * - authors: every `citation_author`, else JSON-LD `author`, else `author` / `article:author` (a profile URL there
 *   is not a name and is skipped);
 * - publisher: `og:site_name`, `citation_publisher`, `citation_journal_title`, JSON-LD `publisher`;
 * - date: `citation_publication_date`, `citation_date`, `article:published_time`, JSON-LD `datePublished`,
 *   `dc.date` (normalised by isoDate);
 * - url: `<link rel="canonical">`, `og:url`, JSON-LD `url`; only an https: URL is kept.
 * The conventions are the Open Graph protocol (ogp.me), Google Scholar's citation_* tags and schema.org JSON-LD.
 */
export function htmlMetadata(doc: MetadataDocument): SourceMetadata {
  const meta = (key: string): string[] =>
    Array.from(doc.querySelectorAll(`meta[name="${key}" i], meta[property="${key}" i]`))
      .map((m) => (m.getAttribute('content') ?? '').trim())
      .filter(Boolean);
  const first = (...values: (string | undefined)[]) => values.find((v) => v !== undefined && v.trim() !== '')?.trim() ?? '';
  const ld = jsonLdObjects(doc);
  const article = ld.find((o) => ARTICLE_TYPES.test(String(o['@type'] ?? '')) && (o.headline || o.name)) ?? ld.find((o) => o.headline);
  const canonical = Array.from(doc.querySelectorAll('link[rel="canonical" i]')).map((l) => l.getAttribute('href') ?? '');
  const ldAuthors = names(article?.author);
  const metaAuthors = [...meta('author'), ...meta('article:author')].filter((a) => !isUrl(a));
  const authors = meta('citation_author').length > 0 ? meta('citation_author') : ldAuthors.length > 0 ? ldAuthors : metaAuthors;
  const date = [...meta('citation_publication_date'), ...meta('citation_date'), ...meta('article:published_time'), str(article?.datePublished), ...meta('dc.date')]
    .map(isoDate)
    .find(Boolean);
  const url = [...canonical, ...meta('og:url'), str(article?.url)].map(httpsUrl).find(Boolean);
  return {
    title: first(meta('citation_title')[0], meta('og:title')[0], str(article?.headline), str(article?.name), doc.title),
    authors: [...new Set(authors.map((a) => a.replace(/\s+/g, ' ').trim()))],
    publisher: first(meta('og:site_name')[0], meta('citation_publisher')[0], meta('citation_journal_title')[0], names(article?.publisher)[0]),
    date: date ?? '',
    url: url ?? '',
  };
}
