import { Router } from 'express';
import type { DataSource } from 'typeorm';
import type { AuthServices } from '../../auth/auth-services';
import { importHandler } from './import/import.handler';
import { exportHandler } from './export/export.handler';
import { sendRestError, sendRestFailure } from '../../http/rest-errors';
import { noSuchFile } from '../../shared/errors';
import { sendTemplate } from './templates';
import type { UploadSpool } from './import/upload-spool';

/**
 * Files in and out (docs/IMPORT.md): import templates, bulk import with a dry run, and streamed
 * exports. Authenticated like /graphql (bearer token or the web’s session cookie), scoped by the same request session.
 */
/** `maxImportBytes`: the largest accepted upload (config.ts importMaxBytes); past it 413 FILE_TOO_LARGE. */
export function transferRouter(db: DataSource, auth: AuthServices, spool: UploadSpool, maxImportBytes: number): Router {
  const router = Router();
  router.get('/templates/:file', async (req, res) => {
    try {
      const [kind, format] = String(req.params.file).split('.');
      if ((format !== 'csv' && format !== 'xlsx') || !(await sendTemplate(res, kind, format))) {
        sendRestError(res, noSuchFile('errors.noSuchTemplate'));
      }
    } catch (error) {
      sendRestFailure(res, error);
    }
  });
  router.post('/import/:kind', importHandler(db, auth, maxImportBytes, spool));
  router.get('/export/:file', exportHandler(db, auth));
  return router;
}
