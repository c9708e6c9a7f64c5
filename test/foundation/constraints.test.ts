import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, type TestDatabase } from '../helpers/database';
import { seedReference } from '../../seeds/reference-seed';
import { District, DistrictType } from '../../server/src/domain/geography/district.entity';
import { Commune } from '../../server/src/domain/geography/commune.entity';
import { Village } from '../../server/src/domain/geography/village.entity';
import { Funding } from '../../server/src/domain/funding/funding.entity';
import { Province } from '../../server/src/domain/geography/province.entity';

describe('the database keeps its own promises', () => {
  let t: TestDatabase;
  let province: Province;
  let lamBinh: District;
  let naHang: District;

  beforeAll(async () => {
    t = await freshDatabase();
    await seedReference(t.db);
    province = await t.db.getRepository(Province).findOneByOrFail({ code: '08' });
    lamBinh = await t.db.getRepository(District).findOneByOrFail({ code: '071' });
    naHang = await t.db.getRepository(District).findOneByOrFail({ code: '072' });
  });
  afterAll(() => t.close());

  it('refuses a second district with the same GSO code', async () => {
    const districts = t.db.getRepository(District);
    await expect(
      districts.insert(districts.create({ code: '071', name: 'Trùng mã', type: DistrictType.RURAL_DISTRICT, provinceId: province.id })),
    ).rejects.toThrow();
    expect(await districts.countBy({ code: '071' })).toBe(1);
  });

  it('refuses a village whose district differs from its commune’s', async () => {
    const villages = t.db.getRepository(Village);
    const commune = await t.db.getRepository(Commune).findOneByOrFail({ districtId: lamBinh.id, code: '02233' });
    await expect(villages.insert(villages.create({ name: 'Thôn Lạc', communeId: commune.id, districtId: naHang.id }))).rejects.toThrow();
    const ok = await villages.insert(villages.create({ name: 'Thôn Đúng', communeId: commune.id, districtId: lamBinh.id }));
    expect(ok.identifiers).toHaveLength(1);
    expect(await villages.countBy({ name: 'Thôn Lạc' })).toBe(0);
  });

  it('keeps the largest safe money amount, 9007199254740991 đồng, exactly', async () => {
    const fundings = t.db.getRepository(Funding);
    const { identifiers } = await fundings.insert(fundings.create({ provinceId: province.id, fiscalYear: 2099, centralAmount: Number.MAX_SAFE_INTEGER }));
    const stored = await fundings.findOneByOrFail({ id: identifiers[0].id });
    expect(stored.centralAmount).toBe(9007199254740991);
    expect(typeof stored.centralAmount).toBe('number');
  });

  it('refuses a second funding row for the same province and year', async () => {
    const fundings = t.db.getRepository(Funding);
    await fundings.insert(fundings.create({ provinceId: province.id, fiscalYear: 2030, centralAmount: 1 }));
    await expect(fundings.insert(fundings.create({ provinceId: province.id, fiscalYear: 2030, centralAmount: 2 }))).rejects.toThrow();
  });

  it('stores a diacritics-free search name beside the commune name', async () => {
    const commune = await t.db.getRepository(Commune).findOneByOrFail({ code: '02233' });
    expect(commune.name).toBe('Phúc Yên');
    expect(commune.searchName).toBe('phuc yen');
  });
});
