import type { DataSource, EntityManager } from 'typeorm';
import type { Scope } from '../../../tenancy/scope';
import type { ColumnSpec } from './columns';
import type { Places } from './places';
import type { Problem, ReportBuilder } from './report';
import type { ImportKindName } from '../../../../../shared/import-report';
import type { Cell } from './sheet-row';
import type { ImportTrail } from './traced-updates';

export type DuplicatePolicy = 'skip' | 'update';

/** What a kind of import is given: the caller's scope, the one district rows land in, and the report. */
export interface ImportContext {
  db: DataSource;
  scope: Scope;
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
  /** `tx`: the import's transaction when committing (look-ups then see its own rows cheaply), else null. */
  settle(tx: EntityManager | null): Promise<void>;
  write(tx: EntityManager): Promise<void>;
}

export interface ImportKind {
  name: ImportKindName;
  columns: ColumnSpec[];
  /** Groups of columns of which at least one must be present (e.g. commune code or name). */
  oneOf: string[][];
  open(context: ImportContext): Promise<KindImporter>;
}

/** Rows per multi-row INSERT: big enough to amortise round trips, small enough for any packet limit. */
export const INSERT_BATCH = 500;

/**
 * Multi-row INSERTs of INSERT_BATCH rows. The statement is written here from the entity's metadata
 * rather than by the query builder, whose per-parameter bookkeeping cost more than the database's
 * own work at 8,000 parameters a statement; values still pass through the driver's own conversion
 * (dates, booleans) and as bound parameters, so the SQL is the same on both engines.
 * Rows are complete: every column but the generated id is given (version 1, both timestamps now).
 */
export async function insertInBatches<T extends object>(tx: EntityManager, entity: new () => T, rows: Partial<T>[]): Promise<void> {
  if (rows.length === 0) return;
  const metadata = tx.connection.getMetadata(entity);
  const driver = tx.connection.driver;
  const columns = metadata.columns.filter((c) => !c.isGenerated);
  const now = new Date();
  const fixed = new Map<string, unknown>([
    ...(metadata.versionColumn ? [[metadata.versionColumn.propertyName, 1] as const] : []),
    ...(metadata.createDateColumn ? [[metadata.createDateColumn.propertyName, now] as const] : []),
    ...(metadata.updateDateColumn ? [[metadata.updateDateColumn.propertyName, now] as const] : []),
  ]);
  const head = `INSERT INTO ${driver.escape(metadata.tableName)} (${columns.map((c) => driver.escape(c.databaseName)).join(', ')}) VALUES `;
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  for (let start = 0; start < rows.length; start += INSERT_BATCH) {
    const chunk = rows.slice(start, start + INSERT_BATCH);
    const parameters: unknown[] = [];
    for (const row of chunk) {
      for (const column of columns) {
        const value = fixed.has(column.propertyName) ? fixed.get(column.propertyName) : (row as Record<string, unknown>)[column.propertyName];
        parameters.push(driver.preparePersistentValue(value === undefined ? (column.default ?? null) : value, column));
      }
    }
    await tx.query(head + chunk.map(() => tuple).join(', '), parameters);
  }
}
