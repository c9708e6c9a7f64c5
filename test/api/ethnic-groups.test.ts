import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, tenantFixture, type TenantFixture } from '../helpers/tenant-fixture';

const GROUPS = '{ ethnicGroups { code name nameAlt } }';
type Groups = { ethnicGroups: { code: string; name: string; nameAlt: string | null }[] };

describe('the ethnic groups a form or filter offers', () => {
  let f: TenantFixture;
  beforeAll(async () => {
    f = await tenantFixture();
  });
  afterAll(() => f.close());

  it('lists the 54 groups by code, with their alternate names, to every signed-in role', async () => {
    for (const headers of [f.as.manager, f.as.viewer, f.as.province]) {
      const { data } = await f.server.graphql<Groups>(GROUPS, {}, headers);
      expect(data?.ethnicGroups).toHaveLength(54);
      expect(data?.ethnicGroups[0]).toEqual({ code: '01', name: 'Kinh', nameAlt: null });
      expect(data?.ethnicGroups.find((g) => g.code === '08')).toEqual({ code: '08', name: 'Hmông', nameAlt: 'HMông' });
      expect(data?.ethnicGroups.map((g) => g.code)).toEqual([...data!.ethnicGroups.map((g) => g.code)].sort());
    }
  });

  it('is not answered to anonymous callers', async () => {
    expect(codes(await f.server.graphql(GROUPS, {}, f.as.anonymous))).toEqual(['UNAUTHENTICATED']);
  });
});
