import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tenantFixture, type TenantFixture } from '../helpers/tenant-fixture';
import { buildReportWorld } from '../reports/report-fixture';
import { Activity } from '../../server/src/domain/activities/activity.entity';
import { Attendance } from '../../server/src/domain/activities/attendance.entity';
import { DistrictAllocation } from '../../server/src/domain/funding/district-allocation.entity';
import { AuditEntry } from '../../server/src/domain/audit/audit-entry.entity';
import {
  CLOSE,
  CREATE_ACTIVITY,
  DELETE_ACTIVITY,
  SET_ALLOCATIONS,
  SET_ATTENDANCE,
  SUBMIT,
  UPDATE_ACTIVITY,
  UPDATE_PARTICIPANT,
  activityInput,
  activityNamed,
  participantInput,
  personNamed,
  run,
  training,
} from './year-helpers';
import { upload } from '../transfer/transfer-client';

/** Everything a refused write could have left behind. */
async function footprint(f: TenantFixture) {
  const [activities, attendances, allocations, audit] = await Promise.all([
    f.db.getRepository(Activity).find({ order: { id: 'ASC' } }),
    f.db.getRepository(Attendance).find({ order: { id: 'ASC' } }),
    f.db.getRepository(DistrictAllocation).find({ order: { id: 'ASC' } }),
    f.db.getRepository(AuditEntry).count(),
  ]);
  return JSON.stringify({ activities, attendances, allocations, audit });
}

