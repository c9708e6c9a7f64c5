import type { Server, ServerResponse } from 'node:http';
import { logger } from './logger';

export interface ShutdownOptions {
  /** Past this, connections still open are cut and the process exits 1. */
  deadlineMs: number;
  /** Closes what the server holds once no request is left: Apollo, rate-limit store, database pool. */
  release: () => Promise<void>;
  exit?: (code: number) => void;
}

/**
 * Graceful stop on SIGTERM/SIGINT (a deploy, `docker stop`): refuse new connections at once, let the
 * requests in flight finish (their answers close the connection instead of keeping it alive), then close
 * the pool and exit 0. If requests are still running at the deadline, exit 1.
 */
export function closeGracefullyOnSignal(server: Server, options: ShutdownOptions): void {
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const inFlight = new Set<ServerResponse>();
  let stopping = false;

  server.on('request', (_req, res: ServerResponse) => {
    inFlight.add(res);
    if (stopping) res.setHeader('connection', 'close');
    res.on('close', () => inFlight.delete(res));
  });

  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal, inFlight: inFlight.size }, 'shutting down: no new connections, finishing requests in flight');
    const deadline = setTimeout(() => {
      logger.error({ inFlight: inFlight.size }, `requests still running after ${options.deadlineMs} ms: closing them`);
      server.closeAllConnections();
      exit(1);
    }, options.deadlineMs);
    for (const res of inFlight) if (!res.headersSent) res.setHeader('connection', 'close');
    // Kept-alive sockets with no request on them would hold the server open until their timeout.
    const sweeper = setInterval(() => server.closeIdleConnections(), 100);
    server.close(() => {
      clearInterval(sweeper);
      options
        .release()
        .then(() => {
          clearTimeout(deadline);
          logger.info('stopped cleanly');
          exit(0);
        })
        .catch((error: unknown) => {
          logger.error({ err: error }, 'closing the database failed');
          exit(1);
        });
    });
    server.closeIdleConnections();
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}
