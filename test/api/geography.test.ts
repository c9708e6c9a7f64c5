import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tenantFixture, codes, type Headers, type TenantFixture } from '../helpers/tenant-fixture';
import { AuditEntry } from '../../server/src/domain/audit/audit-entry.entity';
import { Commune } from '../../server/src/domain/geography/commune.entity';
import { Village } from '../../server/src/domain/geography/village.entity';
import { Gender, Participant, ParticipantCategory } from '../../server/src/domain/participants/participant.entity';

interface VillageRow {
  id: number;
  version: number;
  name: string;
  districtId: number;
  communeId: number;
  households: number;
  poorHouseholds: number;
}
interface CommuneRow {
  id: number;
  version: number;
  name: string;
  p135Status: string;
  demo: boolean;
  retiredAt: string | null;
}
interface Connection<T> {
  totalCount: number;
  edges: { node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const VILLAGE = 'id version name districtId communeId households poorHouseholds';
const COMMUNE = 'id version name p135Status demo retiredAt';

const CREATE_VILLAGE = `mutation($input: CreateVillageInput!) { createVillage(input: $input) { ${VILLAGE} } }`;
const UPDATE_VILLAGE = `mutation($id: Int!, $version: Int!, $input: UpdateVillageInput!) { updateVillage(id: $id, version: $version, input: $input) { ${VILLAGE} } }`;
const DELETE_VILLAGE = 'mutation($id: Int!, $version: Int!) { deleteVillage(id: $id, version: $version) }';
const UPDATE_COMMUNE = `mutation($id: Int!, $version: Int!, $input: UpdateCommuneInput!) { updateCommune(id: $id, version: $version, input: $input) { ${COMMUNE} } }`;
const COMMUNE_PAGE = `query($filter: CommuneFilter, $first: Int) { communePage(filter: $filter, first: $first) { totalCount edges { node { ${COMMUNE} } } pageInfo { hasNextPage endCursor } } }`;
const VILLAGES = `query($filter: VillageFilter) { villages(filter: $filter) { totalCount edges { node { ${VILLAGE} } } } }`;

describe('communes and villages through the API', () => {
  let f: TenantFixture;
  let phucYen: Commune;
  let xuanLap: Commune;

  const gql = <T>(query: string, variables: Record<string, unknown>, headers: Headers) => f.server.graphql<T>(query, variables, headers);
  const createVillage = async (input: Record<string, unknown>, headers = f.as.manager) => {
    const result = await gql<{ createVillage: VillageRow }>(CREATE_VILLAGE, { input }, headers);
    expect(result.errors).toBeUndefined();
    return result.data!.createVillage;
  };
  const auditOf = (entity: string, entityId: number) => f.db.getRepository(AuditEntry).find({ where: { entity, entityId }, order: { id: 'ASC' } });

  beforeAll(async () => {
    f = await tenantFixture();
    [phucYen, xuanLap] = f.lamBinhCommunes;
  });
  afterAll(() => f.close());

  it('shows a district with its communes, each pointing back at the district', async () => {
    const { data, errors } = await gql<{ district: { name: string; communes: { code: string; district: { id: number } }[] } }>(
      'query($id: Int!) { district(id: $id) { name communes { code district { id } } } }',
      { id: f.lamBinh.id },
      f.as.manager,
    );
    expect(errors).toBeUndefined();
    expect(data?.district.name).toBe('Lâm Bình');
    expect(data?.district.communes).toHaveLength(10);
    expect(data?.district.communes[0].code).toBe('02233');
    expect(new Set(data?.district.communes.map((c) => c.district.id))).toEqual(new Set([f.lamBinh.id]));
  });

  it('finds "Phúc Yên" when a manager searches communes for "phuc yen" or "PHÚC YÊN"', async () => {
    for (const search of ['phuc yen', 'PHÚC YÊN', '  phuc   yen ']) {
      const { data } = await gql<{ communePage: Connection<CommuneRow> }>(COMMUNE_PAGE, { filter: { search } }, f.as.manager);
      expect(data?.communePage.edges.map((e) => e.node.name)).toEqual(['Phúc Yên']);
    }
    const none = await gql<{ communePage: Connection<CommuneRow> }>(COMMUNE_PAGE, { filter: { search: '%' } }, f.as.manager);
    expect(none.data?.communePage.totalCount).toBe(0);
  });

  it('pages through the communes of a district with a cursor', async () => {
    const first = await gql<{ communePage: Connection<CommuneRow> }>(COMMUNE_PAGE, { filter: { districtId: f.lamBinh.id }, first: 6 }, f.as.manager);
    expect(first.data?.communePage).toMatchObject({ totalCount: 10, pageInfo: { hasNextPage: true } });
    const second = await gql<{ communePage: Connection<CommuneRow> }>(
      `query($after: String) { communePage(filter: { districtId: ${f.lamBinh.id} }, first: 6, after: $after) { edges { node { id } } pageInfo { hasNextPage } } }`,
      { after: first.data?.communePage.pageInfo.endCursor },
      f.as.manager,
    );
    expect(second.data?.communePage.edges).toHaveLength(4);
    expect(second.data?.communePage.pageInfo.hasNextPage).toBe(false);
  });

  it('lets a district manager set the Program 135 status of its commune, audited, and refuses a stale version', async () => {
    const before = await f.db.getRepository(Commune).findOneByOrFail({ id: xuanLap.id });
    const result = await gql<{ updateCommune: CommuneRow }>(
      UPDATE_COMMUNE,
      { id: xuanLap.id, version: before.version, input: { p135Status: 'ESPECIALLY_DIFFICULT' } },
      f.as.manager,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.updateCommune).toMatchObject({ p135Status: 'ESPECIALLY_DIFFICULT', demo: false, version: before.version + 1 });

    const filtered = await gql<{ communePage: Connection<CommuneRow> }>(
      COMMUNE_PAGE,
      { filter: { districtId: f.lamBinh.id, p135Status: 'ESPECIALLY_DIFFICULT' } },
      f.as.manager,
    );
    expect(filtered.data?.communePage.edges.map((e) => e.node.id)).toContain(xuanLap.id);
    expect(filtered.data?.communePage.edges.every((e) => e.node.p135Status === 'ESPECIALLY_DIFFICULT')).toBe(true);

    const entries = await auditOf('Commune', xuanLap.id);
    expect(entries.at(-1)).toMatchObject({ action: 'UPDATE', actorLabel: 'huyen-071', districtId: f.lamBinh.id });
    expect(entries.at(-1)?.after).toMatchObject({ p135Status: 'ESPECIALLY_DIFFICULT' });

    const stale = await gql(UPDATE_COMMUNE, { id: xuanLap.id, version: before.version, input: { p135Status: 'NONE' } }, f.as.manager);
    expect(codes(stale)).toEqual(['CONFLICT']);
    expect((await f.db.getRepository(Commune).findOneByOrFail({ id: xuanLap.id })).p135Status).toBe('ESPECIALLY_DIFFICULT');
  });

  it('leaves name fix-ups of a commune to the province administrator', async () => {
    const current = await f.db.getRepository(Commune).findOneByOrFail({ id: phucYen.id });
    const byManager = await gql(UPDATE_COMMUNE, { id: phucYen.id, version: current.version, input: { name: 'Phúc Yên Mới' } }, f.as.manager);
    expect(codes(byManager)).toEqual(['FORBIDDEN']);
    const blank = await gql<{ updateCommune: CommuneRow }>(UPDATE_COMMUNE, { id: phucYen.id, version: current.version, input: { name: '   ' } }, f.as.province);
    expect(blank.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    const byProvince = await gql<{ updateCommune: CommuneRow }>(
      UPDATE_COMMUNE,
      { id: phucYen.id, version: current.version, input: { name: ' Phúc Yên ' } },
      f.as.province,
    );
    expect(byProvince.errors).toBeUndefined();
    expect(byProvince.data?.updateCommune.name).toBe('Phúc Yên');
  });

  it('lets the province create a commune and retire it: it leaves the lists, never the database', async () => {
    const created = await gql<{ createCommune: CommuneRow & { code: string } }>(
      `mutation($input: CreateCommuneInput!) { createCommune(input: $input) { ${COMMUNE} code } }`,
      { input: { districtId: f.lamBinh.id, code: '99901', name: 'Xã Thử Nghiệm', type: 'COMMUNE' } },
      f.as.province,
    );
    expect(created.errors).toBeUndefined();
    const commune = created.data!.createCommune;
    expect(commune).toMatchObject({ code: '99901', p135Status: 'NONE', retiredAt: null });

    const duplicate = await gql(
      `mutation($input: CreateCommuneInput!) { createCommune(input: $input) { id } }`,
      { input: { districtId: f.lamBinh.id, code: '99901', name: 'Xã Khác', type: 'COMMUNE' } },
      f.as.province,
    );
    expect(duplicate.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });

    const retire = 'mutation($id: Int!, $version: Int!) { retireCommune(id: $id, version: $version) { id version retiredAt } }';
    const retired = await gql<{ retireCommune: CommuneRow }>(retire, { id: commune.id, version: commune.version }, f.as.province);
    expect(retired.errors).toBeUndefined();
    expect(retired.data?.retireCommune.retiredAt).not.toBeNull();
    expect(codes(await gql(retire, { id: commune.id, version: retired.data!.retireCommune.version }, f.as.province))).toEqual(['BAD_USER_INPUT']);

    const search = { search: 'thu nghiem' };
    const hidden = await gql<{ communePage: Connection<CommuneRow> }>(COMMUNE_PAGE, { filter: search }, f.as.province);
    expect(hidden.data?.communePage.totalCount).toBe(0);
    const shown = await gql<{ communePage: Connection<CommuneRow> }>(COMMUNE_PAGE, { filter: { ...search, includeRetired: true } }, f.as.province);
    expect(shown.data?.communePage.edges.map((e) => e.node.id)).toEqual([commune.id]);
    const district = await gql<{ district: { communes: { id: number }[] } }>(
      'query($id: Int!) { district(id: $id) { communes { id } } }',
      { id: f.lamBinh.id },
      f.as.province,
    );
    expect(district.data?.district.communes.map((c) => c.id)).not.toContain(commune.id);
    expect(await f.db.getRepository(Commune).existsBy({ id: commune.id })).toBe(true);

    const villageInRetired = await gql(CREATE_VILLAGE, { input: { communeId: commune.id, name: 'Thôn Mới' } }, f.as.manager);
    expect(villageInRetired.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'communeId' });
    expect((await auditOf('Commune', commune.id)).map((e) => e.action)).toEqual(['CREATE', 'UPDATE']);
  });

  it('creates a village in the commune’s district, lists it under its commune and finds it without diacritics', async () => {
    const village = await createVillage({ communeId: phucYen.id, name: '  Nà Bó ', especiallyDifficult: true, households: 120, poorHouseholds: 45 });
    expect(village).toMatchObject({ name: 'Nà Bó', districtId: f.lamBinh.id, communeId: phucYen.id, households: 120, poorHouseholds: 45 });
    expect(await auditOf('Village', village.id)).toMatchObject([{ action: 'CREATE', districtId: f.lamBinh.id, actorLabel: 'huyen-071' }]);

    const nested = await gql<{ village: { commune: { name: string; villages: { name: string }[] }; district: { code: string } } }>(
      'query($id: Int!) { village(id: $id) { commune { name villages { name } } district { code } } }',
      { id: village.id },
      f.as.manager,
    );
    expect(nested.data?.village).toEqual({ commune: { name: 'Phúc Yên', villages: [{ name: 'Nà Bó' }] }, district: { code: '071' } });

    for (const filter of [{ search: 'na bo' }, { communeId: phucYen.id, especiallyDifficult: true }, { districtId: f.lamBinh.id, search: 'NÀ' }]) {
      const { data } = await gql<{ villages: Connection<VillageRow> }>(VILLAGES, { filter }, f.as.manager);
      expect(data?.villages.edges.map((e) => e.node.id)).toEqual([village.id]);
    }
    const notDifficult = await gql<{ villages: Connection<VillageRow> }>(VILLAGES, { filter: { especiallyDifficult: false } }, f.as.manager);
    expect(notDifficult.data?.villages.edges.map((e) => e.node.id)).not.toContain(village.id);
  });

  it('answers bad village input with BAD_USER_INPUT naming the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ communeId: xuanLap.id, name: '   ' }, 'name'],
      [{ communeId: xuanLap.id, name: 'x'.repeat(101) }, 'name'],
      [{ communeId: xuanLap.id, name: 'Thôn Một', households: -1 }, 'households'],
      [{ communeId: xuanLap.id, name: 'Thôn Một', households: 10, poorHouseholds: 11 }, 'poorHouseholds'],
    ];
    for (const [input, field] of cases) {
      const result = await gql(CREATE_VILLAGE, { input }, f.as.manager);
      expect(result.errors?.[0].extensions, JSON.stringify(input)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(await f.db.getRepository(Village).countBy({ communeId: xuanLap.id })).toBe(0);
  });

  it('refuses a second village of the same name in one commune, whatever the accents', async () => {
    await createVillage({ communeId: xuanLap.id, name: 'Bản Khiển' });
    for (const name of ['Bản Khiển', 'ban khien']) {
      const result = await gql(CREATE_VILLAGE, { input: { communeId: xuanLap.id, name } }, f.as.manager);
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    }
    // The same name in another commune is a different village.
    await createVillage({ communeId: phucYen.id, name: 'Bản Khiển' });
  });

  it('updates a village: moves it to another commune of the district, checks households, refuses a stale version', async () => {
    const village = await createVillage({ communeId: phucYen.id, name: 'Thôn Chuyển', households: 50, poorHouseholds: 10 });
    const moved = await gql<{ updateVillage: VillageRow }>(
      UPDATE_VILLAGE,
      { id: village.id, version: village.version, input: { communeId: xuanLap.id, households: 60 } },
      f.as.manager,
    );
    expect(moved.errors).toBeUndefined();
    expect(moved.data?.updateVillage).toMatchObject({ communeId: xuanLap.id, districtId: f.lamBinh.id, households: 60, poorHouseholds: 10 });
    const current = moved.data!.updateVillage;

    const tooPoor = await gql(UPDATE_VILLAGE, { id: village.id, version: current.version, input: { poorHouseholds: 61 } }, f.as.manager);
    expect(tooPoor.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'poorHouseholds' });
    const clash = await gql(UPDATE_VILLAGE, { id: village.id, version: current.version, input: { name: 'bản khiển' } }, f.as.manager);
    expect(clash.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    const stale = await gql(UPDATE_VILLAGE, { id: village.id, version: village.version, input: { name: 'Thôn Cũ' } }, f.as.manager);
    expect(codes(stale)).toEqual(['CONFLICT']);

    const row = await f.db.getRepository(Village).findOneByOrFail({ id: village.id });
    expect(row).toMatchObject({ name: 'Thôn Chuyển', communeId: xuanLap.id, households: 60, poorHouseholds: 10, version: current.version });
  });

  it('refuses to delete a village while people are registered in it, then deletes it once they have gone', async () => {
    const village = await createVillage({ communeId: phucYen.id, name: 'Thôn Đông Người' });
    const person = await f.db.getRepository(Participant).save(
      f.db.getRepository(Participant).create({
        fullName: 'Hoàng Thị Mai',
        gender: Gender.FEMALE,
        birthYear: 1985,
        ethnicGroupCode: '02',
        category: ParticipantCategory.RESIDENT,
        communeId: phucYen.id,
        villageId: village.id,
        districtId: f.lamBinh.id,
      }),
    );

    const refused = await gql(DELETE_VILLAGE, { id: village.id, version: village.version }, f.as.manager);
    expect(codes(refused)).toEqual(['IN_USE']);
    const move = await gql(UPDATE_VILLAGE, { id: village.id, version: village.version, input: { communeId: xuanLap.id } }, f.as.manager);
    expect(codes(move)).toEqual(['IN_USE']);
    expect(await f.db.getRepository(Village).existsBy({ id: village.id })).toBe(true);

    await f.db.getRepository(Participant).delete(person.id);
    expect(codes(await gql(DELETE_VILLAGE, { id: village.id, version: village.version + 1 }, f.as.manager))).toEqual(['CONFLICT']);
    const deleted = await gql<{ deleteVillage: boolean }>(DELETE_VILLAGE, { id: village.id, version: village.version }, f.as.manager);
    expect(deleted.data?.deleteVillage).toBe(true);
    expect(await f.db.getRepository(Village).existsBy({ id: village.id })).toBe(false);
    expect((await auditOf('Village', village.id)).map((e) => e.action)).toEqual(['CREATE', 'DELETE']);
  });

  it('batches nested communes, districts and villages: a bigger page costs no more SQL statements', async () => {
    // Villages in the first communes and in later ones, so both pages reach every nested level.
    const lamBinhCommunes = await f.db.getRepository(Commune).find({ where: { districtId: f.lamBinh.id }, order: { id: 'ASC' } });
    for (const commune of [lamBinhCommunes[0], lamBinhCommunes[1], lamBinhCommunes[8]]) await createVillage({ communeId: commune.id, name: 'Thôn Đếm' });
    const statementsFor = async (first: number) => {
      const response = await fetch(`${f.server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...f.as.province },
        body: JSON.stringify({
          query: `{ communePage(filter: { districtId: ${f.lamBinh.id} }, first: ${first}) { edges { node { name district { name communes { code } } villages { name commune { name } district { code } } } } } }`,
        }),
      });
      const body = (await response.json()) as { errors?: unknown; data: { communePage: { edges: unknown[] } } };
      expect(body.errors).toBeUndefined();
      expect(body.data.communePage.edges).toHaveLength(first);
      return Number(response.headers.get('x-sql-statements'));
    };
    const small = await statementsFor(2);
    expect(small).toBeGreaterThan(0);
    expect(await statementsFor(10)).toBe(small);
  });
});
