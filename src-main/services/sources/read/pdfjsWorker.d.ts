/** pdfjs-dist ships no types for its worker module; BriefDeck only hands the module object to pdfjs (readPdf.ts). */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs';
