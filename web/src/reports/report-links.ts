/**
 * Where the server's report downloads live, in one place. The session cookie goes with the link;
 * a district caller of the province report gets their own district only.
 */
export type ReportFormat = 'xlsx' | 'pdf';

export function provinceReportUrl(fiscalYear: number, format: ReportFormat): string {
  return `/reports/province.${format}?${new URLSearchParams({ fiscalYear: String(fiscalYear) })}`;
}

export function districtReportUrl(fiscalYear: number, districtId: number, format: ReportFormat): string {
  return `/reports/district.${format}?${new URLSearchParams({ fiscalYear: String(fiscalYear), districtId: String(districtId) })}`;
}
