import type { Tally } from './score-article';

type Row = [label: string, value: (t: Tally) => string];

const ratio = (part: number, whole: number): string => (whole === 0 ? '-' : (part / whole).toFixed(3));
const of = (part: number, whole: number): string => `${ratio(part, whole)} (${part}/${whole})`;
const f1 = (p: number, r: number): string => (p + r === 0 ? '-' : ((2 * p * r) / (p + r)).toFixed(3));

const rows: Row[] = [
  ['articles', (t) => String(t.articles)],
  ['quotation precision', (t) => of(t.quotesMatched, t.quotesFound)],
  ['quotation recall', (t) => of(t.quotesMatched, t.quotesLabelled)],
  ['quotation F1', (t) => f1(t.quotesMatched / (t.quotesFound || 1), t.quotesMatched / (t.quotesLabelled || 1))],
  ['speaker accuracy (found quotes)', (t) => of(t.speakersRight, t.quotesMatched)],
  ['other marked texts highlighted', (t) => of(t.otherMarkedHighlighted, t.otherMarkedLabelled)],
  ['topic top-1 (main topic first)', (t) => of(t.topicTop1, t.articles)],
  ['topic top-1 main or other', (t) => of(t.topicTop1Fair, t.articles)],
  ['topic top-3 (main in first 3)', (t) => of(t.topicTop3, t.articles)],
  ['headings found', (t) => String(t.headingsMatched)],
  ['headings missed', (t) => String(t.headingsLabelled - t.headingsMatched)],
  ['headings false', (t) => String(t.headingsFound - t.headingsMatched)],
  ['heading precision', (t) => of(t.headingsMatched, t.headingsFound)],
  ['heading recall', (t) => of(t.headingsMatched, t.headingsLabelled)],
  ['headline titles right', (t) => of(t.headlinesRight, t.headlinesLabelled)],
  ['lead titles taken as headline', (t) => of(t.leadTitlesTakenAsHeadline, t.leadTitlesLabelled)],
  ['people recall', (t) => of(t.peopleFound, t.peopleLabelled)],
  ['people precision (vs label)', (t) => of(t.peopleFound, t.peopleListed)],
  ['organisations recall', (t) => of(t.organisationsFound, t.organisationsLabelled)],
  ['organisations precision (vs label)', (t) => of(t.organisationsFound, t.organisationsListed)],
  ['places recall', (t) => of(t.placesFound, t.placesLabelled)],
  ['places precision (vs label)', (t) => of(t.placesFound, t.placesListed)],
  ['junk lines labelled', (t) => String(t.junkLines)],
  ['junk removed or kept as metadata', (t) => of(t.junkHandled, t.junkLines)],
  ['  ... in the right place', (t) => of(t.junkInRightPlace, t.junkLines)],
  ['junk missed (shown as body)', (t) => of(t.junkShownAsBody, t.junkLines)],
  ['articles with no junk as body', (t) => of(t.junkArticlesClean, t.junkArticles)],
];

/** The figures as an aligned text table, one column per subset of the evaluation set. */
export function evalTable(columns: { name: string; tally: Tally }[]): string {
  const cells = rows.map(([label, value]) => [label, ...columns.map((column) => value(column.tally))]);
  const header = ['', ...columns.map((column) => column.name)];
  const widths = header.map((_, i) => Math.max(...[header, ...cells].map((row) => (row[i] ?? '').length)));
  const line = (row: string[]): string =>
    row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}
