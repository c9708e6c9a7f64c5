import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tenantFixture, codes, type TenantFixture } from '../helpers/tenant-fixture';
import { AuditEntry } from '../../server/src/domain/audit/audit-entry.entity';

const SET_FUNDING = 'mutation($i: FundingInput!) { setFunding(input: $i) { id fiscalYear centralAmount exchangeCapPercent version } }';
const SET_ALLOCATIONS = 'mutation($i: AllocationsInput!) { setDistrictAllocations(input: $i) { districtId amount } }';
const BUDGET = `query($y: Int!) { budget(fiscalYear: $y) { funded fundingVersion central allocated committed
  exchangeCap { percent cap committed headroom } districts { district { code } allocation committed headroom } } }`;

type BudgetView = {
  budget: {
    funded: boolean;
    fundingVersion: number | null;
    central: number;
    allocated: number;
    exchangeCap: { cap: number; headroom: number };
    districts: { district: { code: string }; allocation: number }[];
  };
};

describe('funding per year and district allocations', () => {
  let f: TenantFixture;

  beforeAll(async () => {
    f = await tenantFixture();
  });
  afterAll(() => f.close());

  it('the province admin sets a year’s central funding; the cap defaults to 10 %', async () => {
    const { data, errors } = await f.server.graphql<{ setFunding: { centralAmount: number; exchangeCapPercent: number } }>(
      SET_FUNDING,
      { i: { fiscalYear: 2019, centralAmount: 5_000_000_000, decisionRef: '123/QĐ-UBND' } },
      f.as.province,
    );
    expect(errors).toBeUndefined();
    expect(data?.setFunding).toMatchObject({ centralAmount: 5_000_000_000, exchangeCapPercent: 10 });
    const budget = await f.server.graphql<BudgetView>(BUDGET, { y: 2019 }, f.as.province);
    expect(budget.data?.budget).toMatchObject({ funded: true, central: 5_000_000_000, allocated: 0, exchangeCap: { cap: 500_000_000, headroom: 500_000_000 } });
  });

  it('nobody but the province admin sets funding or allocations', async () => {
    for (const who of [f.as.manager, f.as.provinceViewer, f.as.viewer]) {
      expect(codes(await f.server.graphql(SET_FUNDING, { i: { fiscalYear: 2020, centralAmount: 1 } }, who))).toEqual(['FORBIDDEN']);
      expect(codes(await f.server.graphql(SET_ALLOCATIONS, { i: { fiscalYear: 2019, allocations: [] } }, who))).toEqual(['FORBIDDEN']);
    }
  });

  it('refuses allocations that add up to more than the central amount, and keeps the old ones', async () => {
    const ok = await f.server.graphql(
      SET_ALLOCATIONS,
      { i: { fiscalYear: 2019, allocations: [{ districtId: f.lamBinh.id, amount: 1_000_000_000 }] } },
      f.as.province,
    );
    expect(ok.errors).toBeUndefined();
    const tooMuch = await f.server.graphql(
      SET_ALLOCATIONS,
      {
        i: {
          fiscalYear: 2019,
          allocations: [
            { districtId: f.lamBinh.id, amount: 3_000_000_000 },
            { districtId: f.naHang.id, amount: 2_000_000_001 },
          ],
        },
      },
      f.as.province,
    );
    expect(codes(tooMuch)).toEqual(['BUDGET_EXCEEDED']);
    expect(tooMuch.errors?.[0].extensions).toMatchObject({ cap: 5_000_000_000, committed: 5_000_000_001 });
    const budget = await f.server.graphql<BudgetView>(BUDGET, { y: 2019 }, f.as.province);
    expect(budget.data?.budget.allocated).toBe(1_000_000_000);
  });

  it('a district sees the province figures and only its own envelope', async () => {
    await f.server.graphql(
      SET_ALLOCATIONS,
      {
        i: {
          fiscalYear: 2019,
          allocations: [
            { districtId: f.lamBinh.id, amount: 1_000_000_000 },
            { districtId: f.naHang.id, amount: 900_000_000 },
          ],
        },
      },
      f.as.province,
    );
    const mine = await f.server.graphql<BudgetView>(BUDGET, { y: 2019 }, f.as.manager);
    expect(mine.data?.budget.districts).toEqual([{ district: { code: '071' }, allocation: 1_000_000_000, committed: 0, headroom: 1_000_000_000 }]);
    const theirs = await f.server.graphql<BudgetView>(BUDGET, { y: 2019 }, f.as.otherManager);
    expect(theirs.data?.budget.districts.map((d) => d.district.code)).toEqual(['072']);
  });

  it('changing funding needs the current version and may not fall below the allocations', async () => {
    const budget = await f.server.graphql<BudgetView>(BUDGET, { y: 2019 }, f.as.province);
    const version = budget.data!.budget.fundingVersion!;
    expect(codes(await f.server.graphql(SET_FUNDING, { i: { fiscalYear: 2019, centralAmount: 6_000_000_000 } }, f.as.province))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await f.server.graphql(SET_FUNDING, { i: { fiscalYear: 2019, centralAmount: 6_000_000_000, version: version - 1 } }, f.as.province))).toEqual([
      'CONFLICT',
    ]);
    const tooLow = await f.server.graphql(SET_FUNDING, { i: { fiscalYear: 2019, centralAmount: 1_500_000_000, version } }, f.as.province);
    expect(codes(tooLow)).toEqual(['BUDGET_EXCEEDED']);
    const raised = await f.server.graphql<{ setFunding: { centralAmount: number; version: number } }>(
      SET_FUNDING,
      { i: { fiscalYear: 2019, centralAmount: 6_000_000_000, version } },
      f.as.province,
    );
    expect(raised.data?.setFunding).toEqual(expect.objectContaining({ centralAmount: 6_000_000_000, version: version + 1 }));
  });

  it('refuses money that is negative, fractional or past 2^53-1', async () => {
    for (const centralAmount of [-1, 1.5, '9007199254740992']) {
      expect(codes(await f.server.graphql(SET_FUNDING, { i: { fiscalYear: 2021, centralAmount } }, f.as.province))).toEqual(['BAD_USER_INPUT']);
    }
  });

  it('an allocation to a district outside the province answers NOT_FOUND', async () => {
    expect(
      codes(await f.server.graphql(SET_ALLOCATIONS, { i: { fiscalYear: 2019, allocations: [{ districtId: 999_999, amount: 1 }] } }, f.as.province)),
    ).toEqual(['NOT_FOUND']);
  });

  it('leaves an audit entry for every funding write', async () => {
    const entries = await f.db.getRepository(AuditEntry).find({ where: { entity: 'Funding' } });
    expect(entries.map((e) => e.action)).toEqual(['CREATE', 'UPDATE']);
    expect(await f.db.getRepository(AuditEntry).countBy({ entity: 'DistrictAllocation' })).toBeGreaterThanOrEqual(2);
  });
});
