import type { DataSource, EntityManager } from 'typeorm';

/**
 * The few SQL expressions that differ between MySQL/MariaDB and SQLite. Everything else is portable
 * query-builder SQL; vendor functions live here and nowhere else.
 */
export function isMysql(db: DataSource | EntityManager): boolean {
  const type = 'connection' in db ? db.connection.options.type : db.options.type;
  return type === 'mysql' || type === 'mariadb';
}

/** Month number (1–12) of a DATE column kept as 'YYYY-MM-DD'. */
export function monthOf(db: DataSource | EntityManager, column: string): string {
  return isMysql(db) ? `MONTH(${column})` : `CAST(strftime('%m', ${column}) AS INTEGER)`;
}
