/**
 * Makes JavaScript source safe to place inside an HTML `<script>` element: `<!--`, `<script` and `</script` (any
 * case) get their `<` written as `\x3C`, which means `<` inside a JS string, template or regex literal, the only
 * places such text occurs in bundled code. Without it, the HTML parser could end the element early or enter the
 * "script data double escaped" state (HTML Standard, 13.2.5.20). Hash the returned text, not the input.
 */
export function inlineScriptText(js: string): string {
  return js.replace(/<(?=!--|\/?script)/gi, '\\x3C');
}

/** Makes CSS safe inside a `<style>` element: a literal `</style` cannot close it early (`<` becomes `\3C `). */
export function inlineStyleText(css: string): string {
  return css.replace(/<(?=\/style)/gi, '\\3C ');
}
