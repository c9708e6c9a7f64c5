import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fundGenerously, tenantFixture, type TenantFixture } from '../helpers/tenant-fixture';
import { CREATE_ACTIVITY, run, training } from './year-helpers';

const ACTIVE_YEARS = '{ activeYears }';

describe('activeYears: the years a caller’s yearly pages open on, scoped like the rows behind them', () => {
  let f: TenantFixture;
  const yearsOf = async (headers: TenantFixture['as']['manager']) => (await run<{ activeYears: number[] }>(f, ACTIVE_YEARS, {}, headers)).data?.activeYears;
  const create = async (districtId: number | null, year: number, headers: TenantFixture['as']['manager']) =>
    expect((await run(f, CREATE_ACTIVITY, { input: training(districtId, year) }, headers)).code).toBeUndefined();

  beforeAll(async () => {
    f = await tenantFixture();
  });
  afterAll(() => f.close());

  it('is empty before anything is funded or organised', async () => {
    expect(await yearsOf(f.as.manager)).toEqual([]);
    expect(await yearsOf(f.as.province)).toEqual([]);
  });

  it('another district’s activities do not move our year; the province sees them', async () => {
    await create(f.naHang.id, 2031, f.as.otherManager);
    expect(await yearsOf(f.as.manager)).toEqual([]);
    expect(await yearsOf(f.as.viewer)).toEqual([]);
    expect(await yearsOf(f.as.otherManager)).toEqual([2031]);
    expect(await yearsOf(f.as.provinceViewer)).toEqual([2031]);
  });

  it('counts our own activities, the province-level ones we see and the funded years, newest first, once each', async () => {
    await create(f.lamBinh.id, 2027, f.as.manager);
    await create(f.lamBinh.id, 2027, f.as.manager);
    await create(null, 2028, f.as.province);
    await fundGenerously(f, [2029, 2027]);
    expect(await yearsOf(f.as.manager)).toEqual([2029, 2028, 2027]);
    expect(await yearsOf(f.as.viewer)).toEqual([2029, 2028, 2027]);
    expect(await yearsOf(f.as.otherManager)).toEqual([2031, 2029, 2028, 2027]);
    expect(await yearsOf(f.as.province)).toEqual([2031, 2029, 2028, 2027]);
  });

  it('asks for a signed-in caller', async () => {
    expect((await run(f, ACTIVE_YEARS, {}, f.as.anonymous)).code).toBe('UNAUTHENTICATED');
  });
});
