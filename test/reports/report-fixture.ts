import type { TenantFixture } from '../helpers/tenant-fixture';
import { Commune, P135Status } from '../../server/src/domain/geography/commune.entity';
import { Village } from '../../server/src/domain/geography/village.entity';
import { MonitoringBoard } from '../../server/src/domain/boards/monitoring-board.entity';
import { Gender, Participant, ParticipantCategory } from '../../server/src/domain/participants/participant.entity';
import { Activity, ActivityKind, ActivityScope, ActivityStatus } from '../../server/src/domain/activities/activity.entity';
import { Attendance } from '../../server/src/domain/activities/attendance.entity';
import { Funding } from '../../server/src/domain/funding/funding.entity';
import { DistrictAllocation } from '../../server/src/domain/funding/district-allocation.entity';

/**
 * A small world whose 2019 figures are worked out by hand in report.test.ts:
 *
 *   Lâm Bình (L): communes A (Phúc Yên) and B especially difficult; A has villages v1 (esp. difficult)
 *                 and v2 and a monitoring board.
 *     P1 woman, Dao, resident of A/v1     — trained twice (T1, T2)
 *     P2 man, Kinh, commune official of A — T1 and the province's study tour E1
 *     P3 woman, Tày, prestigious, of B    — registered for T2 but absent; trained only in 2018
 *   Na Hang (N): commune C especially difficult, village v3.
 *     P4 man, H'Mông, village official of C/v3 — E1 (attended, did not finish); registered for the planned T4
 *     P5 woman, Kinh, resident of C           — only on the cancelled T3
 *   2019 activities: T1 L training completed 50 tr (planned 60), T2 L training completed 30 tr,
 *     T3 N training cancelled (planned 40 tr), T4 N training planned 20 tr,
 *     E1 province-level study tour completed 80 tr. 2018: T0 L training completed 10 tr.
 *   Funding 2019: central 1 tỷ, cap 10 %; allocations L 300 tr, N 200 tr.
 */
export async function buildReportWorld(f: TenantFixture) {
  const db = f.db;
  const save = <T extends object>(entity: new () => T, values: Partial<T>): Promise<T> =>
    db.getRepository(entity).save(db.getRepository(entity).create(values as T));
  const [A, B] = f.lamBinhCommunes;
  const [C] = f.naHangCommunes;
  for (const commune of [A, B, C]) await db.getRepository(Commune).update(commune.id, { p135Status: P135Status.ESPECIALLY_DIFFICULT });
  const v1 = await save(Village, {
    name: 'Thôn Nà Héc',
    communeId: A.id,
    districtId: f.lamBinh.id,
    especiallyDifficult: true,
    households: 100,
    poorHouseholds: 40,
  });
  await save(Village, { name: 'Thôn Bản Khiển', communeId: A.id, districtId: f.lamBinh.id, households: 80, poorHouseholds: 10 });
  const v3 = await save(Village, { name: 'Bản Tát Kẻ', communeId: C.id, districtId: f.naHang.id, households: 90, poorHouseholds: 30 });
  await save(MonitoringBoard, { communeId: A.id, districtId: f.lamBinh.id, establishedOn: '2018-04-02' });

  const person = (
    fullName: string,
    gender: Gender,
    ethnicGroupCode: string,
    category: ParticipantCategory,
    communeId: number,
    districtId: number,
    villageId: number | null = null,
  ) => save(Participant, { fullName, gender, birthYear: 1980, ethnicGroupCode, category, communeId, districtId, villageId });
  const P1 = await person('Triệu Thị Mây', Gender.FEMALE, '09', ParticipantCategory.RESIDENT, A.id, f.lamBinh.id, v1.id);
  const P2 = await person('Nguyễn Văn Bình', Gender.MALE, '01', ParticipantCategory.COMMUNE_OFFICIAL, A.id, f.lamBinh.id);
  const P3 = await person('Ma Thị Hoa', Gender.FEMALE, '02', ParticipantCategory.PRESTIGIOUS_PERSON, B.id, f.lamBinh.id);
  const P4 = await person('Giàng Văn Páo', Gender.MALE, '08', ParticipantCategory.VILLAGE_OFFICIAL, C.id, f.naHang.id, v3.id);
  const P5 = await person('Lê Thị Lan', Gender.FEMALE, '01', ParticipantCategory.RESIDENT, C.id, f.naHang.id);

  const provinceId = f.lamBinh.provinceId;
  const activity = (
    title: string,
    kind: ActivityKind,
    districtId: number | null,
    status: ActivityStatus,
    startDate: string,
    plannedCost: number,
    actualCost: number | null,
  ) =>
    save(Activity, {
      title,
      kind,
      scope: ActivityScope.IN_PROVINCE,
      districtId,
      provinceId,
      status,
      startDate,
      endDate: startDate,
      fiscalYear: Number(startDate.slice(0, 4)),
      plannedCost,
      actualCost,
    });
  const T0 = await activity('Tập huấn 2018', ActivityKind.TRAINING, f.lamBinh.id, ActivityStatus.COMPLETED, '2018-05-02', 10_000_000, 10_000_000);
  const T1 = await activity('Tập huấn giám sát', ActivityKind.TRAINING, f.lamBinh.id, ActivityStatus.COMPLETED, '2019-03-10', 60_000_000, 50_000_000);
  const T2 = await activity('Tập huấn kỹ thuật chè', ActivityKind.TRAINING, f.lamBinh.id, ActivityStatus.COMPLETED, '2019-03-20', 30_000_000, 30_000_000);
  const T3 = await activity('Tập huấn bị huỷ', ActivityKind.TRAINING, f.naHang.id, ActivityStatus.CANCELLED, '2019-04-01', 40_000_000, null);
  const T4 = await activity('Tập huấn dự kiến', ActivityKind.TRAINING, f.naHang.id, ActivityStatus.PLANNED, '2019-10-01', 20_000_000, null);
  const E1 = await activity('Tham quan học tập', ActivityKind.EXCHANGE, null, ActivityStatus.COMPLETED, '2019-07-05', 80_000_000, 80_000_000);

  const attend = (activityId: number, p: Participant, attended = true, completed = attended) =>
    save(Attendance, { activityId, participantId: p.id, districtId: p.districtId, attended, completed });
  await attend(T0.id, P3);
  await attend(T1.id, P1);
  await attend(T1.id, P2);
  await attend(T2.id, P1);
  await attend(T2.id, P3, false);
  await attend(T3.id, P5);
  await attend(T4.id, P4, false);
  await attend(E1.id, P2);
  await attend(E1.id, P4, true, false);

  const funding = await save(Funding, { provinceId, fiscalYear: 2019, centralAmount: 1_000_000_000, exchangeCapPercent: 10 });
  await save(DistrictAllocation, { fundingId: funding.id, provinceId, districtId: f.lamBinh.id, fiscalYear: 2019, amount: 300_000_000 });
  await save(DistrictAllocation, { fundingId: funding.id, provinceId, districtId: f.naHang.id, fiscalYear: 2019, amount: 200_000_000 });
}
