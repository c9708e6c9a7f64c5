import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import type { AuthServices } from '../../../auth/auth-services';
import { requestSession } from '../../../auth/build-context';
import type { RequestSession } from '../../../session/request-session';
import { sendRestError, sendRestFailure } from '../../../http/rest-errors';
import { noSuchFile } from '../../../shared/errors';
import { activityFilterOf, exportActivities } from './activities-export';
import { exportParticipants, participantFilterOf } from './participants-export';
import { QueryFilters } from './query-filters';
import { assertSearchAllowed } from '../../participants/participant-filter';
import { deferredSink, tableSink, type ExportFormat, type TableSink } from './table-sink';
import { exportVillages, villageFilterOf } from './villages-export';

type Exporter = (session: RequestSession, q: QueryFilters, format: ExportFormat) => { run: (sink: TableSink) => Promise<void> };

/** Filters are read before the first byte is sent, so a bad filter is a clean 400. */
const EXPORTS: Record<string, Exporter> = {
  participants: (session, q) => {
    const filter = participantFilterOf(q);
    assertSearchAllowed(filter.search, session.scope.seesPersonalData);
    return { run: (sink) => exportParticipants(session, filter, sink) };
  },
  villages: (session, q) => {
    const filter = villageFilterOf(q);
    return { run: (sink) => exportVillages(session, filter, sink) };
  },
  activities: (session, q, format) => {
    const filter = activityFilterOf(q);
    return { run: (sink) => exportActivities(session, filter, format, sink) };
  },
};

/** GET /api/export/:list.:format with the list's filters in the query string; any signed-in caller, scoped. */
export function exportHandler(db: DataSource, auth: AuthServices) {
  return async (req: Request, res: Response): Promise<void> => {
    try {
      const session = await requestSession(db, auth, req, res);
      session.scope.requireCaller(); // anonymous: UNAUTHENTICATED
      const [list, format] = String(req.params.file).split('.');
      const exporter = EXPORTS[list];
      if (!exporter || (format !== 'csv' && format !== 'xlsx')) {
        return sendRestError(res, noSuchFile('errors.noSuchExport'));
      }
      const job = exporter(session, new QueryFilters(req.query), format);
      const stamp = new Date().toISOString().slice(0, 10);
      const sink = deferredSink(() => {
        res
          .status(200)
          .setHeader('content-type', format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
        res.setHeader('content-disposition', `attachment; filename="${list}-${stamp}.${format}"`);
        res.setHeader('cache-control', 'no-store');
        return tableSink(format, res);
      });
      await job.run(sink);
      await sink.end();
    } catch (error) {
      // Once bytes are out, the status cannot change: the download is cut short and the error logged.
      sendRestFailure(res, error);
    }
  };
}
