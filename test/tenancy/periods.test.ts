import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tenantFixture, type TenantFixture } from '../helpers/tenant-fixture';
import { APPROVE, CLOSE, REOPEN, RETURN, SUBMIT, YEAR_STATUS, run } from '../periods/year-helpers';

const PROVINCE_YEAR = 'query($y: Int!) { provinceYearStatus(fiscalYear: $y) { closed } }';
const REPORT_STATUS = 'query($y: Int!) { provinceReport(fiscalYear: $y) { districts { district { code } yearStatus { status submittedBy } } } }';

describe('the year as a record is scoped: a district submits only its own year, only the province admin decides', () => {
  let f: TenantFixture;

  beforeAll(async () => {
    f = await tenantFixture();
  });
  afterAll(() => f.close());

  it('another district can neither submit nor read our year: it answers as a missing district', async () => {
    expect((await run(f, SUBMIT, { y: 2019, d: f.lamBinh.id }, f.as.otherManager)).code).toBe('NOT_FOUND');
    expect((await run(f, YEAR_STATUS, { y: 2019, d: f.lamBinh.id }, f.as.otherManager)).code).toBe('NOT_FOUND');
    expect((await run(f, YEAR_STATUS, { y: 2019, d: 999_999 }, f.as.otherManager)).code).toBe('NOT_FOUND');
    expect((await run(f, YEAR_STATUS, { y: 2019 }, f.as.manager)).data).toEqual({ yearStatus: expect.objectContaining({ status: 'OPEN' }) });
  });

  it('viewers, API-less province callers and the province admin do not submit a district’s year', async () => {
    expect((await run(f, SUBMIT, { y: 2019 }, f.as.viewer)).code).toBe('FORBIDDEN');
    expect((await run(f, SUBMIT, { y: 2019, d: f.lamBinh.id }, f.as.province)).code).toBe('FORBIDDEN');
    expect((await run(f, SUBMIT, { y: 2019, d: f.lamBinh.id }, f.as.provinceViewer)).code).toBe('FORBIDDEN');
    expect((await run(f, SUBMIT, { y: 2019 }, f.as.anonymous)).code).toBe('UNAUTHENTICATED');
  });

  it('only the province admin approves, returns, reopens and closes; a district approving its own year is refused', async () => {
    expect((await run(f, SUBMIT, { y: 2019 }, f.as.manager)).code).toBeUndefined();
    for (const headers of [f.as.manager, f.as.otherManager, f.as.viewer, f.as.provinceViewer]) {
      expect((await run(f, APPROVE, { d: f.lamBinh.id, y: 2019 }, headers)).code).toBe('FORBIDDEN');
      expect((await run(f, RETURN, { d: f.lamBinh.id, y: 2019, r: 'x' }, headers)).code).toBe('FORBIDDEN');
      expect((await run(f, REOPEN, { d: f.lamBinh.id, y: 2019, r: 'x' }, headers)).code).toBe('FORBIDDEN');
      expect((await run(f, CLOSE, { y: 2019 }, headers)).code).toBe('FORBIDDEN');
    }
    expect((await run(f, YEAR_STATUS, { y: 2019 }, f.as.manager)).data).toEqual({ yearStatus: expect.objectContaining({ status: 'SUBMITTED' }) });
    expect((await run(f, PROVINCE_YEAR, { y: 2019 }, f.as.manager)).data).toEqual({ provinceYearStatus: { closed: false } });
  });

  it('shows each caller the status of the rows it may see in the report', async () => {
    const mine = await run<{ provinceReport: { districts: { district: { code: string }; yearStatus: { status: string } }[] } }>(
      f,
      REPORT_STATUS,
      { y: 2019 },
      f.as.manager,
    );
    expect(mine.data!.provinceReport.districts).toEqual([{ district: { code: '071' }, yearStatus: { status: 'SUBMITTED', submittedBy: 'huyen-071' } }]);
    const theirs = await run<{ provinceReport: { districts: unknown[] } }>(f, REPORT_STATUS, { y: 2019 }, f.as.otherManager);
    expect(theirs.data!.provinceReport.districts).toEqual([{ district: { code: '072' }, yearStatus: { status: 'OPEN', submittedBy: null } }]);
  });
});
