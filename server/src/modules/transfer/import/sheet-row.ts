import type { MessageParams } from '../../../shared/messages';

/**
 * What every reader (CSV or XLSX) yields: the spreadsheet's row number as the user sees it and the
 * cell values, already reduced to plain values. A formula stays a formula so the import can refuse it.
 */
export type Cell = string | number | boolean | null | { formula: string };

export interface SheetRow {
  /** 1-based, as the spreadsheet shows it (the header is usually row 1). */
  line: number;
  cells: Cell[];
}

/**
 * A problem with the file as a whole (not one row): the import stops and writes nothing. `key` names
 * the message in the catalogue (shared/messages, usually `fileErrors.*`); the report says it in the
 * request's language.
 */
export class FileProblem extends Error {
  constructor(
    readonly code: string,
    readonly key: string,
    readonly params: MessageParams = {},
  ) {
    super(key);
  }
}

export function isBlank(cell: Cell | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

/** "A", "B", … "AA": how a spreadsheet names a column (0-based index in). */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
