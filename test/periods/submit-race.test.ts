import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tenantFixture, type TenantFixture } from '../helpers/tenant-fixture';
import { Activity } from '../../server/src/domain/activities/activity.entity';
import { APPROVE, CREATE_ACTIVITY, SUBMIT, run, training } from './year-helpers';

const ROW = 'query($y: Int!) { provinceReport(fiscalYear: $y) { districts { district { code } approved activitiesOrganised } } }';
const WRITERS = 12;

/**
 * Writes racing a submission (on MariaDB each in its own connection, truly concurrent): every write
 * either commits before the submission — and is then in the approved figures — or is refused with
 * PERIOD_LOCKED having written nothing. None is lost between the two.
 */
describe('writes racing a submission', () => {
  let f: TenantFixture;

  beforeAll(async () => {
    f = await tenantFixture();
  });
  afterAll(() => f.close());

  it('either land before it and are approved, or are refused', async () => {
    const writes = Array.from({ length: WRITERS }, (_, i) =>
      run(f, CREATE_ACTIVITY, { input: training(f.lamBinh.id, 2020, `Tập huấn song song ${i}`) }, f.as.manager),
    );
    const submit = run(f, SUBMIT, { y: 2020 }, f.as.manager);
    const results = await Promise.all([...writes.slice(0, WRITERS / 2), submit, ...writes.slice(WRITERS / 2)]);
    const submitted = results[WRITERS / 2];
    const outcomes = results.filter((r) => r !== submitted);
    expect(submitted.code).toBeUndefined();
    expect(outcomes.map((r) => r.code ?? 'OK').every((c) => c === 'OK' || c === 'PERIOD_LOCKED')).toBe(true);
    const landed = outcomes.filter((r) => r.code === undefined).length;

    expect((await run(f, APPROVE, { d: f.lamBinh.id, y: 2020 }, f.as.province)).code).toBeUndefined();
    const { data } = await run<{ provinceReport: { districts: { district: { code: string }; approved: boolean; activitiesOrganised: number }[] } }>(
      f,
      ROW,
      { y: 2020 },
      f.as.province,
    );
    const row = data!.provinceReport.districts.find((d) => d.district.code === '071')!;
    expect(row.approved).toBe(true);
    expect(row.activitiesOrganised).toBe(landed);
    expect(await f.db.getRepository(Activity).countBy({ districtId: f.lamBinh.id, fiscalYear: 2020 })).toBe(landed);
    // After the submission every write is refused.
    expect((await run(f, CREATE_ACTIVITY, { input: training(f.lamBinh.id, 2020, 'Muộn') }, f.as.manager)).code).toBe('PERIOD_LOCKED');
  });
});
