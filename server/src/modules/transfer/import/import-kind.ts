import type { RequestSession } from '../../../session/request-session';
import type { Writer } from '../../../session/writer';
import type { ColumnSpec } from './columns';
import type { Places } from './places';
import type { Problem, ReportBuilder } from './report';
import type { ImportKindName } from '../../../../../shared/import-report';
import type { Cell } from './sheet-row';
import type { ImportTrail } from './traced-updates';

export type DuplicatePolicy = 'skip' | 'update';

/** What a kind of import is given: the caller's session, the one district rows land in, and the report. */
export interface ImportContext {
  /** The caller's session, over everything it reaches (ID numbers held in its other districts, province-level activities). */
  session: RequestSession;
  /** The caller's session narrowed to the target district: every read of the district's own rows goes through it. */
  target: RequestSession;
  districtId: number;
  duplicates: DuplicatePolicy;
  report: ReportBuilder;
  places: Places;
  activityId: number | null;
  /** Where row changes are recorded (import/traced-updates.ts). */
  trail: ImportTrail;
}

/** One data row of the file, read through the column map. */
export interface RowCells {
  line: number;
  cell(key: string): Cell;
  /** The cell's text, tidied ('' when the column is absent or the cell blank). */
  text(key: string): string;
  /** Reports a problem with the cell of column `key`. */
  error(key: string | null, problem: Problem): void;
}

/**
 * A kind of import (participants, villages, attendance): `check` reads each row as it streams by,
 * `settle` compares the rows checked since the last call with the database in one batch (duplicates;
 * it takes its batch synchronously, before its first await), and `write` stores what has been
 * settled and not yet written, inside the import's transaction (called after each batch and at the end).
 */
export interface KindImporter {
  check(row: RowCells): void;
  /** `w`: the import's transaction when committing (look-ups then see its own rows cheaply), else null. */
  settle(w: Writer | null): Promise<void>;
  /** `w` is the target district's (RequestSession.narrowedTo), so its reads reach that district only. */
  write(w: Writer): Promise<void>;
}

export interface ImportKind {
  name: ImportKindName;
  columns: ColumnSpec[];
  /** Groups of columns of which at least one must be present (e.g. commune code or name). */
  oneOf: string[][];
  open(context: ImportContext): Promise<KindImporter>;
}
