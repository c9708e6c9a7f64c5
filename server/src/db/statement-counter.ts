import { AsyncLocalStorage } from 'node:async_hooks';
import { AbstractLogger, type LogLevel, type LogMessage } from 'typeorm';

/**
 * Counts the SQL statements each request sends, so tests can assert that a page of 100 rows costs
 * the same as a page of 10 and the benchmark can report statements per request.
 */
const current = new AsyncLocalStorage<{ statements: number }>();

export function countStatements<T>(work: () => T): { result: T; counter: { statements: number } } {
  const counter = { statements: 0 };
  return { result: current.run(counter, work), counter };
}

/** Runs `next` (the rest of an HTTP request) with a fresh counter and gives the counter back. */
export function startCounting(next: () => void): { statements: number } {
  const counter = { statements: 0 };
  current.run(counter, next);
  return counter;
}

/** TypeORM logger that only counts; attached to every data source. */
export class StatementCountingLogger extends AbstractLogger {
  override logQuery(): void {
    const store = current.getStore();
    if (store) store.statements++;
  }

  protected writeLog(_level: LogLevel, _message: LogMessage | LogMessage[]): void {
    // Counting only: errors reach the application through the rejected promise.
  }
}
