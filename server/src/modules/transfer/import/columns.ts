import { foldForSearch } from '../../../shared/text';
import { columnLetter, FileProblem, isBlank, type Cell } from './sheet-row';
import { clip } from './report';
import { render, type MessageParams } from '../../../shared/messages';

/** One column of an import template: its Vietnamese heading, other headings accepted for it, an example. */
export interface ColumnSpec {
  key: string;
  header: string;
  aliases?: string[];
  required?: boolean;
  example: string | number;
  /** Accepted in the file (e.g. exported context columns) and not read. */
  ignored?: boolean;
}

/** Where each column of the template sits in the file, and the columns that have no heading at all. */
export interface ColumnMap {
  index: Map<string, number>;
  headless: number[];
  /** Cells past this many columns have no heading. */
  width: number;
}

const keyCache = new Map<string, string>();
/** Heading problems named in the message; the rest are counted, so a hostile heading gives a short answer. */
const MAX_PROBLEMS = 10;

/**
 * Headings (and the words of coded columns: genders, categories, groups, communes) compare ignoring
 * case, diacritics, punctuation and spacing: "Họ và tên" = "HO VA TEN" = "ho_va_ten". The same few words
 * come back on every row of a large file, so their keys are remembered (a bounded cache).
 */
export function headingKey(text: string): string {
  // Only short texts are remembered: 10,000 long cell values would fill the heap.
  if (text.length > 64) return foldForSearch(text).replace(/[^a-z0-9]+/g, '');
  let key = keyCache.get(text);
  if (key === undefined) {
    key = foldForSearch(text).replace(/[^a-z0-9]+/g, '');
    if (keyCache.size >= 10_000) keyCache.clear();
    keyCache.set(text, key);
  }
  return key;
}

/**
 * Reads the heading row against the template. Missing, unknown, repeated or empty headings (an empty
 * one between others is what merged heading cells leave behind) make the file unreadable as a whole.
 */
export function mapColumns(cells: Cell[], specs: ColumnSpec[], oneOf: string[][] = []): ColumnMap {
  const byHeading = new Map<string, ColumnSpec>();
  for (const spec of specs) for (const name of [spec.header, spec.key, ...(spec.aliases ?? [])]) byHeading.set(headingKey(name), spec);
  const lastFilled = cells.reduce<number>((last, cell, i) => (isBlank(cell) ? last : i), -1);
  const index = new Map<string, number>();
  const headless: number[] = [];
  const problems: string[] = [];
  // Each heading problem is said in the caller's words; they are listed in one message (params.problems).
  const say = (key: string, params: MessageParams) => problems.push(render(key, params));
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (isBlank(cell)) {
      if (i < lastFilled) say('fileErrors.columnNoHeading', { column: columnLetter(i) });
      headless.push(i);
      continue;
    }
    const spec = typeof cell === 'string' ? byHeading.get(headingKey(cell)) : undefined;
    if (!spec) say('fileErrors.unknownColumn', { heading: clip(String(typeof cell === 'object' && cell ? cell.formula : cell), 60), column: columnLetter(i) });
    else if (index.has(spec.key)) say('fileErrors.columnTwice', { heading: spec.header, first: columnLetter(index.get(spec.key)!), second: columnLetter(i) });
    else if (!spec.ignored) index.set(spec.key, i);
  }
  const missing = specs.filter((s) => s.required && !index.has(s.key)).map((s) => `“${s.header}”`);
  if (missing.length > 0) problems.unshift(render('fileErrors.missingColumns', { columns: missing.join(', ') }));
  for (const group of oneOf) {
    const columns = group.map((key) => `“${specs.find((s) => s.key === key)?.header}”`).join(' / ');
    if (!group.some((key) => index.has(key))) say('fileErrors.oneOfColumns', { columns });
  }
  if (problems.length > 0) {
    const more = problems.length - MAX_PROBLEMS;
    const listed = more > 0 ? [...problems.slice(0, MAX_PROBLEMS), render('fileErrors.andMore', { count: more })] : problems;
    const expected = specs.filter((s) => !s.ignored).map((s) => s.header);
    throw new FileProblem('BAD_COLUMNS', 'fileErrors.badColumns', { problems: listed.join('; '), expected: expected.join(', ') });
  }
  return { index, headless, width: cells.length };
}

/** How many cells of a row are template headings: the heading row is the first one where most are. */
export function headingScore(cells: Cell[], specs: ColumnSpec[]): number {
  const known = new Set(specs.flatMap((s) => [s.header, s.key, ...(s.aliases ?? [])].map(headingKey)));
  return cells.filter((c) => typeof c === 'string' && known.has(headingKey(c))).length;
}
