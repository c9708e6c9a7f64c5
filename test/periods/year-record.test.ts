import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tenantFixture, type TenantFixture } from '../helpers/tenant-fixture';
import { buildReportWorld } from '../reports/report-fixture';
import { APPROVE, CREATE_ACTIVITY, REOPEN, RETURN, SUBMIT, YEAR_STATUS, run, training } from './year-helpers';

const AUDIT = `query($f: AuditFilter) { auditLog(first: 20, filter: $f) { edges { node { entity action actorLabel districtId after } } } }`;

describe('a district’s year as a record: submitted, approved, returned, reopened', () => {
  let f: TenantFixture;

  beforeAll(async () => {
    f = await tenantFixture();
    await buildReportWorld(f);
  });
  afterAll(() => f.close());

  it('starts OPEN; the district submits its own year with a note and the province approves it', async () => {
    expect((await run(f, YEAR_STATUS, { y: 2019 }, f.as.manager)).data).toEqual({ yearStatus: expect.objectContaining({ status: 'OPEN', locked: false }) });
    const submitted = await run(f, SUBMIT, { y: 2019, note: 'Số liệu đã rà soát' }, f.as.manager);
    expect(submitted.data).toEqual({
      submitYear: expect.objectContaining({ status: 'SUBMITTED', locked: true, submittedBy: 'huyen-071', note: 'Số liệu đã rà soát' }),
    });
    const approved = await run(f, APPROVE, { d: f.lamBinh.id, y: 2019 }, f.as.province);
    expect(approved.data).toEqual({ approveYear: expect.objectContaining({ status: 'APPROVED', locked: true, approvedBy: 'tinh', decidedBy: 'tinh' }) });
    // The province sees it too, by district.
    expect((await run(f, YEAR_STATUS, { y: 2019, d: f.lamBinh.id }, f.as.province)).data).toEqual({
      yearStatus: expect.objectContaining({ status: 'APPROVED' }),
    });
  });

  it('reopens an approved year only with a reason; the district may then submit again', async () => {
    expect((await run(f, REOPEN, { d: f.lamBinh.id, y: 2019, r: ' ' }, f.as.province)).code).toBe('BAD_USER_INPUT');
    const reopened = await run(f, REOPEN, { d: f.lamBinh.id, y: 2019, r: 'Sai số liệu tập huấn tháng 3' }, f.as.province);
    expect(reopened.data).toEqual({
      reopenYear: expect.objectContaining({ status: 'REOPENED', locked: false, reason: 'Sai số liệu tập huấn tháng 3', approvedBy: null }),
    });
    expect((await run(f, SUBMIT, { y: 2019 }, f.as.manager)).data).toEqual({ submitYear: expect.objectContaining({ status: 'SUBMITTED' }) });
  });

  it('returns a submitted year with a reason (required), after which the district can change and resubmit it', async () => {
    await run(f, SUBMIT, { y: 2021 }, f.as.manager);
    const noReason = await run(f, RETURN, { d: f.lamBinh.id, y: 2021, r: '' }, f.as.province);
    expect([noReason.code, noReason.error?.extensions?.field]).toEqual(['BAD_USER_INPUT', 'reason']);
    const returned = await run(f, RETURN, { d: f.lamBinh.id, y: 2021, r: 'Thiếu danh sách học viên' }, f.as.province);
    expect(returned.data).toEqual({ returnYear: expect.objectContaining({ status: 'RETURNED', locked: false, reason: 'Thiếu danh sách học viên' }) });
    expect((await run(f, CREATE_ACTIVITY, { input: training(f.lamBinh.id, 2021) }, f.as.manager)).code).toBeUndefined();
    expect((await run(f, SUBMIT, { y: 2021 }, f.as.manager)).data).toEqual({ submitYear: expect.objectContaining({ status: 'SUBMITTED' }) });
  });

  it('refuses transitions out of order: approving what was not submitted, submitting twice, returning or reopening the wrong state', async () => {
    expect((await run(f, APPROVE, { d: f.lamBinh.id, y: 2022 }, f.as.province)).code).toBe('CONFLICT');
    expect((await run(f, SUBMIT, { y: 2022 }, f.as.manager)).code).toBeUndefined();
    expect((await run(f, SUBMIT, { y: 2022 }, f.as.manager)).code).toBe('CONFLICT');
    expect((await run(f, REOPEN, { d: f.lamBinh.id, y: 2022, r: 'x' }, f.as.province)).code).toBe('CONFLICT');
    expect((await run(f, RETURN, { d: f.naHang.id, y: 2022, r: 'x' }, f.as.province)).code).toBe('CONFLICT');
    expect((await run(f, YEAR_STATUS, { y: 2022 }, f.as.manager)).data).toEqual({ yearStatus: expect.objectContaining({ status: 'SUBMITTED' }) });
  });

  it('audits every transition, visible to the district in its audit log', async () => {
    const { data } = await run<{
      auditLog: { edges: { node: { entity: string; action: string; actorLabel: string; after: { status: string; fiscalYear: number } } }[] };
    }>(f, AUDIT, { f: { entity: 'DistrictYear' } }, f.as.manager);
    const trail = data!.auditLog.edges.map((e) => [e.node.after.fiscalYear, e.node.after.status, e.node.actorLabel]).reverse();
    expect(trail.filter((t) => t[0] === 2019)).toEqual([
      [2019, 'SUBMITTED', 'huyen-071'],
      [2019, 'APPROVED', 'tinh'],
      [2019, 'REOPENED', 'tinh'],
      [2019, 'SUBMITTED', 'huyen-071'],
    ]);
    expect(trail.filter((t) => t[0] === 2021).map((t) => t[1])).toEqual(['SUBMITTED', 'RETURNED', 'SUBMITTED']);
  });
});
