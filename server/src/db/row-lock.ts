import type { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { isMysql } from '../shared/sql-dialect';

/** `SELECT … FOR UPDATE` on MySQL; SQLite serialises writers already (see db/transactions.ts). */
export function lockForUpdate<T extends ObjectLiteral>(manager: EntityManager, qb: SelectQueryBuilder<T>): SelectQueryBuilder<T> {
  return isMysql(manager) ? qb.setLock('pessimistic_write') : qb;
}
