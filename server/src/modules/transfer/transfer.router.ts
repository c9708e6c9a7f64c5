import { Router } from 'express';
import type { DataSource } from 'typeorm';
import type { AuthServices } from '../../auth/auth-services';
import { importHandler } from './import/import.handler';
import { exportHandler } from './export/export.handler';
import { sendError, sendFailure } from './http-errors';
import { sendTemplate } from './templates';
import type { UploadSpool } from './import/upload-spool';

export interface TransferSettings {
  /** Largest accepted upload; IMPORT_MAX_MB (default 50). Past it: 413 FILE_TOO_LARGE. */
  maxImportBytes: number;
}

export function transferSettings(env: NodeJS.ProcessEnv = process.env): TransferSettings {
  const megabytes = Number(env.IMPORT_MAX_MB ?? 50);
  return { maxImportBytes: Math.round((Number.isFinite(megabytes) && megabytes > 0 ? megabytes : 50) * 1024 * 1024) };
}

/**
 * Files in and out (docs/IMPORT.md): import templates, bulk import with a dry run, and streamed
 * exports. Authenticated like /graphql (bearer token or the web's session cookie), scoped by the same Scope.
 */
export function transferRouter(db: DataSource, auth: AuthServices, spool: UploadSpool, settings: TransferSettings = transferSettings()): Router {
  const router = Router();
  router.get('/templates/:file', async (req, res) => {
    try {
      const [kind, format] = String(req.params.file).split('.');
      if ((format !== 'csv' && format !== 'xlsx') || !(await sendTemplate(res, kind, format))) {
        sendError(res, 'NOT_FOUND', 'Templates are participants, villages or attendance, as .csv or .xlsx');
      }
    } catch (error) {
      sendFailure(res, error);
    }
  });
  router.post('/import/:kind', importHandler(db, auth, settings.maxImportBytes, spool));
  router.get('/export/:file', exportHandler(db, auth));
  return router;
}
