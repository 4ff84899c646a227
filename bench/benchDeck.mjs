// A text-only benchmark deck of N slides (16:9, briefing-light): a title slide, then bullets, BLUF, two-column,
// table, timeline and quote slides in turn, each citing one source, and a sources slide at the end.
const cite = (i) => [{ sourceId: 'src', paragraphs: [(i % 19) + 1] }];

function slide(i) {
  const id = `s${i}`;
  switch (i % 6) {
    case 0: return { id, layout: 'bullets', title: `Point ${i}: drivers of alignment`, bullets: [0, 1, 2, 3, 4].map((k) => ({ text: `Finding ${k + 1} of slide ${i}, with *emphasis* and a dated fact (2023-10-${10 + k})`, level: k % 2, citations: cite(i + k) })) };
    case 1: return { id, layout: 'bluf', title: `Bottom line ${i}`, bluf: 'Ankara and Tehran converge on Gaza but diverge on Syria and the South Caucasus.', judgments: ['high', 'moderate', 'low'].map((c, k) => ({ text: `Judgment ${k + 1} on slide ${i}`, confidence: c, likelihood: 'likely', citations: cite(i + k) })) };
    case 2: return { id, layout: 'two-column', title: `Compared ${i}`, left: { heading: 'Turkey', bullets: [{ text: 'NATO member; hosts Hamas figures' }, { text: 'Opposes the YPG' }] }, right: { heading: 'Iran', bullets: [{ text: 'Backs the axis of resistance' }, { text: 'Wants the US out of Syria' }] }, citations: cite(i) };
    case 3: return { id, layout: 'table', title: `Positions ${i}`, columns: ['Issue', 'Turkey', 'Iran'], rows: [['Syria', 'Opposes Assad', 'Backs Assad'], ['NATO', 'Member', 'Opposes'], ['Zangezur', 'Supports', 'Opposes'], ['BRICS', 'Applicant', 'Member']], citations: cite(i) };
    case 4: return { id, layout: 'timeline', title: `Timeline ${i}`, entries: [7, 12, 17, 26, 31].map((d) => ({ date: `2023-10-${String(d).padStart(2, '0')}`, event: `Event on ${d} October`, citations: cite(d) })) };
    default: return { id, layout: 'quote', title: `In their words ${i}`, quote: 'The war shows how little leverage the ties give.', attribution: 'An analyst, 2023' };
  }
}

/** The deck JSON (a `.briefdeck` file's content) with `n` slides in all. */
export function benchDeck(n) {
  const slides = [{ id: 't', layout: 'title', title: `Benchmark deck, ${n} slides`, subtitle: 'Text only' }];
  for (let i = 1; i < n - 1; i++) slides.push(slide(i));
  slides.push({ id: 'sources', layout: 'sources', title: 'Sources' });
  return {
    schemaVersion: 1, title: `Benchmark ${n}`, author: 'bench', date: '2023-11-15', language: 'en', direction: 'ltr', theme: 'briefing-light',
    classification: { text: 'UNCLASSIFIED // FOR TRAINING', level: 'unclassified' },
    sources: [{ id: 'src', title: 'Turkey and Iran: toward an axis of revisionism?', authors: ['A. Author'], publisher: 'MEI', date: '2023-11', url: 'https://example.org' }],
    slides: slides.slice(0, n),
  };
}
