import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tenantFixture, codes, type TenantFixture } from '../helpers/tenant-fixture';
import { issueApiKey, type IssuedKey } from '../helpers/api-keys';
import { ApiKey } from '../../server/src/domain/accounts/api-key.entity';
import { Participant } from '../../server/src/domain/participants/participant.entity';
import { Provider } from '../../server/src/domain/activities/provider.entity';
import { AuditEntry } from '../../server/src/domain/audit/audit-entry.entity';

const CREATE_PARTICIPANT = 'mutation($input: ParticipantInput!) { createParticipant(input: $input) { id } }';
const CREATE_KEY = 'mutation($input: ApiKeyInput!) { createApiKey(input: $input) { secret } }';
const REVOKE = 'mutation($id: Int!) { revokeApiKey(id: $id) { id } }';
const KEYS = '{ apiKeys { id district { code } } }';

/**
 * Lâm Bình's statistics office holds a key for Lâm Bình; Na Hang has a participant of its own. A key
 * reaches no further than its district and never writes; managers reach only their own district's keys.
 */
describe('tenancy of API keys', () => {
  let f: TenantFixture;
  let lamBinhKey: IssuedKey;
  let provinceKey: IssuedKey;
  let naHangParticipantId: number;

  const participant = (communeId: number, fullName: string) => ({
    fullName,
    gender: 'FEMALE',
    birthYear: 1980,
    ethnicGroupCode: '02',
    category: 'RESIDENT',
    communeId,
  });
  const keyRow = (id: number) => f.db.getRepository(ApiKey).findOneByOrFail({ id });

  beforeAll(async () => {
    f = await tenantFixture();
    lamBinhKey = await issueApiKey(f.server, f.as.manager, 'Thống kê Lâm Bình', f.lamBinh.id);
    provinceKey = await issueApiKey(f.server, f.as.province, 'Cục Thống kê tỉnh');
    const created = await f.server.graphql<{ createParticipant: { id: number } }>(
      CREATE_PARTICIPANT,
      { input: participant(f.naHangCommunes[0].id, 'Ma Thị Nà') },
      f.as.otherManager,
    );
    naHangParticipantId = created.data!.createParticipant.id;
    await f.server.graphql(CREATE_PARTICIPANT, { input: participant(f.lamBinhCommunes[0].id, 'Hoàng Thị Lâm') }, f.as.manager);
  });
  afterAll(() => f.close());

  describe('a district key', () => {
    it('cannot read another district’s rows by id: they answer null, like missing ones', async () => {
      const { data, errors } = await f.server.graphql<Record<string, unknown>>(
        'query($p: Int!, $d: Int!, $c: Int!) { participant(id: $p) { id } district(id: $d) { id } commune(id: $c) { id } }',
        { p: naHangParticipantId, d: f.naHang.id, c: f.naHangCommunes[0].id },
        lamBinhKey.headers,
      );
      expect(errors).toBeUndefined();
      expect(data).toEqual({ participant: null, district: null, commune: null });
    });

    it('lists and searches its own district only', async () => {
      const { data } = await f.server.graphql<{ participants: { totalCount: number; edges: { node: { fullName: string } }[] }; communes: unknown[] }>(
        'query($d: Int!) { participants(first: 50) { totalCount edges { node { fullName } } } communes(districtId: $d) { id } }',
        { d: f.naHang.id },
        lamBinhKey.headers,
      );
      expect(data?.participants.edges.map((e) => e.node.fullName)).toEqual(['Hoàng Thị Lâm']);
      expect(data?.communes).toEqual([]);
      const search = await f.server.graphql<{ participants: { totalCount: number } }>(
        '{ participants(filter: { search: "ma thi na" }) { totalCount } }',
        {},
        lamBinhKey.headers,
      );
      expect(search.data?.participants.totalCount).toBe(0);
    });
  });

  it('no key can write: not data, not keys, not province rows (FORBIDDEN), and nothing is stored', async () => {
    const participants = await f.db.getRepository(Participant).count();
    const keys = await f.db.getRepository(ApiKey).count();
    const audit = await f.db.getRepository(AuditEntry).count();
    for (const key of [lamBinhKey, provinceKey]) {
      expect(codes(await f.server.graphql(CREATE_PARTICIPANT, { input: participant(f.lamBinhCommunes[0].id, 'Khoá Ghi') }, key.headers))).toEqual([
        'FORBIDDEN',
      ]);
      expect(codes(await f.server.graphql(CREATE_KEY, { input: { name: 'Khoá con', districtId: f.lamBinh.id } }, key.headers))).toEqual(['FORBIDDEN']);
      expect(codes(await f.server.graphql(REVOKE, { id: key.id }, key.headers))).toEqual(['FORBIDDEN']);
      expect(codes(await f.server.graphql(KEYS, {}, key.headers))).toEqual(['FORBIDDEN']);
    }
    expect(codes(await f.server.graphql('mutation { createProvider(input: { name: "Trung tâm", kind: OTHER }) { id } }', {}, provinceKey.headers))).toEqual([
      'FORBIDDEN',
    ]);
    expect(await f.db.getRepository(Participant).count()).toBe(participants);
    expect(await f.db.getRepository(ApiKey).count()).toBe(keys);
    expect(await f.db.getRepository(Provider).count()).toBe(0);
    expect(await f.db.getRepository(AuditEntry).count()).toBe(audit);
    expect((await keyRow(lamBinhKey.id)).revokedAt).toBeNull();
  });

  describe('another district’s manager', () => {
    it('cannot issue a key for Lâm Bình (NOT_FOUND, as for a missing district)', async () => {
      const count = await f.db.getRepository(ApiKey).count();
      const foreign = await f.server.graphql(CREATE_KEY, { input: { name: 'Lấn sân', districtId: f.lamBinh.id } }, f.as.otherManager);
      const missing = await f.server.graphql(CREATE_KEY, { input: { name: 'Lấn sân', districtId: 987_654 } }, f.as.otherManager);
      expect(codes(foreign)).toEqual(['NOT_FOUND']);
      expect(foreign.errors?.[0].message).toBe(missing.errors?.[0].message);
      expect(await f.db.getRepository(ApiKey).count()).toBe(count);
    });

    it('does not see Lâm Bình’s keys, and cannot revoke one (NOT_FOUND; the key keeps working)', async () => {
      const { data } = await f.server.graphql<{ apiKeys: { id: number }[] }>(KEYS, {}, f.as.otherManager);
      expect(data?.apiKeys).toEqual([]);
      const before = await keyRow(lamBinhKey.id);
      expect(codes(await f.server.graphql(REVOKE, { id: lamBinhKey.id }, f.as.otherManager))).toEqual(['NOT_FOUND']);
      expect(codes(await f.server.graphql(REVOKE, { id: provinceKey.id }, f.as.otherManager))).toEqual(['NOT_FOUND']);
      expect(await keyRow(lamBinhKey.id)).toMatchObject({ revokedAt: null, version: before.version });
      expect((await f.server.graphql('{ districts { code } }', {}, lamBinhKey.headers)).errors).toBeUndefined();
    });
  });

  it('the district manager sees its district’s keys only, not the province’s; the province sees all', async () => {
    const own = await f.server.graphql<{ apiKeys: { id: number; district: { code: string } | null }[] }>(KEYS, {}, f.as.manager);
    expect(own.data?.apiKeys).toEqual([{ id: lamBinhKey.id, district: { code: '071' } }]);
    const all = await f.server.graphql<{ apiKeys: { id: number }[] }>(KEYS, {}, f.as.province);
    expect(all.data?.apiKeys.map((k) => k.id).sort()).toEqual([lamBinhKey.id, provinceKey.id].sort());
    expect(codes(await f.server.graphql(REVOKE, { id: provinceKey.id }, f.as.manager))).toEqual(['NOT_FOUND']);
  });

  it('district managers cannot issue province keys, and viewers manage no keys at all (FORBIDDEN)', async () => {
    const count = await f.db.getRepository(ApiKey).count();
    expect(codes(await f.server.graphql(CREATE_KEY, { input: { name: 'Cả tỉnh' } }, f.as.manager))).toEqual(['FORBIDDEN']);
    for (const viewer of [f.as.viewer, f.as.provinceViewer]) {
      expect(codes(await f.server.graphql(CREATE_KEY, { input: { name: 'Xem', districtId: f.lamBinh.id } }, viewer))).toEqual(['FORBIDDEN']);
      expect(codes(await f.server.graphql(REVOKE, { id: lamBinhKey.id }, viewer))).toEqual(['FORBIDDEN']);
      expect(codes(await f.server.graphql(KEYS, {}, viewer))).toEqual(['FORBIDDEN']);
    }
    expect(codes(await f.server.graphql(KEYS, {}, f.as.anonymous))).toEqual(['UNAUTHENTICATED']);
    expect(await f.db.getRepository(ApiKey).count()).toBe(count);
    expect((await keyRow(lamBinhKey.id)).revokedAt).toBeNull();
  });
});
