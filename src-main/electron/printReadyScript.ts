/**
 * Page script (source text for `executeJavaScript`) that resolves when the print document sets
 * `<html data-bd-print-ready="true">` (see pdfPrinter.ts): used by the printer and the pre-export probe.
 */
export const WAIT_FOR_PRINT_READY = `new Promise((resolve) => {
  const ready = () => document.documentElement.getAttribute('data-bd-print-ready') === 'true';
  if (ready()) return resolve(true);
  new MutationObserver((_, observer) => { if (ready()) { observer.disconnect(); resolve(true); } })
    .observe(document.documentElement, { attributes: true });
})`;
