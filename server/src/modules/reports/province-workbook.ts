import ExcelJS from 'exceljs';
import { ParticipantCategory } from '../participants/participant.entity';
import type { ProvinceReport, ReportRow } from './report.types';
import { YearStatusValue } from '../periods/district-year.entity';

const MONEY = '#,##0" ₫"';
const PERCENT = '0.0%';

const YEAR_STATUS_LABELS: Record<YearStatusValue, string> = {
  [YearStatusValue.OPEN]: 'Đang nhập',
  [YearStatusValue.SUBMITTED]: 'Đã nộp',
  [YearStatusValue.APPROVED]: 'Đã phê duyệt',
  [YearStatusValue.RETURNED]: 'Trả lại',
  [YearStatusValue.REOPENED]: 'Mở lại',
};

const CATEGORY_HEADERS: Record<ParticipantCategory, string> = {
  [ParticipantCategory.COMMUNE_OFFICIAL]: 'Cán bộ xã',
  [ParticipantCategory.VILLAGE_OFFICIAL]: 'Cán bộ thôn, bản',
  [ParticipantCategory.MONITORING_BOARD_MEMBER]: 'Thành viên ban giám sát',
  [ParticipantCategory.PRESTIGIOUS_PERSON]: 'Người có uy tín',
  [ParticipantCategory.RESIDENT]: 'Người dân',
};

/** One line of the district sheet: a district, the districts' total, the province level or the grand total. */
interface Line {
  label: string;
  /** Measures the line has; the province level has no communes or allocation, and those cells stay empty. */
  row: Partial<ReportRow>;
}

interface Column {
  header: string;
  value: (line: Line) => number | string | null;
  format?: string;
  width?: number;
}

/** A measure's cell: empty where the line has no such measure, "—" for a share of nothing (docs/DOMAIN.md). */
const measure =
  (key: keyof ReportRow) =>
  (line: Line): number | string | null => {
    if (!(key in line.row)) return null;
    const value = line.row[key];
    return value === null ? '—' : (value as number);
  };

const DISTRICT_COLUMNS: Column[] = [
  { header: 'Huyện / thành phố', value: (l) => l.label, width: 26 },
  { header: 'Số xã', value: measure('communes') },
  { header: 'Xã ĐBKK', value: measure('especiallyDifficultCommunes') },
  { header: 'Số thôn, bản', value: measure('villages') },
  { header: 'Thôn ĐBKK', value: measure('especiallyDifficultVillages') },
  { header: 'Ban giám sát', value: measure('monitoringBoards') },
  { header: 'Người đăng ký', value: measure('participantsRegistered') },
  { header: 'Số người được tập huấn', value: measure('peopleTrained') },
  { header: 'Số người hoàn thành khoá học', value: measure('peopleCompleted') },
  { header: 'Lượt người', value: measure('personTimes') },
  { header: 'Nữ', value: measure('womenTrained') },
  { header: 'Dân tộc thiểu số', value: measure('ethnicMinorityTrained') },
  { header: 'Tỷ lệ nữ', value: measure('womenShare'), format: PERCENT },
  { header: 'Tỷ lệ DTTS', value: measure('ethnicMinorityShare'), format: PERCENT },
  { header: 'Xã ĐBKK có người được tập huấn', value: measure('especiallyDifficultCommunesCovered') },
  { header: 'Bao phủ xã ĐBKK', value: measure('coverage'), format: PERCENT },
  { header: 'Số hoạt động tổ chức', value: measure('activitiesOrganised') },
  { header: 'Kinh phí phân bổ', value: measure('allocation'), format: MONEY, width: 18 },
  { header: 'Kinh phí cam kết', value: measure('committed'), format: MONEY, width: 18 },
  { header: 'Kinh phí đã chi', value: measure('spent'), format: MONEY, width: 18 },
  { header: 'Trạng thái năm', value: (l) => (l.row.yearStatus ? YEAR_STATUS_LABELS[l.row.yearStatus.status] : null), width: 14 },
  { header: 'Ngày phê duyệt', value: (l) => (l.row.yearStatus?.approvedAt ? formatDate(l.row.yearStatus.approvedAt) : null), width: 14 },
];

/** The lines of the district sheet, in order; the province level and the grand total only for province-wide callers. */
function linesOf(report: ProvinceReport): Line[] {
  const lines: Line[] = report.districts.map((row) => ({ label: row.district?.name ?? '', row }));
  lines.push({ label: 'Tổng các huyện', row: report.total });
  if (report.provinceLevel) {
    const { activitiesByKind: _kinds, ...provinceLevel } = report.provinceLevel;
    lines.push({ label: 'Hoạt động cấp tỉnh', row: provinceLevel as Partial<ReportRow> });
  }
  if (report.grandTotal) lines.push({ label: 'Tổng cộng (huyện và cấp tỉnh)', row: report.grandTotal });
  return lines;
}

const formatDate = (date: Date): string =>
  `${String(date.getDate()).padStart(2, '0')}/${String(date.getMonth() + 1).padStart(2, '0')}/${date.getFullYear()}`;

/** The province report as an Excel workbook: districts, categories and funding, with Vietnamese headers. */
export function provinceWorkbook(report: ProvinceReport): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Portal 135';
  workbook.created = report.generatedAt;
  const title = `Báo cáo nâng cao năng lực – Chương trình 135 – Tỉnh ${report.province.name} – Năm ${report.fiscalYear}`;
  const exported = `Xuất ngày ${formatDate(report.generatedAt)}`;
  const lines = linesOf(report);

  const districts = sheet(workbook, 'Huyện', title, exported, DISTRICT_COLUMNS);
  lines.forEach((line) => districts.addRow(DISTRICT_COLUMNS.map((c) => c.value(line))));

  const categoryColumns: Column[] = [
    DISTRICT_COLUMNS[0],
    ...Object.values(ParticipantCategory).map((category) => ({
      header: CATEGORY_HEADERS[category],
      value: (l: Line) => l.row.trainedByCategory?.find((c) => c.category === category)?.people ?? null,
    })),
  ];
  const categories = sheet(workbook, 'Đối tượng', title, exported, categoryColumns);
  lines.filter((l) => l.row.trainedByCategory).forEach((line) => categories.addRow(categoryColumns.map((c) => c.value(line))));

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
