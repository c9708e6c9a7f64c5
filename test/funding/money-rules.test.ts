import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tenantFixture, codes, type Headers, type TenantFixture } from '../helpers/tenant-fixture';
import type { GraphQLResponse } from '../helpers/server';
import { Activity } from '../../server/src/domain/activities/activity.entity';

const CREATE = 'mutation($input: CreateActivityInput!) { createActivity(input: $input) { id version committedCost } }';
const UPDATE = 'mutation($id: Int!, $v: Int!, $input: ActivityInput!) { updateActivity(id: $id, version: $v, input: $input) { id version committedCost } }';
const SET_FUNDING = 'mutation($i: FundingInput!) { setFunding(input: $i) { id } }';
const SET_ALLOCATIONS = 'mutation($i: AllocationsInput!) { setDistrictAllocations(input: $i) { districtId } }';

type Saved = { id: number; version: number; committedCost: number };

const RACE_YEARS = [2020, 2021, 2022, 2023];

/** An activity of `year`: EXCHANGE or TRAINING, costing `plannedCost` while planned. */
const activity = (year: number, kind: 'EXCHANGE' | 'TRAINING', plannedCost: number, districtId: number | null, title = `${kind} ${plannedCost}`) => ({
  kind,
  scope: 'OUT_OF_PROVINCE',
  title,
  startDate: `${year}-06-01`,
  endDate: `${year}-06-03`,
  fiscalYear: year,
  plannedCost,
  ...(districtId === null ? {} : { districtId }),
});

