import mysql from 'mysql2';
import { logger } from '../logger';

/**
 * Bounds every statement of every pooled MySQL/MariaDB connection, so that a hung query (a lock held
 * elsewhere, a runaway plan) cannot hold a request, and its pool connection, forever. A cut statement
 * fails with errno 1969 (MariaDB) or 3024 (MySQL), answered SERVICE_UNAVAILABLE (shared/errors.ts).
 *
 * The two servers name the limit differently: MariaDB's `max_statement_time` (seconds, every statement,
 * lock waits included) and MySQL's `max_execution_time` (milliseconds, read-only SELECTs only). The
 * connection event fires before the pool hands the new connection out, and mysql2 runs a connection's
 * commands in order, so the session is limited before its first statement. The flavour is chosen in SQL
 * (VERSION() names MariaDB) because the statements must be queued before any answer could be read.
 */
export function sessionTimeoutStatements(timeoutMs: number): string[] {
  const mariadb = `SET SESSION max_statement_time = ${(timeoutMs / 1000).toFixed(3)}`;
  const mysqlServer = `SET SESSION max_execution_time = ${Math.round(timeoutMs)}`;
  return [
    `SET @p135_statement_limit = IF(VERSION() LIKE '%MariaDB%', '${mariadb}', '${mysqlServer}')`,
    'PREPARE p135_statement_limit FROM @p135_statement_limit',
    'EXECUTE p135_statement_limit',
    'DEALLOCATE PREPARE p135_statement_limit',
  ];
}

/** The mysql2 module as TypeORM's `driver` option, its pools limiting every new connection; 0 means no limit. */
export function mysqlDriverWithStatementTimeout(timeoutMs: number): typeof mysql {
  if (!timeoutMs) return mysql;
  const statements = sessionTimeoutStatements(timeoutMs);
  return {
    ...mysql,
    createPool(options: mysql.PoolOptions) {
      const pool = mysql.createPool(options);
      pool.on('connection', (connection) => {
        for (const sql of statements) {
          connection.query(sql, (error) => {
            if (error) logger.warn({ err: error }, 'could not set the statement time limit on a database connection');
          });
        }
      });
      return pool;
    },
  } as typeof mysql;
}
