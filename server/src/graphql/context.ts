import type { DataSource } from 'typeorm';

/** What every resolver receives for one request. */
export interface RequestContext {
  db: DataSource;
}
