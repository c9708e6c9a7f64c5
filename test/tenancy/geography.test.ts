import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tenantFixture, codes, type Headers, type TenantFixture } from '../helpers/tenant-fixture';
import { AuditEntry } from '../../server/src/domain/audit/audit-entry.entity';
import { Commune } from '../../server/src/domain/geography/commune.entity';
import { Village } from '../../server/src/domain/geography/village.entity';

interface VillageRow {
  id: number;
  version: number;
  communeId: number;
}
interface Connection {
  totalCount: number;
  edges: { node: { id: number; districtId: number } }[];
}

const CREATE_VILLAGE = 'mutation($input: CreateVillageInput!) { createVillage(input: $input) { id version communeId } }';
const UPDATE_VILLAGE = 'mutation($id: Int!, $version: Int!, $input: UpdateVillageInput!) { updateVillage(id: $id, version: $version, input: $input) { id } }';
const DELETE_VILLAGE = 'mutation($id: Int!, $version: Int!) { deleteVillage(id: $id, version: $version) }';
const CREATE_COMMUNE = 'mutation($input: CreateCommuneInput!) { createCommune(input: $input) { id } }';
const UPDATE_COMMUNE = 'mutation($id: Int!, $version: Int!, $input: UpdateCommuneInput!) { updateCommune(id: $id, version: $version, input: $input) { id } }';
const RETIRE_COMMUNE = 'mutation($id: Int!, $version: Int!) { retireCommune(id: $id, version: $version) { id } }';
const COMMUNE_PAGE = 'query($filter: CommuneFilter) { communePage(filter: $filter, first: 200) { totalCount edges { node { id districtId } } } }';
const VILLAGES = 'query($filter: VillageFilter) { villages(filter: $filter, first: 200) { totalCount edges { node { id districtId } } } }';

/**
 * Lâm Bình (071) keeps a village, Nà Bó in Phúc Yên; Na Hang (072) has its own. Na Hang's manager must
 * not be able to tell that any of Lâm Bình's rows exist, let alone change them.
 */
