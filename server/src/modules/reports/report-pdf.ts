import { ParticipantCategory } from '../../domain/participants/participant.entity';
import { ActivityKind, ActivityStatus } from '../../domain/activities/activity.entity';
import { P135Status } from '../../domain/geography/commune.entity';
import type { ProvinceReport } from './report.types';
import type { ReportFrame } from './report-frame';
import type { ActivityLine, CommuneLine, DistrictReport } from './district-report.service';
import { APPROVAL_COLUMN, linesOf, MONEY, MONEY_COLUMNS, NAME_COLUMN, PEOPLE_COLUMNS, PERCENT, type Column, type Line } from './report-columns';
import { budgetFigures, CATEGORY_HEADERS } from './province-workbook';
import { ReportPdf, viNumber, viPercent, type PdfColumn } from './pdf-document';

const MONEY_NOTE = 'Đơn vị tính kinh phí: đồng';

/** A workbook column as a PDF column: the same heading and value, written the Vietnamese way. */
function pdfColumn(column: Column): PdfColumn<Line> {
  return {
    header: column.header,
    width: column.width ?? 10,
    align: column === NAME_COLUMN || column === APPROVAL_COLUMN ? 'left' : 'right',
    cell: (line) => {
      const value = column.value(line);
      if (value === null) return '';
      if (typeof value === 'string') return value;
      return column.format === PERCENT ? viPercent(value) : viNumber(value);
    },
  };
}

const CATEGORY_COLUMNS: PdfColumn<Line>[] = [
  pdfColumn(NAME_COLUMN),
  ...Object.values(ParticipantCategory).map((category) => ({
    header: CATEGORY_HEADERS[category],
    width: 14,
    cell: (l: Line) => viNumber(l.row.trainedByCategory?.find((c) => c.category === category)?.people ?? 0),
  })),
];

/** The province report as a PDF: the frame, the districts' figures in sections, the year's money, the signatures. */
export function provincePdf(report: ProvinceReport, frame: ReportFrame): ReportPdf {
  const pdf = new ReportPdf(frame, frame.issuer);
  const lines = linesOf(report);
  pdf.table('I. ĐỊA BÀN VÀ NGƯỜI ĐƯỢC TẬP HUẤN', PEOPLE_COLUMNS.map(pdfColumn), lines);
  pdf.table('II. HOẠT ĐỘNG, KINH PHÍ VÀ PHÊ DUYỆT', [NAME_COLUMN, ...MONEY_COLUMNS, APPROVAL_COLUMN].map(pdfColumn), lines, MONEY_NOTE);
  pdf.table(
    'III. NGƯỜI ĐƯỢC TẬP HUẤN THEO ĐỐI TƯỢNG',
    CATEGORY_COLUMNS,
    lines.filter((l) => l.row.trainedByCategory),
  );
  pdf.table('IV. KINH PHÍ NĂM', budgetColumns, budgetFigures(report.budget), MONEY_NOTE);
  pdf.signatures(frame);
  return pdf;
}

type BudgetLine = [string, number | null, string];
const budgetColumns: PdfColumn<BudgetLine>[] = [
  { header: 'Nội dung', width: 60, align: 'left', cell: ([label]) => label },
  { header: 'Số tiền / tỷ lệ', width: 25, cell: ([, value, format]) => (value === null ? '' : format === MONEY ? viNumber(value) : viPercent(value)) },
];

const P135_LABELS: Record<P135Status, string> = {
  [P135Status.ESPECIALLY_DIFFICULT]: 'Xã đặc biệt khó khăn',
  [P135Status.SAFE_ZONE]: 'Xã an toàn khu',
  [P135Status.NONE]: '',
};
const KIND_LABELS: Record<ActivityKind, string> = { [ActivityKind.TRAINING]: 'Tập huấn', [ActivityKind.EXCHANGE]: 'Tham quan, trao đổi' };
const STATUS_LABELS: Record<ActivityStatus, string> = {
  [ActivityStatus.PLANNED]: 'Kế hoạch',
  [ActivityStatus.COMPLETED]: 'Đã thực hiện',
  [ActivityStatus.CANCELLED]: 'Đã huỷ',
};
const viDate = (isoDate: string): string => isoDate.split('-').reverse().join('/');

export const COMMUNE_COLUMNS: PdfColumn<CommuneLine>[] = [
  { header: 'Mã xã', width: 10, align: 'left', cell: (c) => c.code },
  { header: 'Xã', width: 40, align: 'left', cell: (c) => c.name },
  { header: 'Diện Chương trình 135', width: 30, align: 'left', cell: (c) => P135_LABELS[c.p135Status] },
  { header: 'Số thôn, bản', width: 15, cell: (c) => viNumber(c.villages) },
  { header: 'Số người được tập huấn', width: 20, cell: (c) => viNumber(c.peopleTrained) },
];

export const ACTIVITY_COLUMNS: PdfColumn<ActivityLine>[] = [
  { header: 'Hoạt động', width: 50, align: 'left', cell: (a) => a.title },
  { header: 'Loại', width: 18, align: 'left', cell: (a) => KIND_LABELS[a.kind] },
  {
    header: 'Thời gian',
    width: 24,
    align: 'center',
    cell: (a) => (a.startDate === a.endDate ? viDate(a.startDate) : `${viDate(a.startDate)} – ${viDate(a.endDate)}`),
  },
  { header: 'Trạng thái', width: 15, align: 'left', cell: (a) => STATUS_LABELS[a.status] },
  { header: 'Kinh phí dự kiến', width: 18, cell: (a) => viNumber(a.plannedCost) },
  { header: 'Kinh phí thực chi', width: 18, cell: (a) => (a.actualCost === null ? '' : viNumber(a.actualCost)) },
  { header: 'Đăng ký', width: 10, cell: (a) => viNumber(a.registered) },
  { header: 'Tham dự', width: 10, cell: (a) => viNumber(a.attended) },
  { header: 'Hoàn thành', width: 11, cell: (a) => viNumber(a.completed) },
];

/** A district's own report as a PDF: its row, its communes of the year and its activities of the year. */
export function districtPdf(report: DistrictReport, frame: ReportFrame): ReportPdf {
  const pdf = new ReportPdf(frame, frame.issuer);
  const lines: Line[] = [{ label: report.district.name, row: report.row }];
  pdf.table('I. ĐỊA BÀN VÀ NGƯỜI ĐƯỢC TẬP HUẤN', PEOPLE_COLUMNS.map(pdfColumn), lines);
  pdf.table('II. HOẠT ĐỘNG, KINH PHÍ VÀ PHÊ DUYỆT', [NAME_COLUMN, ...MONEY_COLUMNS, APPROVAL_COLUMN].map(pdfColumn), lines, MONEY_NOTE);
  pdf.table('III. CÁC XÃ TRONG NĂM', COMMUNE_COLUMNS, report.communes);
  pdf.table('IV. HOẠT ĐỘNG TRONG NĂM', ACTIVITY_COLUMNS, report.activities, MONEY_NOTE);
  pdf.signatures(frame);
  return pdf;
}