describe('the money rules (docs/DOMAIN.md), enforced by the server', () => {
  let f: TenantFixture;
  const create = (input: Record<string, unknown>, who: Headers) => f.server.graphql<{ createActivity: Saved }>(CREATE, { input }, who);

  async function fund(year: number, central: number, lamBinh: number, naHang: number): Promise<void> {
    expect((await f.server.graphql(SET_FUNDING, { i: { fiscalYear: year, centralAmount: central } }, f.as.province)).errors).toBeUndefined();
    const allocations = [
      { districtId: f.lamBinh.id, amount: lamBinh },
      { districtId: f.naHang.id, amount: naHang },
    ];
    expect((await f.server.graphql(SET_ALLOCATIONS, { i: { fiscalYear: year, allocations } }, f.as.province)).errors).toBeUndefined();
  }

  beforeAll(async () => {
    f = await tenantFixture();
    // 2019: central 1 tỷ → study-tour cap 100 triệu; Lâm Bình 300 triệu, Na Hang 300 triệu, the province keeps 400 triệu.
    await fund(2019, 1_000_000_000, 300_000_000, 300_000_000);
    // 2020–2022: the same cap, one year per round of the concurrency race.
    for (const year of RACE_YEARS) await fund(year, 1_000_000_000, 300_000_000, 300_000_000);
  });
  afterAll(() => f.close());

  it('commits exactly the cap, and refuses one đồng more with the figures', async () => {
    expect((await create(activity(2019, 'EXCHANGE', 60_000_000, f.lamBinh.id), f.as.manager)).errors).toBeUndefined();
    expect((await create(activity(2019, 'EXCHANGE', 40_000_000, null), f.as.province)).errors).toBeUndefined();
    const oneMore = await create(activity(2019, 'EXCHANGE', 1, f.naHang.id), f.as.otherManager);
    expect(codes(oneMore)).toEqual(['BUDGET_CAP_EXCEEDED']);
    const figures = { cap: 100_000_000, committed: 100_000_000, requested: 1, headroom: 0 };
    expect(oneMore.errors?.[0].extensions).toEqual({ code: 'BUDGET_CAP_EXCEEDED', ...figures, messageKey: 'errors.budgetCapExceeded', params: figures });
    // Training is not a study tour: it still fits under the cap-full year.
    expect((await create(activity(2019, 'TRAINING', 1, f.naHang.id), f.as.otherManager)).errors).toBeUndefined();
  });

  it('counts an activity’s old cost out when its cost changes', async () => {
    const list = await f.db.getRepository(Activity).find({ where: { fiscalYear: 2019, kind: 'EXCHANGE' as never, districtId: f.lamBinh.id } });
    const tour = list[0];
    const update = (plannedCost: number, version: number) =>
      f.server.graphql<{ updateActivity: Saved }>(
        UPDATE,
        { id: tour.id, v: version, input: { ...activity(2019, 'EXCHANGE', plannedCost, null), title: 'EXCHANGE 60000000' } },
        f.as.manager,
      );
    const same = await update(60_000_000, tour.version);
    expect(same.errors).toBeUndefined();
    expect(codes(await update(60_000_001, same.data!.updateActivity.version))).toEqual(['BUDGET_CAP_EXCEEDED']);
    const lowered = await update(50_000_000, same.data!.updateActivity.version);
    expect(lowered.data?.updateActivity.committedCost).toBe(50_000_000);
    expect((await create(activity(2019, 'EXCHANGE', 10_000_000, f.naHang.id), f.as.otherManager)).errors).toBeUndefined();
    expect(codes(await create(activity(2019, 'EXCHANGE', 1, f.naHang.id), f.as.otherManager))).toEqual(['BUDGET_CAP_EXCEEDED']);
  });

  it('keeps a district within its allocation', async () => {
    // Na Hang has committed 10 000 001 so far in 2019; its envelope is 300 000 000.
    expect((await create(activity(2019, 'TRAINING', 289_999_999, f.naHang.id), f.as.otherManager)).errors).toBeUndefined();
    const over = await create(activity(2019, 'TRAINING', 1, f.naHang.id), f.as.otherManager);
    expect(codes(over)).toEqual(['BUDGET_EXCEEDED']);
    expect(over.errors?.[0].extensions).toMatchObject({ cap: 300_000_000, committed: 300_000_000, requested: 1, headroom: 0 });
  });

  it('accepts no costed activity in a year without funding, with a clear error, and a free one still passes', async () => {
    const unfunded = await create(activity(2031, 'TRAINING', 5_000_000, f.lamBinh.id), f.as.manager);
    expect(codes(unfunded)).toEqual(['BAD_USER_INPUT']);
    expect(unfunded.errors?.[0].extensions?.field).toBe('fiscalYear');
    expect((await create(activity(2031, 'TRAINING', 0, f.lamBinh.id), f.as.manager)).errors).toBeUndefined();
  });

  it('holds under concurrent study-tour writes from several districts: never over the cap, every refusal coded', async () => {
    const callers = [f.as.manager, f.as.otherManager, f.as.province];
    const districtOf = (i: number) => [f.lamBinh.id, f.naHang.id, null][i % 3];
    // 30 tours of 7 triệu race for a 100 triệu cap: exactly 14 fit, whatever the interleaving. A race
    // is a matter of chance, so it runs in several rounds (without the funding-row lock, most rounds fail).
    for (const year of RACE_YEARS) {
      const results: GraphQLResponse<{ createActivity: Saved }>[] = await Promise.all(
        Array.from({ length: 30 }, (_, i) => create(activity(year, 'EXCHANGE', 7_000_000, districtOf(i), `Tour ${i}`), callers[i % 3])),
      );
      const accepted = results.filter((r) => r.data?.createActivity);
      const refused = results.filter((r) => r.errors);
      expect(accepted).toHaveLength(14);
      expect(refused.map((r) => codes(r)[0])).toEqual(Array(16).fill('BUDGET_CAP_EXCEEDED'));
      const [{ total }] = await f.db.query(`SELECT SUM(plannedCost) AS total FROM activity WHERE fiscalYear = ${year} AND kind = 'EXCHANGE'`);
      expect(Number(total)).toBe(98_000_000);
    }
  });
});
