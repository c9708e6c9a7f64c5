import ExcelJS from 'exceljs';
import type { ReportFrame } from './report-frame';
import type { DistrictReport } from './district-report.service';
import { DISTRICT_COLUMNS, type Column, type Line } from './report-columns';
import { ACTIVITY_COLUMNS, COMMUNE_COLUMNS } from './report-pdf';
import type { PdfColumn } from './pdf-document';
import { framedSheet, signatureBlock } from './workbook-frame';

/** A table of the PDF as workbook columns (text cells, as printed): one description of the communes and activities. */
const asColumns = <T>(columns: PdfColumn<T>[]): Column[] => columns.map((c) => ({ header: c.header, value: () => null, width: Math.round(c.width / 2) + 6 }));

/** A district's own report as a workbook: its row, its communes of the year, its activities of the year. */
export function districtWorkbook(report: DistrictReport, frame: ReportFrame): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Portal 135';
  workbook.created = report.generatedAt;
  const line: Line = { label: report.district.name, row: report.row };
  const district = framedSheet(workbook, 'Huyện', frame, DISTRICT_COLUMNS);
  district.addRow(DISTRICT_COLUMNS.map((c) => c.value(line)));
  signatureBlock(district, frame, DISTRICT_COLUMNS.length);

  const communes = framedSheet(workbook, 'Xã', frame, asColumns(COMMUNE_COLUMNS));
  for (const c of report.communes) communes.addRow([c.code, c.name, COMMUNE_COLUMNS[2].cell(c), c.villages, c.peopleTrained]);
  signatureBlock(communes, frame, COMMUNE_COLUMNS.length);

  const activities = framedSheet(workbook, 'Hoạt động', frame, asColumns(ACTIVITY_COLUMNS));
  for (const a of report.activities) {
    const row = activities.addRow([
      a.title,
      ACTIVITY_COLUMNS[1].cell(a),
      ACTIVITY_COLUMNS[2].cell(a),
      ACTIVITY_COLUMNS[3].cell(a),
      a.plannedCost,
      a.actualCost,
      a.registered,
      a.attended,
      a.completed,
    ]);
    row.getCell(5).numFmt = '#,##0';
    row.getCell(6).numFmt = '#,##0';
  }
  signatureBlock(activities, frame, ACTIVITY_COLUMNS.length);
  return workbook;
}
