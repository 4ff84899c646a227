/**
 * Makes a chunk's print document keep the links whose target is printed in another chunk, in both directions.
 * Blink writes a link annotation for `<a href="#name">` only when the document holds an element with that id, and
 * writes a named destination only for an element that some link of the same document points to
 * (PrintContext::CollectLinkedDestinations walks the DOM for such links). So, at the end of the body, in one
 * `display:none` block (no layout, no text, nothing in the tags):
 * - an empty element for each id the chunk links to but does not hold: the link is written (`/Dest /name`) and no
 *   destination is (the element has no layout);
 * - an empty link to each id the chunk holds: its destination is written, for the links of the other chunks.
 * The merge (`mergePdfs`) then points each name at the one page that printed its target.
 * `html` is BriefDeck's own print document, so ids and hrefs are matched in the attribute text as written (both are
 * escaped the same way by the renderer); nothing from the deck is unescaped or re-parsed.
 */
export function withLinkTargetsOfOtherChunks(html: string): string {
  const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
  const linked = new Set([...html.matchAll(/\shref="#([^"]+)"/g)].map((m) => m[1]));
  const targets = [...linked].filter((name) => !ids.has(name)).map((name) => `<span id="${name}"></span>`);
  const links = [...ids].filter((name) => !linked.has(name)).map((name) => `<a href="#${name}"></a>`);
  if (targets.length + links.length === 0) return html;
  const block = `<div class="bd-chunk-link-targets" style="display:none" aria-hidden="true">${targets.join('')}${links.join('')}</div>`;
  const end = html.lastIndexOf('</body>');
  return end < 0 ? html + block : `${html.slice(0, end)}${block}\n${html.slice(end)}`;
}
