import { Column } from 'typeorm';
import { moneyTransformer } from '../shared/money';

/** Whole VND in a BIGINT (see shared/money.ts). */
export function MoneyColumn(options: { nullable?: boolean; default?: number } = {}): PropertyDecorator {
  return Column({ type: 'bigint', transformer: moneyTransformer, ...options });
}

/** Enums are stored as short strings: portable across engines and readable in a SQL console. */
export function EnumColumn(options: { nullable?: boolean; default?: string } = {}): PropertyDecorator {
  return Column({ type: 'varchar', length: 24, ...options });
}

/** A calendar date without time, kept as 'YYYY-MM-DD'. */
export function DateColumn(options: { nullable?: boolean } = {}): PropertyDecorator {
  return Column({ type: 'date', ...options });
}
