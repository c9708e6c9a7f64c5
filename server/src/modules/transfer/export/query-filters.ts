import type { Request } from 'express';
import { badInput } from '../../../shared/errors';

/** Reads list filters from a query string with the same names and meanings as the GraphQL filters. */
export class QueryFilters {
  constructor(private readonly query: Request['query']) {}

  private raw(name: string): string | undefined {
    const value = this.query[name];
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
  }

  int(name: string): number | null {
    const raw = this.raw(name);
    if (raw === undefined) return null;
    if (!/^-?\d+$/.test(raw)) throw badInput(name, 'errors.wholeNumber');
    return Number(raw);
  }

  bool(name: string): boolean | null {
    const raw = this.raw(name);
    if (raw === undefined) return null;
    if (raw !== 'true' && raw !== 'false') throw badInput(name, 'errors.trueOrFalse');
    return raw === 'true';
  }

  oneOf<T extends string>(name: string, values: Record<string, T>): T | null {
    const raw = this.raw(name);
    if (raw === undefined) return null;
    if (!Object.values(values).includes(raw as T)) throw badInput(name, 'errors.oneOf', { values: Object.values(values).join(', ') });
    return raw as T;
  }

  text(name: string, maxLength = 200): string | null {
    const raw = this.raw(name);
    if (raw !== undefined && raw.length > maxLength) throw badInput(name, 'rules.tooLong', { max: maxLength });
    return raw ?? null;
  }
}
