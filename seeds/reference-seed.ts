import type { DataSource, EntityManager } from 'typeorm';
import { EthnicGroup } from '../server/src/domain/reference/ethnic-group.entity';
import { Province } from '../server/src/domain/geography/province.entity';
import { District, type DistrictType } from '../server/src/domain/geography/district.entity';
import { Commune, type CommuneType } from '../server/src/domain/geography/commune.entity';
import ethnicGroups from './reference/ethnic-groups.json';
import tuyenQuang from './reference/tuyen-quang.json';

export interface ReferenceCommune {
  code: string;
  name: string;
  type: CommuneType;
}
export interface ReferenceDistrict {
  code: string;
  name: string;
  type: DistrictType;
  communes: ReferenceCommune[];
}

export const TUYEN_QUANG = tuyenQuang as { province: { code: string; name: string }; districts: ReferenceDistrict[] };

/**
 * The facts every installation needs: the 54 ethnic groups and Tuyên Quang's real districts and
 * communes. Rows are found by their code and only missing ones are inserted, so a second run changes nothing.
 */
export async function seedReference(dataSource: DataSource): Promise<void> {
  await dataSource.transaction(async (manager) => {
    await insertMissingEthnicGroups(manager);
    const province = await findOrInsert(manager, Province, { code: TUYEN_QUANG.province.code }, { name: TUYEN_QUANG.province.name });
    for (const district of TUYEN_QUANG.districts) {
      const row = await findOrInsert(manager, District, { code: district.code }, { name: district.name, type: district.type, provinceId: province.id });
      const existing = new Set((await manager.find(Commune, { where: { districtId: row.id }, select: { code: true } })).map((c) => c.code));
      const missing = district.communes.filter((c) => !existing.has(c.code));
      if (missing.length > 0) {
        await manager.insert(
          Commune,
          missing.map((c) => manager.create(Commune, { code: c.code, name: c.name, type: c.type, districtId: row.id })),
        );
      }
    }
  });
}

async function insertMissingEthnicGroups(manager: EntityManager): Promise<void> {
  const existing = new Set((await manager.find(EthnicGroup)).map((g) => g.code));
  const missing = ethnicGroups.groups.filter((g) => !existing.has(g.code));
  if (missing.length > 0) {
    await manager.insert(
      EthnicGroup,
      missing.map((g) => ({ code: g.code, name: g.name, nameAlt: 'nameAlt' in g ? g.nameAlt : null })),
    );
  }
}

async function findOrInsert<T extends Province | District>(manager: EntityManager, entity: new () => T, key: { code: string }, values: Partial<T>): Promise<T> {
  const found = await manager.findOne(entity, { where: key as never });
  if (found) return found;
  return manager.save(manager.create(entity, { ...key, ...values } as never));
}
