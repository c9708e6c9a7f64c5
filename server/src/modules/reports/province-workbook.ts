import ExcelJS from 'exceljs';
import { ParticipantCategory } from '../participants/participant.entity';
import type { ProvinceReport, ReportRow } from './report.types';

const MONEY = '#,##0" ₫"';
const PERCENT = '0.0%';

const CATEGORY_HEADERS: Record<ParticipantCategory, string> = {
  [ParticipantCategory.COMMUNE_OFFICIAL]: 'Cán bộ xã',
  [ParticipantCategory.VILLAGE_OFFICIAL]: 'Cán bộ thôn, bản',
  [ParticipantCategory.MONITORING_BOARD_MEMBER]: 'Thành viên ban giám sát',
  [ParticipantCategory.PRESTIGIOUS_PERSON]: 'Người có uy tín',
  [ParticipantCategory.RESIDENT]: 'Người dân',
};

interface Column {
  header: string;
  value: (row: ReportRow) => number | string;
  format?: string;
  width?: number;
}

const DISTRICT_COLUMNS: Column[] = [
  { header: 'Huyện / thành phố', value: (r) => r.district?.name ?? 'Tổng cộng', width: 22 },
  { header: 'Số xã', value: (r) => r.communes },
  { header: 'Xã ĐBKK', value: (r) => r.especiallyDifficultCommunes },
  { header: 'Số thôn, bản', value: (r) => r.villages },
  { header: 'Thôn ĐBKK', value: (r) => r.especiallyDifficultVillages },
  { header: 'Ban giám sát', value: (r) => r.monitoringBoards },
  { header: 'Người đăng ký', value: (r) => r.participantsRegistered },
  { header: 'Số người được tập huấn', value: (r) => r.peopleTrained },
  { header: 'Lượt người', value: (r) => r.personTimes },
  { header: 'Nữ', value: (r) => r.womenTrained },
  { header: 'Dân tộc thiểu số', value: (r) => r.ethnicMinorityTrained },
  { header: 'Tỷ lệ nữ', value: (r) => r.womenShare, format: PERCENT },
  { header: 'Tỷ lệ DTTS', value: (r) => r.ethnicMinorityShare, format: PERCENT },
  { header: 'Bao phủ xã ĐBKK', value: (r) => r.coverage, format: PERCENT },
  { header: 'Kinh phí phân bổ', value: (r) => r.allocation, format: MONEY, width: 18 },
  { header: 'Kinh phí cam kết', value: (r) => r.committed, format: MONEY, width: 18 },
  { header: 'Kinh phí đã chi', value: (r) => r.spent, format: MONEY, width: 18 },
];

const formatDate = (date: Date): string =>
  `${String(date.getDate()).padStart(2, '0')}/${String(date.getMonth() + 1).padStart(2, '0')}/${date.getFullYear()}`;

/** The province report as an Excel workbook: districts, categories and funding, with Vietnamese headers. */
export function provinceWorkbook(report: ProvinceReport): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Portal 135';
  workbook.created = report.generatedAt;
  const title = `Báo cáo nâng cao năng lực – Chương trình 135 – Tỉnh ${report.province.name} – Năm ${report.fiscalYear}`;
  const exported = `Xuất ngày ${formatDate(report.generatedAt)}`;
  const rows = [...report.districts, report.total];

  const districts = sheet(workbook, 'Huyện', title, exported, DISTRICT_COLUMNS);
  rows.forEach((row) => districts.addRow(DISTRICT_COLUMNS.map((c) => c.value(row))));

  const categoryColumns: Column[] = [
    DISTRICT_COLUMNS[0],
    ...Object.values(ParticipantCategory).map((category) => ({
      header: CATEGORY_HEADERS[category],
      value: (r: ReportRow) => r.trainedByCategory.find((c) => c.category === category)?.people ?? 0,
    })),
  ];
  const categories = sheet(workbook, 'Đối tượng', title, exported, categoryColumns);
  rows.forEach((row) => categories.addRow(categoryColumns.map((c) => c.value(row))));

  const funding = workbook.addWorksheet('Kinh phí');
  funding.addRow([title]).font = { bold: true, size: 13 };
  funding.addRow([exported]);
  funding.addRow([]);
  const b = report.budget;
  const figures: [string, number, string][] = [
    ['Vốn trung ương', b.central, MONEY],
    ['Đã phân bổ cho huyện', b.allocated, MONEY],
    ['Đã cam kết', b.committed, MONEY],
    ['Đã chi', b.spent, MONEY],
    [`Trần tham quan, trao đổi kinh nghiệm (${b.exchangeCap.percent}%)`, b.exchangeCap.cap, MONEY],
    ['Tham quan đã cam kết', b.exchangeCap.committed, MONEY],
    ['Còn lại trong trần', b.exchangeCap.headroom, MONEY],
    ['Tỷ lệ tham quan / vốn trung ương', b.exchangeCap.shareOfCentral, PERCENT],
  ];
  for (const [label, value, format] of figures) funding.addRow([label, value]).getCell(2).numFmt = format;
  funding.getColumn(1).width = 44;
  funding.getColumn(2).width = 22;
  return workbook;
}

function sheet(workbook: ExcelJS.Workbook, name: string, title: string, exported: string, columns: Column[]): ExcelJS.Worksheet {
  const ws = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 4 }] });
  ws.addRow([title]).font = { bold: true, size: 13 };
  ws.addRow([exported]);
  ws.addRow([]);
  const header = ws.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle' };
  columns.forEach((c, i) => {
    const column = ws.getColumn(i + 1);
    column.width = c.width ?? 12;
    if (c.format) column.numFmt = c.format;
  });
  return ws;
}