describe('PERIOD_LOCKED: a submitted year refuses every write that would change its figures, and writes nothing', () => {
  let f: TenantFixture;

  beforeAll(async () => {
    f = await tenantFixture();
    await buildReportWorld(f);
    expect((await run(f, SUBMIT, { y: 2019 }, f.as.manager)).code).toBeUndefined();
  });
  afterAll(() => f.close());

  it('refuses a new activity, a cost change, a deletion, attendance and the district’s allocation, naming the year and who locked it', async () => {
    const before = await footprint(f);
    const T1 = await activityNamed(f, 'Tập huấn giám sát');
    const T2 = await activityNamed(f, 'Tập huấn kỹ thuật chè');
    const P1 = await personNamed(f, 'Triệu Thị Mây');
    const refused = [
      await run(f, CREATE_ACTIVITY, { input: training(f.lamBinh.id, 2019) }, f.as.manager),
      await run(f, UPDATE_ACTIVITY, { id: T1.id, version: T1.version, input: activityInput(T1, { actualCost: 55_000_000 }) }, f.as.manager),
      await run(f, UPDATE_ACTIVITY, { id: T1.id, version: T1.version, input: activityInput(T1, { status: 'CANCELLED', actualCost: null }) }, f.as.province),
      await run(f, DELETE_ACTIVITY, { id: T2.id, version: T2.version }, f.as.manager),
      await run(f, SET_ATTENDANCE, { id: T1.id, version: T1.version, entries: [{ participantId: P1.id, attended: true, completed: false }] }, f.as.manager),
      await run(
        f,
        SET_ALLOCATIONS,
        {
          input: {
            fiscalYear: 2019,
            allocations: [
              { districtId: f.lamBinh.id, amount: 310_000_000 },
              { districtId: f.naHang.id, amount: 200_000_000 },
            ],
          },
        },
        f.as.province,
      ),
    ];
    expect(refused.map((r) => r.code)).toEqual(Array(refused.length).fill('PERIOD_LOCKED'));
    expect(refused[0].error?.message).toContain('2019');
    expect(refused[0].error?.message).toContain('huyen-071');
    expect(refused[0].error?.extensions).toMatchObject({ fiscalYear: 2019, districtId: f.lamBinh.id, status: 'SUBMITTED', lockedBy: 'huyen-071' });
    expect(await footprint(f)).toBe(before);
  });

  it('refuses the province adding one of the district’s people to its own study tour of that year', async () => {
    const before = await footprint(f);
    const E1 = await activityNamed(f, 'Tham quan học tập');
    const [P1, P2, P4] = await Promise.all(['Triệu Thị Mây', 'Nguyễn Văn Bình', 'Giàng Văn Páo'].map((n) => personNamed(f, n)));
    const entries = [P2, P4, P1].map((p) => ({ participantId: p.id, attended: true, completed: true }));
    expect((await run(f, SET_ATTENDANCE, { id: E1.id, version: E1.version, entries }, f.as.province)).code).toBe('PERIOD_LOCKED');
    expect(await footprint(f)).toBe(before);
  });

  it('refuses an attendance sheet imported into the locked year, leaving nothing behind', async () => {
    const before = await footprint(f);
    const T1 = await activityNamed(f, 'Tập huấn giám sát');
    const sheet = ['Họ và tên,Năm sinh,Số CCCD/CMND,Mã xã,Xã,Có mặt,Hoàn thành', 'Triệu Thị Mây,1980,,,,Có,Không'].join('\n');
    const result = await upload(f, 'attendance', sheet, { as: f.as.manager, query: { activityId: T1.id, mode: 'commit', duplicates: 'update' } });
    const codes = [result.error?.code, ...result.lines.map((line) => line.code)];
    expect(codes).toContain('PERIOD_LOCKED');
    expect(await footprint(f)).toBe(before);
  });

  it('lets everything else through: another district, another year, the other district’s envelope, a participant’s details', async () => {
    expect((await run(f, CREATE_ACTIVITY, { input: training(f.naHang.id, 2019) }, f.as.otherManager)).code).toBeUndefined();
    expect((await run(f, CREATE_ACTIVITY, { input: training(f.lamBinh.id, 2020) }, f.as.manager)).code).toBeUndefined();
    const allocations = {
      fiscalYear: 2019,
      allocations: [
        { districtId: f.lamBinh.id, amount: 300_000_000 },
        { districtId: f.naHang.id, amount: 250_000_000 },
      ],
    };
    expect((await run(f, SET_ALLOCATIONS, { input: allocations }, f.as.province)).code).toBeUndefined();
    const P1 = await personNamed(f, 'Triệu Thị Mây');
    expect(
      (await run(f, UPDATE_PARTICIPANT, { id: P1.id, version: P1.version, input: participantInput(P1, { birthYear: 1981 }) }, f.as.manager)).code,
    ).toBeUndefined();
  });

  it('closes the province’s own activities of a year when the province admin closes it', async () => {
    const E1 = await activityNamed(f, 'Tham quan học tập');
    expect((await run(f, CREATE_ACTIVITY, { input: training(null, 2019, 'Trước khi khoá sổ') }, f.as.province)).code).toBeUndefined();
    expect((await run(f, CLOSE, { y: 2019 }, f.as.province)).data).toEqual({ closeProvinceYear: { fiscalYear: 2019, closed: true, closedBy: 'tinh' } });
    const before = await footprint(f);
    const refused = [
      await run(f, CREATE_ACTIVITY, { input: training(null, 2019, 'Sau khi khoá sổ') }, f.as.province),
      await run(f, UPDATE_ACTIVITY, { id: E1.id, version: E1.version, input: activityInput(E1, { actualCost: 70_000_000 }) }, f.as.province),
      await run(f, SET_ATTENDANCE, { id: E1.id, version: E1.version, entries: [] }, f.as.otherManager),
    ];
    expect(refused.map((r) => r.code)).toEqual(['PERIOD_LOCKED', 'PERIOD_LOCKED', 'PERIOD_LOCKED']);
    expect(refused[0].error?.extensions).toMatchObject({ fiscalYear: 2019, districtId: null, lockedBy: 'tinh' });
    expect(await footprint(f)).toBe(before);
    expect((await run(f, CLOSE, { y: 2019 }, f.as.province)).code).toBe('CONFLICT');
    expect((await run(f, CREATE_ACTIVITY, { input: training(null, 2020, 'Năm sau') }, f.as.province)).code).toBeUndefined();
  });
});
