import { Router } from 'express';
import type { DataSource } from 'typeorm';
import { requestScope } from '../../auth/build-context';
import type { AuthServices } from '../../auth/auth-services';
import { provinceReport } from './province-report.service';
import { provinceWorkbook } from './province-workbook';

/**
 * GET /reports/province.xlsx?fiscalYear=2019 with the caller's credentials (token or session cookie):
 * the same figures as provinceReport, scoped the same way, as an Excel workbook.
 */
export function reportRoutes(db: DataSource, auth: AuthServices): Router {
  const router = Router();
  router.get('/province.xlsx', async (req, res, next) => {
    try {
      const scope = await requestScope(db, auth, req, res);
      if (!scope.caller) {
        res.status(401).json({ error: { code: 'UNAUTHENTICATED', message: 'Sign in first' } });
        return;
      }
      const fiscalYear = Number(req.query.fiscalYear);
      if (!Number.isInteger(fiscalYear) || fiscalYear < 2000 || fiscalYear > 2100) {
        res.status(400).json({ error: { code: 'BAD_USER_INPUT', field: 'fiscalYear', message: 'fiscalYear must be a year between 2000 and 2100' } });
        return;
      }
      const workbook = provinceWorkbook(await provinceReport(db, scope, fiscalYear));
      res.setHeader('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      res.setHeader('Content-Disposition', `attachment; filename="bao-cao-p135-${fiscalYear}.xlsx"`);
      await workbook.xlsx.write(res);
      res.end();
    } catch (error) {
      next(error);
    }
  });
  return router;
}
