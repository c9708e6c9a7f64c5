import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/src/config';
import { provinceFrame } from '../../server/src/modules/reports/report-frame';
import type { Province } from '../../server/src/domain/geography/province.entity';

const haGiang = { id: 2, code: '02', name: 'Hà Giang' } as Province;
const env = { NODE_ENV: 'test', TOKEN_SECRET: 'x'.repeat(32) };

describe('who issues the printed reports', () => {
  it('is derived from the province record unless set: nothing is fixed to Tuyên Quang', () => {
    const { reportIssuer } = loadConfig(env);
    const frame = provinceFrame(reportIssuer, haGiang, 2020, [], new Date(2021, 2, 5));
    expect([frame.issuerParent, frame.issuer, frame.signatures.right]).toEqual(['UBND TỈNH HÀ GIANG', 'BAN DÂN TỘC', 'TRƯỞNG BAN']);
    expect(frame.placeAndDate).toBe('Hà Giang, ngày 05 tháng 03 năm 2021');
    expect(frame.title).toContain('NĂM 2020');
    // No district row at all is nothing unapproved.
    expect(frame.approvalWarning).toBeNull();
  });

  it('takes REPORT_ISSUER_PARENT, REPORT_ISSUER, REPORT_SIGNER and REPORT_PLACE from the settings', () => {
    const { reportIssuer } = loadConfig({
      ...env,
      REPORT_ISSUER_PARENT: 'UBND TỈNH HÀ GIANG',
      REPORT_ISSUER: 'SỞ DÂN TỘC VÀ TÔN GIÁO',
      REPORT_SIGNER: 'GIÁM ĐỐC',
      REPORT_PLACE: 'TP. Hà Giang',
    });
    const frame = provinceFrame(reportIssuer, haGiang, 2020, [], new Date(2021, 2, 5));
    expect([frame.issuerParent, frame.issuer, frame.signatures.right]).toEqual(['UBND TỈNH HÀ GIANG', 'SỞ DÂN TỘC VÀ TÔN GIÁO', 'GIÁM ĐỐC']);
    expect(frame.placeAndDate).toBe('TP. Hà Giang, ngày 05 tháng 03 năm 2021');
  });
});
