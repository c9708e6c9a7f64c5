import { Router, type NextFunction, type Request, type Response } from 'express';
import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import type ExcelJS from 'exceljs';
import { requestSession } from '../../auth/build-context';
import type { AuthServices } from '../../auth/auth-services';
import type { RequestSession } from '../../session/request-session';
import type { ReportIssuerConfig } from '../../config';
import { sendRestError, sendRestFailure } from '../../http/rest-errors';
import { badInput, unauthenticated } from '../../shared/errors';
import { assertYear } from '../../domain/periods/fiscal-year';
import { provinceReport } from './province-report.service';
import { districtReport } from './district-report.service';
import { provinceWorkbook } from './province-workbook';
import { districtWorkbook } from './district-workbook';
import { districtFrame, provinceFrame } from './report-frame';
import { districtPdf, provincePdf } from './report-pdf';
import type { ReportPdf } from './pdf-document';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type Format = 'xlsx' | 'pdf';

/**
 * The year's reports as documents, with the caller's credentials (token or session cookie) and scope
 * (docs/API.md, "Printed reports"):
 *   GET /reports/province.xlsx|pdf?fiscalYear=2020                 the districts in the caller's scope
 *   GET /reports/district.xlsx|pdf?fiscalYear=2020&districtId=3     one district; a district caller may omit districtId
 * A district outside the caller's scope answers 404 NOT_FOUND, exactly like a missing one.
 */
export function reportRoutes(db: DataSource, auth: AuthServices, issuer: ReportIssuerConfig): Router {
  const router = Router();
  const province = (format: Format) => async (req: Request, res: Response) => {
    const { session, fiscalYear } = await callerAndYear(db, auth, req, res);
    const report = await provinceReport(session, fiscalYear);
    const frame = provinceFrame(issuer, report.province, fiscalYear, report.districts, report.generatedAt);
    await send(
      res,
      format,
      `bao-cao-p135-${fiscalYear}`,
      () => provinceWorkbook(report, frame),
      () => provincePdf(report, frame),
    );
  };
  const district = (format: Format) => async (req: Request, res: Response) => {
    const { session, fiscalYear } = await callerAndYear(db, auth, req, res);
    const report = await districtReport(session.narrowedTo(districtIdOf(req, session)), fiscalYear);
    const frame = districtFrame(report.province, report.district, fiscalYear, report.row, report.generatedAt);
    await send(
      res,
      format,
      `bao-cao-p135-${fiscalYear}-${report.district.code}`,
      () => districtWorkbook(report, frame),
      () => districtPdf(report, frame),
    );
  };
  for (const format of ['xlsx', 'pdf'] as const) {
    router.get(`/province.${format}`, guarded(province(format)));
    router.get(`/district.${format}`, guarded(district(format)));
  }
  return router;
}

/** Thrown once the answer is already sent (401): the handler stops there. */
class Answered extends Error {}

/**
 * Every failure answers coded: the API's own errors (NOT_FOUND, BAD_USER_INPUT) with their status; the database
 * being away and anything unexpected go to the app's handler (503 SERVICE_UNAVAILABLE, or a logged, masked 500).
 */
const guarded = (handler: (req: Request, res: Response) => Promise<void>) => async (req: Request, res: Response, next: NextFunction) => {
  try {
    await handler(req, res);
  } catch (error) {
    if (error instanceof Answered) return;
    if (error instanceof GraphQLError) sendRestFailure(res, error);
    else next(error);
  }
};

/** A refused API key answers 401 UNAUTHENTICATED through `guarded`, as on /graphql and the file endpoints. */
async function callerAndYear(db: DataSource, auth: AuthServices, req: Request, res: Response): Promise<{ session: RequestSession; fiscalYear: number }> {
  const session = await requestSession(db, auth, req, res);
  if (!session.scope.caller) {
    sendRestError(res, unauthenticated());
    throw new Answered();
  }
  const fiscalYear = Number(req.query.fiscalYear);
  assertYear(fiscalYear);
  return { session, fiscalYear };
}

/** The district asked for; a district caller's own when it names none. Reach is checked by RequestSession.narrowedTo. */
function districtIdOf(req: Request, session: RequestSession): number {
  const raw = req.query.districtId;
  if (raw === undefined || raw === '') {
    if (session.scope.isProvinceWide) throw badInput('districtId', 'errors.districtRequired');
    return session.scope.districtIds[0];
  }
  const id = Number(raw);
  if (!Number.isSafeInteger(id) || id <= 0) throw badInput('districtId', 'errors.positiveWholeNumber');
  return id;
}

async function send(res: Response, format: Format, name: string, workbook: () => ExcelJS.Workbook, pdf: () => ReportPdf): Promise<void> {
  res.setHeader('Content-Disposition', `attachment; filename="${name}.${format}"`);
  if (format === 'xlsx') {
    res.setHeader('Content-Type', XLSX);
    await workbook().xlsx.write(res);
    res.end();
    return;
  }
  res.setHeader('Content-Type', 'application/pdf');
  const document = pdf();
  await new Promise<void>((resolve, reject) => {
    document.doc.on('error', reject);
    res.on('finish', resolve);
    res.on('close', resolve);
    document.doc.pipe(res);
    document.end();
  });
}
