import pino, { type DestinationStream, type Logger } from 'pino';
import { logLevelOf } from './config';
import { currentRequestId } from './shared/request-store';

/** A line written while serving a request names it (`reqId`, the X-Request-Id of its answer and access line). */
function requestIdOfLine(): { reqId?: string } {
  const id = currentRequestId();
  return id === null ? {} : { reqId: id };
}

/** A structured logger (JSON lines, on stdout unless `destination` says otherwise: tests read their own). */
export function createLogger(level = logLevelOf(), destination?: DestinationStream): Logger {
  const options = { level, mixin: requestIdOfLine };
  return destination ? pino(options, destination) : pino(options);
}

/** The process-wide logger. */
export const logger = createLogger();
