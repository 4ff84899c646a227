import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';

/**
 * Checks an SVG before it enters a deck: the reasons it must be refused, each naming what was found (`a <script>
 * element`, `an onload event handler`, `a <foreignObject> element`, `an external reference (href="https://…")`),
 * or [] for a clean SVG. The text is parsed as XML by jsdom, which runs no script and loads no resource (its
 * defaults: `runScripts` off, no resource loader); DOMPurify (its SVG and SVG-filter profiles) then lists what it
 * would remove, and of that the elements and attributes that run code or embed HTML are refusals. References are
 * checked apart: DOMPurify keeps an https: href, but nothing in a deck may fetch, so any href, xlink:href, src or CSS
 * url() that is not a fragment (`#id`) is refused. A document type with entity declarations is refused unparsed.
 */
export function svgProblems(text: string): string[] {
  if (/<!ENTITY/i.test(text)) return ['an entity declaration (<!ENTITY>)'];
  let dom: JSDOM;
  try {
    dom = new JSDOM(text, { contentType: 'image/svg+xml' });
  } catch {
    return ['it is not a well-formed SVG document'];
  }
  const doc = dom.window.document;
  const root = doc.documentElement;
  if (root.getElementsByTagName('parsererror').length > 0 || root.localName !== 'svg') return ['it is not a well-formed SVG document'];
  const problems = new Set<string>();
  for (const el of Array.from(root.getElementsByTagName('*')) as Element[]) {
    const name = el.localName.toLowerCase();
    if (name === 'script') problems.add('a <script> element');
    if (name === 'foreignobject') problems.add('a <foreignObject> element');
    if (['iframe', 'embed', 'object', 'handler', 'listener'].includes(name)) problems.add(`an <${el.localName}> element`);
    if (name === 'style' && /url\(\s*['"]?\s*[^#'"\s)]|@import/i.test(el.textContent ?? '')) problems.add('an external reference in a <style> element');
    for (const attr of Array.from(el.attributes)) {
      const attrName = attr.name.toLowerCase();
      const local = attr.localName.toLowerCase();
      if (attrName.startsWith('on')) problems.add(`an ${attr.name} event handler`);
      else if ((local === 'href' || local === 'src') && !attr.value.trim().startsWith('#')) problems.add(`an external reference (${attr.name}="${attr.value.trim().slice(0, 60)}")`);
      else if (/url\(\s*['"]?\s*[^#'"\s)]/i.test(attr.value)) problems.add(`an external reference (${attr.name}: ${attr.value.trim().slice(0, 60)})`);
      // <set>/<animate> can write an href or an event attribute at run time.
      if ((name === 'set' || name.startsWith('animate')) && local === 'attributename' && /^(xlink:)?href$|^on/i.test(attr.value)) problems.add(`an <${el.localName}> that changes ${attr.value}`);
    }
  }
  const purify = createDOMPurify(dom.window as unknown as Parameters<typeof createDOMPurify>[0]);
  purify.sanitize(root.outerHTML, { USE_PROFILES: { svg: true, svgFilters: true } });
  for (const removed of purify.removed as Array<{ element?: Element; attribute?: Attr | null }>) {
    if (removed.element) {
      const name = removed.element.nodeName.toLowerCase();
      if (name === 'script') problems.add('a <script> element');
      else if (name === 'foreignobject') problems.add('a <foreignObject> element');
      else if (['iframe', 'embed', 'object', 'form', 'input', 'meta', 'link', 'base'].includes(name)) problems.add(`an <${name}> element`);
    } else if (removed.attribute && removed.attribute.name.toLowerCase().startsWith('on')) {
      problems.add(`an ${removed.attribute.name} event handler`);
    }
  }
  dom.window.close();
  return [...problems];
}
