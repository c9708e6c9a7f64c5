import ExcelJS from 'exceljs';
import { ParticipantCategory } from '../../domain/participants/participant.entity';
import type { ProvinceReport } from './report.types';
import type { Budget } from '../funding/budget.types';
import type { ReportFrame } from './report-frame';
import { DISTRICT_COLUMNS, linesOf, MONEY, NAME_COLUMN, PERCENT, type Column, type Line } from './report-columns';
import { framedSheet, signatureBlock } from './workbook-frame';

export const CATEGORY_HEADERS: Record<ParticipantCategory, string> = {
  [ParticipantCategory.COMMUNE_OFFICIAL]: 'Cán bộ xã',
  [ParticipantCategory.VILLAGE_OFFICIAL]: 'Cán bộ thôn, bản',
  [ParticipantCategory.MONITORING_BOARD_MEMBER]: 'Thành viên ban giám sát',
  [ParticipantCategory.PRESTIGIOUS_PERSON]: 'Người có uy tín',
  [ParticipantCategory.RESIDENT]: 'Người dân',
};

/** The province report as an Excel workbook that prints as the signed document: districts, categories and funding. */
export function provinceWorkbook(report: ProvinceReport, frame: ReportFrame): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Portal 135';
  workbook.created = report.generatedAt;
  const lines = linesOf(report);

  const districts = framedSheet(workbook, 'Huyện', frame, DISTRICT_COLUMNS);
  lines.forEach((line) => districts.addRow(DISTRICT_COLUMNS.map((c) => c.value(line))));
  signatureBlock(districts, frame, DISTRICT_COLUMNS.length);

  const categoryColumns: Column[] = [
    NAME_COLUMN,
    ...Object.values(ParticipantCategory).map((category) => ({
      header: CATEGORY_HEADERS[category],
      value: (l: Line) => l.row.trainedByCategory?.find((c) => c.category === category)?.people ?? null,
      width: 14,
    })),
  ];
  const categories = framedSheet(workbook, 'Đối tượng', frame, categoryColumns);
  lines.filter((l) => l.row.trainedByCategory).forEach((line) => categories.addRow(categoryColumns.map((c) => c.value(line))));
  signatureBlock(categories, frame, categoryColumns.length);

  const funding = framedSheet(workbook, 'Kinh phí', frame, [
    { header: 'Nội dung', value: () => null, width: 48 },
    { header: 'Số tiền / tỷ lệ', value: () => null, width: 24 },
  ]);
  for (const [label, value, format] of budgetFigures(report.budget)) funding.addRow([label, value]).getCell(2).numFmt = format;
  signatureBlock(funding, frame, 2);
  return workbook;
}

/** The year's money as label, figure and number format: the funding sheet and the PDF print the same list. */
export function budgetFigures(b: Budget): [string, number | null, string][] {
  return [
    ['Vốn trung ương', b.central, MONEY],
    ['Đã phân bổ cho huyện', b.allocated, MONEY],
    ['Đã cam kết', b.committed, MONEY],
    ['Đã chi', b.spent, MONEY],
    [`Trần tham quan, trao đổi kinh nghiệm (${b.exchangeCap.percent}%)`, b.exchangeCap.cap, MONEY],
    ['Tham quan đã cam kết', b.exchangeCap.committed, MONEY],
    ['Còn lại trong trần', b.exchangeCap.headroom, MONEY],
    ['Tỷ lệ tham quan / vốn trung ương', b.exchangeCap.shareOfCentral, PERCENT],
  ];
}
