import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tenantFixture, type TenantFixture } from '../helpers/tenant-fixture';
import { buildReportWorld } from './report-fixture';
import { Commune } from '../../server/src/domain/geography/commune.entity';
import { Participant } from '../../server/src/domain/participants/participant.entity';
import { Activity, ActivityKind, ActivityScope, ActivityStatus } from '../../server/src/domain/activities/activity.entity';
import { Attendance } from '../../server/src/domain/activities/attendance.entity';

const ROW = 'district { code } communes especiallyDifficultCommunes villages monitoringBoards especiallyDifficultCommunesCovered coverage';
const REPORT = `query($y: Int!) { provinceReport(fiscalYear: $y) { districts { ${ROW} } total { ${ROW} } } }`;
type Row = {
  district: { code: string } | null;
  communes: number;
  especiallyDifficultCommunes: number;
  especiallyDifficultCommunesCovered: number;
  coverage: number | null;
};

/**
 * The hand-built world of report-fixture.ts, plus: Lâm Bình's especially difficult commune B is merged
 * away on 1 March 2020, yet its prestigious person P3 (who stays registered there) is trained in 2020 and
 * 2021, and P1 of A in 2021. One set of communes per year (docs/DOMAIN.md) means B counts in 2019 and
 * 2020, when it was in service, and nowhere in 2021 — neither among the especially difficult communes
 * nor among those covered.
 */
describe('a retired especially difficult commune whose people were trained', () => {
  let f: TenantFixture;
  const report = async (y: number) =>
    (await f.server.graphql<{ provinceReport: { districts: Row[]; total: Row } }>(REPORT, { y }, f.as.province)).data!.provinceReport;

  beforeAll(async () => {
    f = await tenantFixture();
    await buildReportWorld(f);
    const [, B] = f.lamBinhCommunes;
    await f.db.getRepository(Commune).update(B.id, { retiredAt: new Date('2020-03-01T00:00:00Z') });
    const [P1, P3] = await Promise.all(['Triệu Thị Mây', 'Ma Thị Hoa'].map((fullName) => f.db.getRepository(Participant).findOneByOrFail({ fullName })));
    for (const [year, people] of [
      [2020, [P3]],
      [2021, [P1, P3]],
    ] as const) {
      const activity = await f.db.getRepository(Activity).save(
        f.db.getRepository(Activity).create({
          title: `Tập huấn ${year}`,
          kind: ActivityKind.TRAINING,
          scope: ActivityScope.IN_PROVINCE,
          districtId: f.lamBinh.id,
          provinceId: f.lamBinh.provinceId,
          status: ActivityStatus.COMPLETED,
          startDate: `${year}-05-05`,
          endDate: `${year}-05-05`,
          fiscalYear: year,
          plannedCost: 0,
          actualCost: 0,
        }),
      );
      for (const p of people)
        await f.db
          .getRepository(Attendance)
          .save(
            f.db.getRepository(Attendance).create({ activityId: activity.id, participantId: p.id, districtId: p.districtId, attended: true, completed: true }),
          );
    }
  });
  afterAll(() => f.close());

  const lamBinh = (rows: Row[]) => rows.find((r) => r.district?.code === '071')!;

  it('counts the commune in the years it was in service, the year of its merger included', async () => {
    expect(lamBinh((await report(2019)).districts)).toMatchObject({ communes: 10, especiallyDifficultCommunes: 2, villages: 2, monitoringBoards: 1 });
    expect(lamBinh((await report(2020)).districts)).toMatchObject({
      communes: 10,
      especiallyDifficultCommunes: 2,
      especiallyDifficultCommunesCovered: 1,
      coverage: 0.5,
    });
  });

  it('leaves it out of every commune measure afterwards, so coverage never passes 100 %', async () => {
    const r = await report(2021);
    // Before one set was used everywhere this row read 2 covered of 1 (200 %).
    expect(lamBinh(r.districts)).toMatchObject({ communes: 9, especiallyDifficultCommunes: 1, especiallyDifficultCommunesCovered: 1, coverage: 1 });
    expect(r.total).toMatchObject({ communes: 136, especiallyDifficultCommunes: 2, especiallyDifficultCommunesCovered: 1, coverage: 0.5 });
  });
});
