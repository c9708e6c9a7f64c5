import type { DataSource } from 'typeorm';
import { freshDatabase, type TestDatabase } from './database';
import { startTestServer, type TestServer } from './server';
import type { AppSettings } from '../../server/src/app';
import { seedReference } from '../../seeds/reference-seed';
import { seedDemoAccounts } from '../../seeds/demo-accounts';
import { District } from '../../server/src/domain/geography/district.entity';
import { Commune } from '../../server/src/domain/geography/commune.entity';
import { Funding } from '../../server/src/domain/funding/funding.entity';
import { DistrictAllocation } from '../../server/src/domain/funding/district-allocation.entity';

export type Headers = Record<string, string>;

/**
 * Two districts of Tuyên Quang as tenants, with the demo accounts signed in, on a fresh database and
 * the real HTTP server. No demo data: each test builds the rows it needs through the API.
 *  - `lamBinh` (071) is "our" district: `manager` = huyen-071, `viewer` = huyen-071-xem
 *  - `naHang` (072) is "the other" district: `otherManager` = huyen-072
 *  - `province` = tinh (admin), `provinceViewer` = tinh-xem
 */
export interface TenantFixture {
  t: TestDatabase;
  db: DataSource;
  server: TestServer;
  lamBinh: District;
  naHang: District;
  /** Two communes of each district, by GSO code order. */
  lamBinhCommunes: Commune[];
  naHangCommunes: Commune[];
  as: { manager: Headers; viewer: Headers; otherManager: Headers; province: Headers; provinceViewer: Headers; anonymous: Headers };
  close: () => Promise<void>;
}

export async function tenantFixture(overrides: Partial<AppSettings> = {}): Promise<TenantFixture> {
  const t = await freshDatabase();
  await seedReference(t.db);
  await seedDemoAccounts(t.db, 'test');
  const server = await startTestServer(t.db, overrides);
  const districts = t.db.getRepository(District);
  const lamBinh = await districts.findOneByOrFail({ code: '071' });
  const naHang = await districts.findOneByOrFail({ code: '072' });
  const communesOf = (districtId: number) => t.db.getRepository(Commune).find({ where: { districtId }, order: { code: 'ASC' }, take: 2 });
  const [manager, viewer, otherManager, province, provinceViewer] = await Promise.all(
    ['huyen-071', 'huyen-071-xem', 'huyen-072', 'tinh', 'tinh-xem'].map((u) => server.signIn(u)),
  );
  return {
    t,
    db: t.db,
    server,
    lamBinh,
    naHang,
    lamBinhCommunes: await communesOf(lamBinh.id),
    naHangCommunes: await communesOf(naHang.id),
    as: { manager, viewer, otherManager, province, provinceViewer, anonymous: {} },
    async close() {
      await server.close();
      await t.close();
    },
  };
}

/** The error codes of a GraphQL response, for assertions such as `expect(codes(r)).toEqual(['NOT_FOUND'])`. */
export function codes(response: { errors?: { extensions?: Record<string, unknown> }[] }): unknown[] {
  return (response.errors ?? []).map((e) => e.extensions?.code);
}

/**
 * Funds the given years so amply (10^15 đồng, both fixture districts 4×10^14 each) that tests about
 * something other than money never meet a cap. The money rules have their own tests in test/funding.
 */
export async function fundGenerously(f: TenantFixture, years: number[]): Promise<void> {
  for (const fiscalYear of years) {
    const funding = await f.db
      .getRepository(Funding)
      .save(
        f.db.getRepository(Funding).create({ provinceId: f.lamBinh.provinceId, fiscalYear, centralAmount: 1e15, exchangeCapPercent: 10, decisionRef: 'test' }),
      );
    for (const district of [f.lamBinh, f.naHang]) {
      await f.db
        .getRepository(DistrictAllocation)
        .save(
          f.db
            .getRepository(DistrictAllocation)
            .create({ fundingId: funding.id, provinceId: district.provinceId, districtId: district.id, fiscalYear, amount: 4e14 }),
        );
    }
  }
}
