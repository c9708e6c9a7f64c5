import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tenantFixture, codes, type TenantFixture } from '../helpers/tenant-fixture';
import { issueApiKey, type IssuedKey } from '../helpers/api-keys';
import { ApiKey } from '../../server/src/domain/accounts/api-key.entity';
import { AuditEntry } from '../../server/src/domain/audit/audit-entry.entity';

const ME = '{ me { kind name role canWrite district { code } } }';
const KEYS = '{ apiKeys { id name prefix districtId district { code } readOnly createdById lastUsedAt revokedAt } }';
const REVOKE = 'mutation($id: Int!) { revokeApiKey(id: $id) { id revokedAt } }';

interface KeyRow {
  id: number;
  name: string;
  prefix: string;
  districtId: number | null;
  district: { code: string } | null;
  readOnly: boolean;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** A statistics office receives a key for Lâm Bình, reads with it, and loses it when the province revokes it. */
describe('the life of an API key', () => {
  let f: TenantFixture;
  let key: IssuedKey;

  beforeAll(async () => {
    f = await tenantFixture();
    key = await issueApiKey(f.server, f.as.province, 'Chi cục Thống kê Lâm Bình', f.lamBinh.id);
  });
  afterAll(() => f.close());

  const row = () => f.db.getRepository(ApiKey).findOneByOrFail({ id: key.id });

  it('is shown once and stored only as its prefix and a hash', async () => {
    expect(key.secret).toMatch(/^p135_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    expect(key.secret.startsWith(`p135_${key.prefix}_`)).toBe(true);
    const stored = await row();
    expect(stored).toMatchObject({ name: 'Chi cục Thống kê Lâm Bình', districtId: f.lamBinh.id, readOnly: true, lastUsedAt: null, revokedAt: null });
    expect(stored.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.hash).not.toContain(key.secret.split('_')[2]);
    const { data } = await f.server.graphql<{ apiKeys: KeyRow[] }>(KEYS, {}, f.as.province);
    expect(JSON.stringify(data)).not.toContain(key.secret);
    expect(await f.db.getRepository(AuditEntry).countBy({ entity: 'ApiKey', entityId: key.id, action: 'CREATE' })).toBe(1);
  });

  it('reads as a viewer of its district, and the use is recorded', async () => {
    const { data, errors } = await f.server.graphql<{ me: unknown }>(ME, {}, key.headers);
    expect(errors).toBeUndefined();
    expect(data?.me).toEqual({ kind: 'API_KEY', name: 'Chi cục Thống kê Lâm Bình', role: 'DISTRICT_VIEWER', canWrite: false, district: { code: '071' } });
    const districts = await f.server.graphql<{ districts: { code: string }[] }>('{ districts { code } }', {}, key.headers);
    expect(districts.data?.districts).toEqual([{ code: '071' }]);
    expect((await row()).lastUsedAt).toBeInstanceOf(Date);
  });

  it('is listed with its prefix, scope, creator and last use, to the province and to its district’s manager', async () => {
    for (const headers of [f.as.province, f.as.manager]) {
      const { data, errors } = await f.server.graphql<{ apiKeys: KeyRow[] }>(KEYS, {}, headers);
      expect(errors).toBeUndefined();
      const listed = data?.apiKeys.find((k) => k.id === key.id);
      expect(listed).toMatchObject({ prefix: key.prefix, districtId: f.lamBinh.id, district: { code: '071' }, readOnly: true, revokedAt: null });
      expect(listed?.lastUsedAt).not.toBeNull();
    }
  });

  it('a province key reads every district of the province as a province viewer', async () => {
    const provinceKey = await issueApiKey(f.server, f.as.province, 'Sở Kế hoạch và Đầu tư');
    const { data } = await f.server.graphql<{ me: { role: string; district: unknown }; districts: unknown[] }>(
      '{ me { role district { code } } districts { code } }',
      {},
      provinceKey.headers,
    );
    expect(data?.me).toEqual({ role: 'PROVINCE_VIEWER', district: null });
    expect(data?.districts).toHaveLength(7);
  });

  it('a district manager issues keys for its own district', async () => {
    const own = await issueApiKey(f.server, f.as.manager, 'Phòng Dân tộc Lâm Bình', f.lamBinh.id);
    expect((await f.server.graphql<{ me: { role: string } }>('{ me { role } }', {}, own.headers)).data?.me.role).toBe('DISTRICT_VIEWER');
  });

  it('once revoked it is refused with UNAUTHENTICATED (HTTP 401), as are unknown and malformed keys', async () => {
    const revoked = await f.server.graphql<{ revokeApiKey: { revokedAt: string | null } }>(REVOKE, { id: key.id }, f.as.province);
    expect(revoked.data?.revokeApiKey.revokedAt).not.toBeNull();
    expect(await f.db.getRepository(AuditEntry).countBy({ entity: 'ApiKey', entityId: key.id, action: 'UPDATE' })).toBe(1);
    for (const authorization of [`ApiKey ${key.secret}`, 'ApiKey p135_000000000000_' + 'x'.repeat(43), 'ApiKey not-a-key']) {
      const response = await fetch(`${f.server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization },
        body: JSON.stringify({ query: '{ districts { code } }' }),
      });
      expect(response.status).toBe(401);
      expect(codes((await response.json()) as { errors?: { extensions?: Record<string, unknown> }[] })).toEqual(['UNAUTHENTICATED']);
    }
    const live = await issueApiKey(f.server, f.as.province, 'Khoá còn hiệu lực', f.lamBinh.id);
    const wrongSecret = live.secret.slice(0, -1) + (live.secret.endsWith('A') ? 'B' : 'A');
    expect(codes(await f.server.graphql('{ districts { code } }', {}, { authorization: `ApiKey ${wrongSecret}` }))).toEqual(['UNAUTHENTICATED']);
  });
});
