import type { ReportIssuerConfig } from '../../config';
import type { District } from '../../domain/geography/district.entity';
import { DistrictType } from '../../domain/geography/district.entity';
import type { Province } from '../../domain/geography/province.entity';
import type { ReportRow } from './report.types';
import { YearStatusValue } from '../../domain/periods/district-year.entity';

/**
 * The frame of a Vietnamese administrative report (Decree 30/2020/NĐ-CP): the issuing body top left, the
 * national motto top right, place and date, the title, then (after the figures) the signature block. The
 * workbook and the PDF print the same frame; the figures come from provinceReport.
 */
export interface ReportFrame {
  issuerParent: string;
  issuer: string;
  motto: [string, string];
  placeAndDate: string;
  title: string;
  subtitle: string;
  /** "Số liệu chưa được phê duyệt đầy đủ" when a district row of the report is not approved; else null. */
  approvalWarning: string | null;
  signatures: { left: string; right: string; note: string };
}

export const MOTTO: [string, string] = ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'];
export const NOT_FULLY_APPROVED = 'Số liệu chưa được phê duyệt đầy đủ';
const PREPARER = 'NGƯỜI LẬP BIỂU';
const SIGN_NOTE = '(Ký, ghi rõ họ tên)';

export const YEAR_STATUS_LABELS: Record<YearStatusValue, string> = {
  [YearStatusValue.OPEN]: 'Đang nhập',
  [YearStatusValue.SUBMITTED]: 'Đã nộp',
  [YearStatusValue.APPROVED]: 'Đã phê duyệt',
  [YearStatusValue.RETURNED]: 'Trả lại',
  [YearStatusValue.REOPENED]: 'Mở lại',
};

const DISTRICT_KIND: Record<DistrictType, string> = {
  [DistrictType.RURAL_DISTRICT]: 'HUYỆN',
  [DistrictType.CITY]: 'THÀNH PHỐ',
  [DistrictType.TOWN]: 'THỊ XÃ',
};

export const formatDate = (date: Date): string =>
  `${String(date.getDate()).padStart(2, '0')}/${String(date.getMonth() + 1).padStart(2, '0')}/${date.getFullYear()}`;

/** A district row's approval as printed: "Đã phê duyệt 05/03/2021", or the year's status otherwise. */
export function approvalOf(row: Partial<ReportRow>): string | null {
  const status = row.yearStatus;
  if (!status) return null;
  if (status.status === YearStatusValue.APPROVED) return status.approvedAt ? `Đã phê duyệt ${formatDate(status.approvedAt)}` : 'Đã phê duyệt';
  return `Chưa phê duyệt (${YEAR_STATUS_LABELS[status.status].toLowerCase()})`;
}

const dateLine = (place: string, date: Date): string =>
  `${place}, ngày ${String(date.getDate()).padStart(2, '0')} tháng ${String(date.getMonth() + 1).padStart(2, '0')} năm ${date.getFullYear()}`;

const warningOf = (rows: ReportRow[]): string | null => (rows.some((r) => r.yearStatus?.status !== YearStatusValue.APPROVED) ? NOT_FULLY_APPROVED : null);

/** The province's report: issued by the province's body (settings, or derived from the province record). */
export function provinceFrame(issuer: ReportIssuerConfig, province: Province, fiscalYear: number, rows: ReportRow[], generatedAt: Date): ReportFrame {
  return {
    issuerParent: issuer.parent ?? `UBND TỈNH ${province.name.toLocaleUpperCase('vi-VN')}`,
    issuer: issuer.body,
    motto: MOTTO,
    placeAndDate: dateLine(issuer.place ?? province.name, generatedAt),
    title: `BÁO CÁO KẾT QUẢ NÂNG CAO NĂNG LỰC CHƯƠNG TRÌNH 135 NĂM ${fiscalYear}`,
    subtitle: `Tỉnh ${province.name}, năm ngân sách ${fiscalYear}`,
    approvalWarning: warningOf(rows),
    signatures: { left: PREPARER, right: issuer.signer, note: SIGN_NOTE },
  };
}

/** A district's own report: issued by the district's people's committee and its ethnic affairs office. */
export function districtFrame(province: Province, district: District, fiscalYear: number, row: ReportRow, generatedAt: Date): ReportFrame {
  return {
    issuerParent: `UBND ${DISTRICT_KIND[district.type]} ${district.name.toLocaleUpperCase('vi-VN')}`,
    issuer: 'PHÒNG DÂN TỘC',
    motto: MOTTO,
    placeAndDate: dateLine(district.name, generatedAt),
    title: `BÁO CÁO KẾT QUẢ NÂNG CAO NĂNG LỰC CHƯƠNG TRÌNH 135 NĂM ${fiscalYear}`,
    subtitle: `${district.name}, tỉnh ${province.name}, năm ngân sách ${fiscalYear}`,
    approvalWarning: warningOf([row]),
    signatures: { left: PREPARER, right: 'TRƯỞNG PHÒNG', note: SIGN_NOTE },
  };
}