describe('tenancy of communes and villages', () => {
  let f: TenantFixture;
  let phucYen: Commune;
  let naHangCommune: Commune;
  let lamBinhVillage: VillageRow;
  let naHangVillage: VillageRow;

  const gql = <T>(query: string, variables: Record<string, unknown>, headers: Headers) => f.server.graphql<T>(query, variables, headers);
  const villageRow = (id: number) => f.db.getRepository(Village).findOneByOrFail({ id });
  const communeRow = (id: number) => f.db.getRepository(Commune).findOneByOrFail({ id });
  const auditCount = () => f.db.getRepository(AuditEntry).count();
  const create = async (input: Record<string, unknown>, headers: Headers) => {
    const result = await gql<{ createVillage: VillageRow }>(CREATE_VILLAGE, { input }, headers);
    expect(result.errors).toBeUndefined();
    return result.data!.createVillage;
  };

  beforeAll(async () => {
    f = await tenantFixture();
    phucYen = f.lamBinhCommunes[0];
    naHangCommune = f.naHangCommunes[0];
    lamBinhVillage = await create({ communeId: phucYen.id, name: 'Nà Bó', especiallyDifficult: true, households: 80, poorHouseholds: 30 }, f.as.manager);
    naHangVillage = await create({ communeId: naHangCommune.id, name: 'Nà Khá', households: 60, poorHouseholds: 20 }, f.as.otherManager);
  });
  afterAll(() => f.close());

  describe("another district's manager", () => {
    it('cannot read the district, its communes or its villages by id', async () => {
      const { data, errors } = await gql<{ district: unknown; commune: unknown; village: unknown }>(
        'query($d: Int!, $c: Int!, $v: Int!) { district(id: $d) { id } commune(id: $c) { id } village(id: $v) { id } }',
        { d: f.lamBinh.id, c: phucYen.id, v: lamBinhVillage.id },
        f.as.otherManager,
      );
      expect(errors).toBeUndefined();
      expect(data).toEqual({ district: null, commune: null, village: null });
      // The same lookup of a missing id answers identically.
      const missing = await gql('query { district(id: 999999) { id } commune(id: 999999) { id } village(id: 999999) { id } }', {}, f.as.otherManager);
      expect(missing).toEqual({ data: { district: null, commune: null, village: null } });
    });

    it('sees only its own district in the district list and in the communes query', async () => {
      const { data } = await gql<{ districts: { id: number }[]; communes: unknown[] }>(
        'query($id: Int!) { districts { id } communes(districtId: $id) { id } }',
        { id: f.lamBinh.id },
        f.as.otherManager,
      );
      expect(data?.districts).toEqual([{ id: f.naHang.id }]);
      expect(data?.communes).toEqual([]);
    });

    it('cannot filter or search the commune list into the other district', async () => {
      for (const filter of [{ districtId: f.lamBinh.id }, { search: 'phuc yen' }, { districtId: f.lamBinh.id, includeRetired: true }]) {
        const { data } = await gql<{ communePage: Connection }>(COMMUNE_PAGE, { filter }, f.as.otherManager);
        expect(data?.communePage, JSON.stringify(filter)).toEqual({ totalCount: 0, edges: [] });
      }
      const all = await gql<{ communePage: Connection }>(COMMUNE_PAGE, { filter: null }, f.as.otherManager);
      expect(all.data?.communePage.totalCount).toBeGreaterThan(0);
      expect(new Set(all.data?.communePage.edges.map((e) => e.node.districtId))).toEqual(new Set([f.naHang.id]));
      // Control: the province finds Phúc Yên with the same search.
      const province = await gql<{ communePage: Connection }>(COMMUNE_PAGE, { filter: { search: 'phuc yen' } }, f.as.province);
      expect(province.data?.communePage.edges.map((e) => e.node.id)).toEqual([phucYen.id]);
    });

    it('cannot filter or search the village list into the other district', async () => {
      for (const filter of [{ districtId: f.lamBinh.id }, { communeId: phucYen.id }, { search: 'na bo' }, { especiallyDifficult: true }]) {
        const { data } = await gql<{ villages: Connection }>(VILLAGES, { filter }, f.as.otherManager);
        expect(data?.villages, JSON.stringify(filter)).toEqual({ totalCount: 0, edges: [] });
      }
      const all = await gql<{ villages: Connection }>(VILLAGES, { filter: null }, f.as.otherManager);
      expect(all.data?.villages.edges.map((e) => e.node.id)).toEqual([naHangVillage.id]);
      const province = await gql<{ villages: Connection }>(VILLAGES, { filter: { search: 'na bo' } }, f.as.province);
      expect(province.data?.villages.edges.map((e) => e.node.id)).toEqual([lamBinhVillage.id]);
    });

    it('reaches only its own rows through nested fields', async () => {
      const { data, errors } = await gql<{
        districts: { communes: { id: number; district: { id: number }; villages: { id: number; commune: { id: number }; district: { id: number } }[] }[] }[];
      }>('{ districts { communes { id district { id } villages { id commune { id } district { id } } } } }', {}, f.as.otherManager);
      expect(errors).toBeUndefined();
      const communes = data!.districts.flatMap((d) => d.communes);
      expect(communes.map((c) => c.id)).not.toContain(phucYen.id);
      expect(new Set(communes.map((c) => c.district.id))).toEqual(new Set([f.naHang.id]));
      const villages = communes.flatMap((c) => c.villages);
      expect(villages.map((v) => v.id)).toEqual([naHangVillage.id]);
      expect(villages[0]).toMatchObject({ commune: { id: naHangCommune.id }, district: { id: f.naHang.id } });
    });

    it('cannot change the Program 135 status of the other district’s commune', async () => {
      const before = await communeRow(phucYen.id);
      const audits = await auditCount();
      const result = await gql(UPDATE_COMMUNE, { id: phucYen.id, version: before.version, input: { p135Status: 'SAFE_ZONE' } }, f.as.otherManager);
      expect(codes(result)).toEqual(['NOT_FOUND']);
      expect(await communeRow(phucYen.id)).toEqual(before);
      expect(await auditCount()).toBe(audits);
    });

    it('cannot create a village in the other district’s commune (NOT_FOUND on communeId)', async () => {
      const villages = await f.db.getRepository(Village).count();
      const result = await gql(CREATE_VILLAGE, { input: { communeId: phucYen.id, name: 'Thôn Lạ' } }, f.as.otherManager);
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'communeId' });
      expect(await f.db.getRepository(Village).count()).toBe(villages);
    });

    it('cannot update or delete the other district’s village', async () => {
      const before = await villageRow(lamBinhVillage.id);
      const audits = await auditCount();
      const update = await gql(UPDATE_VILLAGE, { id: lamBinhVillage.id, version: before.version, input: { name: 'Đổi Tên' } }, f.as.otherManager);
      expect(codes(update)).toEqual(['NOT_FOUND']);
      const remove = await gql(DELETE_VILLAGE, { id: lamBinhVillage.id, version: before.version }, f.as.otherManager);
      expect(codes(remove)).toEqual(['NOT_FOUND']);
      expect(await villageRow(lamBinhVillage.id)).toEqual(before);
      expect(await auditCount()).toBe(audits);
    });

    it('cannot move its own village into the other district’s commune', async () => {
      const before = await villageRow(naHangVillage.id);
      const result = await gql(UPDATE_VILLAGE, { id: naHangVillage.id, version: before.version, input: { communeId: phucYen.id } }, f.as.otherManager);
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'communeId' });
      expect(await villageRow(naHangVillage.id)).toEqual(before);
    });
  });

  it('keeps even the province from moving a village into another district’s commune', async () => {
    const before = await villageRow(lamBinhVillage.id);
    const result = await gql(UPDATE_VILLAGE, { id: lamBinhVillage.id, version: before.version, input: { communeId: naHangCommune.id } }, f.as.province);
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'communeId' });
    expect(await villageRow(lamBinhVillage.id)).toEqual(before);
  });

  it('refuses every write of a district viewer and a province viewer with FORBIDDEN', async () => {
    const village = await villageRow(lamBinhVillage.id);
    const commune = await communeRow(phucYen.id);
    const audits = await auditCount();
    for (const headers of [f.as.viewer, f.as.provinceViewer]) {
      const attempts = [
        gql(CREATE_VILLAGE, { input: { communeId: phucYen.id, name: 'Thôn Xem' } }, headers),
        gql(UPDATE_VILLAGE, { id: village.id, version: village.version, input: { households: 1, poorHouseholds: 0 } }, headers),
        gql(DELETE_VILLAGE, { id: village.id, version: village.version }, headers),
        gql(UPDATE_COMMUNE, { id: commune.id, version: commune.version, input: { p135Status: 'SAFE_ZONE' } }, headers),
        gql(CREATE_COMMUNE, { input: { districtId: f.lamBinh.id, code: '99902', name: 'Xã Xem', type: 'COMMUNE' } }, headers),
        gql(RETIRE_COMMUNE, { id: commune.id, version: commune.version }, headers),
      ];
      for (const result of await Promise.all(attempts)) expect(codes(result)).toEqual(['FORBIDDEN']);
    }
    expect(await villageRow(village.id)).toEqual(village);
    expect(await communeRow(commune.id)).toEqual(commune);
    expect(await f.db.getRepository(Commune).existsBy({ code: '99902' })).toBe(false);
    expect(await auditCount()).toBe(audits);
  });

  it('keeps creating, renaming and retiring communes from district managers (FORBIDDEN)', async () => {
    const commune = await communeRow(phucYen.id);
    const create = await gql(CREATE_COMMUNE, { input: { districtId: f.lamBinh.id, code: '99903', name: 'Xã Mới', type: 'COMMUNE' } }, f.as.manager);
    expect(codes(create)).toEqual(['FORBIDDEN']);
    expect(codes(await gql(RETIRE_COMMUNE, { id: commune.id, version: commune.version }, f.as.manager))).toEqual(['FORBIDDEN']);
    expect(codes(await gql(UPDATE_COMMUNE, { id: commune.id, version: commune.version, input: { name: 'Tên Mới' } }, f.as.manager))).toEqual(['FORBIDDEN']);
    expect(codes(await gql(UPDATE_COMMUNE, { id: commune.id, version: commune.version, input: { type: 'WARD' } }, f.as.manager))).toEqual(['FORBIDDEN']);
    expect(await communeRow(commune.id)).toEqual(commune);
    expect(await f.db.getRepository(Commune).existsBy({ code: '99903' })).toBe(false);
  });

  it('asks an anonymous caller to sign in before reading geography', async () => {
    const result = await gql('query($id: Int!) { village(id: $id) { id } }', { id: lamBinhVillage.id }, f.as.anonymous);
    expect(codes(result)).toEqual(['UNAUTHENTICATED']);
    expect(codes(await gql(VILLAGES, {}, f.as.anonymous))).toEqual(['UNAUTHENTICATED']);
  });
});
