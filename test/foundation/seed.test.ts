import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, type TestDatabase } from '../helpers/database';
import { seedAll } from '../../seeds/index';
import { TUYEN_QUANG } from '../../seeds/reference-seed';
import { entities } from '../../server/src/domain/entities';
import { District } from '../../server/src/domain/geography/district.entity';
import { Commune } from '../../server/src/domain/geography/commune.entity';
import { EthnicGroup } from '../../server/src/domain/reference/ethnic-group.entity';
import { User } from '../../server/src/domain/accounts/user.entity';
import { seedDemoAccounts } from '../../seeds/demo-accounts';

async function rowCounts(t: TestDatabase): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const entity of entities) counts[entity.name] = await t.db.getRepository(entity).count();
  return counts;
}

describe('the Tuyên Quang seed', () => {
  let t: TestDatabase;

  beforeAll(async () => {
    t = await freshDatabase();
    await seedAll(t.db, { demo: true });
  });
  afterAll(() => t.close());

  it('holds the 7 real districts and 137 real communes with their GSO codes and names', async () => {
    const districts = await t.db.getRepository(District).find({ order: { code: 'ASC' } });
    expect(districts.map((d) => `${d.code} ${d.name}`)).toEqual([
      '070 Tuyên Quang',
      '071 Lâm Bình',
      '072 Na Hang',
      '073 Chiêm Hóa',
      '074 Hàm Yên',
      '075 Yên Sơn',
      '076 Sơn Dương',
    ]);
    const communes = await t.db.getRepository(Commune).find({ order: { code: 'ASC' } });
    expect(communes).toHaveLength(137);
    const byId = new Map(districts.map((d) => [d.id, d.code]));
    const stored = communes.map((c) => `${byId.get(c.districtId)} ${c.code} ${c.name} ${c.type}`).sort();
    const reference = TUYEN_QUANG.districts.flatMap((d) => d.communes.map((c) => `${d.code} ${c.code} ${c.name} ${c.type}`)).sort();
    expect(stored).toEqual(reference);
    // Sơn Dương lost Vân Sơn (02593) in the merger of 01/09/2024 and has 30 communes.
    expect(communes.filter((c) => byId.get(c.districtId) === '076')).toHaveLength(30);
    expect(communes.some((c) => c.code === '02593')).toBe(false);
  });

  it('holds the 54 ethnic groups with 01 as Kinh', async () => {
    const groups = await t.db.getRepository(EthnicGroup).find({ order: { code: 'ASC' } });
    expect(groups).toHaveLength(54);
    expect(groups[0]).toMatchObject({ code: '01', name: 'Kinh' });
    expect(groups.at(-1)?.code).toBe('54');
  });

  it('changes nothing when it runs a second time', async () => {
    const before = await rowCounts(t);
    await seedAll(t.db, { demo: true });
    expect(await rowCounts(t)).toEqual(before);
  });

  it('generates a plausible demo, marked as demo', async () => {
    const [{ villages, demoVillages }] = await t.db.query('SELECT COUNT(*) AS villages, SUM(demo) AS demoVillages FROM village');
    expect(Number(villages)).toBe(Number(demoVillages));
    const perCommune: { n: number }[] = await t.db.query('SELECT COUNT(*) AS n FROM village GROUP BY communeId');
    expect(perCommune).toHaveLength(137);
    expect(perCommune.every((r) => Number(r.n) >= 3 && Number(r.n) <= 8)).toBe(true);
    const [{ n: participants }] = await t.db.query('SELECT COUNT(*) AS n FROM participant WHERE demo = 1');
    expect(Number(participants)).toBeGreaterThan(137 * 25);
    const [{ n: boardsMissing }] = await t.db.query(
      `SELECT COUNT(*) AS n FROM commune c LEFT JOIN monitoring_board b ON b.communeId = c.id
       WHERE c.p135Status = 'ESPECIALLY_DIFFICULT' AND b.id IS NULL`,
    );
    expect(Number(boardsMissing)).toBe(0);
    const ethnic: { code: string }[] = await t.db.query('SELECT DISTINCT ethnicGroupCode AS code FROM participant ORDER BY 1');
    expect(ethnic.map((r) => r.code)).toEqual(['01', '02', '07', '08', '09', '15', '18']);
    const years: { y: number }[] = await t.db.query('SELECT DISTINCT fiscalYear AS y FROM activity ORDER BY 1');
    expect(years.map((r) => Number(r.y))).toEqual([2017, 2018, 2019, 2020]);
  });

  it('keeps the demo money inside the money rules', async () => {
    const committed = `CASE a.status WHEN 'COMPLETED' THEN a.actualCost WHEN 'PLANNED' THEN a.plannedCost ELSE 0 END`;
    const overCap: unknown[] = await t.db.query(
      `SELECT f.fiscalYear FROM funding f JOIN activity a ON a.provinceId = f.provinceId AND a.fiscalYear = f.fiscalYear AND a.kind = 'EXCHANGE'
       GROUP BY f.id, f.fiscalYear, f.centralAmount, f.exchangeCapPercent
       HAVING SUM(${committed}) * 100 > f.centralAmount * f.exchangeCapPercent`,
    );
    expect(overCap).toEqual([]);
    const overAllocated: unknown[] = await t.db.query(
      `SELECT f.fiscalYear FROM funding f JOIN district_allocation d ON d.fundingId = f.id
       GROUP BY f.id, f.fiscalYear, f.centralAmount HAVING SUM(d.amount) > f.centralAmount`,
    );
    expect(overAllocated).toEqual([]);
    const overEnvelope: unknown[] = await t.db.query(
      `SELECT d.districtId FROM district_allocation d JOIN activity a ON a.districtId = d.districtId AND a.fiscalYear = d.fiscalYear
       GROUP BY d.id, d.districtId, d.amount HAVING SUM(${committed}) > d.amount`,
    );
    expect(overEnvelope).toEqual([]);
    const [{ n: exchanges }] = await t.db.query(`SELECT COUNT(*) AS n FROM activity WHERE kind = 'EXCHANGE'`);
    expect(Number(exchanges)).toBeGreaterThan(0);
  });

  it('creates the demo accounts and refuses them in production', async () => {
    const users = await t.db.getRepository(User).find({ order: { username: 'ASC' } });
    expect(users.map((u) => u.username)).toEqual([
      'huyen-070',
      'huyen-071',
      'huyen-071-xem',
      'huyen-072',
      'huyen-073',
      'huyen-074',
      'huyen-075',
      'huyen-076',
      'tinh',
      'tinh-xem',
    ]);
    expect(users.every((u) => u.passwordHash.startsWith('$argon2id$'))).toBe(true);
    await expect(seedDemoAccounts(t.db, 'production')).rejects.toThrow(/production/);
  });
});
