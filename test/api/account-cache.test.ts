import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tenantFixture, codes, type TenantFixture } from '../helpers/tenant-fixture';
import { User } from '../../server/src/domain/accounts/user.entity';

const UPDATE = 'mutation($id: Int!, $v: Int!, $i: UpdateUserInput!) { updateUser(id: $id, version: $v, input: $i) { version } }';
const COMMUNES = '{ communePage(first: 50) { edges { node { name district { code } } } } }';

type Communes = { communePage: { edges: { node: { district: { code: string } } }[] } };

/**
 * Each request's account is kept in memory for a few seconds (server/src/auth/build-context.ts), but a
 * change made through the API takes effect with the very next request: the cache never widens a scope.
 */
describe('accounts changed by the administrator take effect at once', () => {
  let f: TenantFixture;

  beforeAll(async () => {
    f = await tenantFixture();
  });
  afterAll(() => f.close());

  const districtsSeen = async (headers: Record<string, string>) => {
    const r = await f.server.graphql<Communes>(COMMUNES, {}, headers);
    expect(r.errors).toBeUndefined();
    return [...new Set(r.data!.communePage.edges.map((e) => e.node.district.code))].sort();
  };

  it('a province viewer narrowed to Na Hang is signed out at once, and signed in again sees only Na Hang', async () => {
    expect(await districtsSeen(f.as.provinceViewer)).toEqual(expect.arrayContaining(['071', '072']));
    const row = await f.db.getRepository(User).findOneByOrFail({ username: 'tinh-xem' });
    const r = await f.server.graphql(UPDATE, { id: row.id, v: row.version, i: { role: 'DISTRICT_VIEWER', districtId: f.naHang.id } }, f.as.province);
    expect(r.errors).toBeUndefined();
    expect(codes(await f.server.graphql(COMMUNES, {}, f.as.provinceViewer))).toEqual(['UNAUTHENTICATED']);
    expect(await districtsSeen(await f.server.signIn('tinh-xem'))).toEqual(['072']);
  });

  it('a disabled manager is refused on the next request', async () => {
    expect(await districtsSeen(f.as.manager)).toEqual(['071']);
    const row = await f.db.getRepository(User).findOneByOrFail({ username: 'huyen-071' });
    const r = await f.server.graphql(UPDATE, { id: row.id, v: row.version, i: { disabled: true } }, f.as.province);
    expect(r.errors).toBeUndefined();
    expect(codes(await f.server.graphql(COMMUNES, {}, f.as.manager))).toEqual(['UNAUTHENTICATED']);
  });
});
