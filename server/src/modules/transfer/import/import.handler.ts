import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import type { AuthServices } from '../../../auth/auth-services';
import { requestSession } from '../../../auth/build-context';
import { badInput, fileTooLarge, noSuchFile, notFound } from '../../../shared/errors';
import type { RequestSession } from '../../../session/request-session';
import { sendRestError, sendRestFailure } from '../../../http/rest-errors';
import { IMPORT_KINDS } from './import-kinds';
import { runImport } from './import-runner';
import { formatMegabytes } from './upload';
import type { UploadSpool } from './upload-spool';

/**
 * POST /api/import/:kind?mode=dry-run|commit&duplicates=skip|update[&districtId=][&activityId=]
 * with the file as the raw body. Answers NDJSON: progress lines, then one report (docs/IMPORT.md).
 */
export function importHandler(db: DataSource, auth: AuthServices, maxBytes: number, spool: UploadSpool) {
  return async (req: Request, res: Response): Promise<void> => {
    try {
      const session = await requestSession(db, auth, req, res);
      session.scope.requireCaller(); // anonymous: UNAUTHENTICATED
      const kind = IMPORT_KINDS[String(req.params.kind)];
      if (!kind) return sendRestError(res, noSuchFile('errors.noSuchImport', { kind: String(req.params.kind) }));
      const mode = oneOf(req.query.mode, ['dry-run', 'commit'] as const, 'dry-run', 'mode');
      const duplicates = oneOf(req.query.duplicates, ['skip', 'update'] as const, 'skip', 'duplicates');
      // A dry run writes nothing, but it tells whether ID numbers are registered: writers only, as the API.
      session.scope.assertCanWrite();
      const districtId = targetDistrict(session, req.query.districtId);
      const activityId = kind.name === 'attendance' ? requiredInt(req.query.activityId, 'activityId') : null;
      const declared = Number(req.headers['content-length'] ?? 0);
      if (declared > maxBytes) {
        res.setHeader('connection', 'close');
        return sendRestError(res, fileTooLarge(formatMegabytes(maxBytes), maxBytes));
      }
      const fileName = decodeFileName(req.headers['x-filename']);
      const report = await runImport(
        session,
        { kind, mode, duplicates, districtId, activityId, fileName, contentType: String(req.headers['content-type'] ?? ''), maxBytes, spool },
        req,
        (rowsRead) => writeLine(res, { type: 'progress', rowsRead }),
      );
      // Refused before the whole body was read (a heading too long, too many rows): the rest of the body is
      // left unread, so the connection must not carry another request.
      if (!req.complete && !res.headersSent) res.setHeader('connection', 'close');
      writeLine(res, report);
      res.end();
    } catch (error) {
      sendRestFailure(res, error);
    }
  };
}

function writeLine(res: Response, line: object): void {
  if (!res.headersSent) {
    res.status(200).setHeader('content-type', 'application/x-ndjson; charset=utf-8');
    res.setHeader('cache-control', 'no-store');
  }
  res.write(`${JSON.stringify(line)}\n`);
}

/**
 * Rows land in one district: a district caller's own; the province names it with ?districtId=, which
 * must be in its scope (another province's district answers NOT_FOUND like a missing one).
 */
function targetDistrict(session: RequestSession, raw: unknown): number {
  const caller = session.caller;
  const asked = raw === undefined ? null : requiredInt(raw, 'districtId');
  if (asked === null) {
    if (session.scope.isProvinceWide || caller.districtId === null) throw badInput('districtId', 'errors.importNeedsDistrict');
    return caller.districtId;
  }
  // Checked here, not left to narrowedTo(), so that NOT_FOUND names the query parameter (field: districtId).
  if (!session.scope.includesDistrict(asked)) throw notFound('District', asked, 'districtId');
  return asked;
}

function requiredInt(raw: unknown, field: string): number {
  const n = Number(raw);
  if (typeof raw !== 'string' || !/^\d+$/.test(raw) || !Number.isSafeInteger(n)) throw badInput(field, 'errors.wholeNumber');
  return n;
}

function oneOf<T extends string>(raw: unknown, allowed: readonly T[], fallback: T, field: string): T {
  if (raw === undefined) return fallback;
  if (!allowed.includes(raw as T)) throw badInput(field, 'errors.oneOf', { values: allowed.join(', ') });
  return raw as T;
}

/** X-Filename may be percent-encoded (headers are Latin-1; Vietnamese file names are not). */
function decodeFileName(raw: string | string[] | undefined): string {
  const name = Array.isArray(raw) ? raw[0] : (raw ?? '');
  try {
    return decodeURIComponent(name).slice(0, 200);
  } catch {
    return name.slice(0, 200);
  }
}
