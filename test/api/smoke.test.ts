import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tenantFixture, codes, type TenantFixture } from '../helpers/tenant-fixture';
import { printPortalSchema } from '../../server/src/print-schema';

describe('the API end to end', () => {
  let f: TenantFixture;

  beforeAll(async () => {
    f = await tenantFixture();
  });
  afterAll(() => f.close());

  it('answers the 7 districts of Tuyên Quang to the province through Apollo', async () => {
    const { data, errors } = await f.server.graphql<{ districts: { code: string; name: string }[] }>('{ districts { code name } }', {}, f.as.province);
    expect(errors).toBeUndefined();
    expect(data?.districts.map((d) => d.code)).toEqual(['070', '071', '072', '073', '074', '075', '076']);
    expect(data?.districts[1].name).toBe('Lâm Bình');
  });

  it('answers the communes of one district', async () => {
    const result = await f.server.graphql<{ communes: { code: string; name: string }[] }>(
      'query($id: Int!) { communes(districtId: $id) { code name } }',
      { id: f.lamBinh.id },
      f.as.manager,
    );
    expect(result.data?.communes).toHaveLength(10);
    expect(result.data?.communes[0]).toEqual({ code: '02233', name: 'Phúc Yên' });
  });

  it('asks an anonymous caller to sign in', async () => {
    expect(codes(await f.server.graphql('{ districts { code } }'))).toEqual(['UNAUTHENTICATED']);
  });

  it('reports the process and the database on /healthz', async () => {
    const response = await fetch(`${f.server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', database: { ok: true } });
  });

  it('has schema/schema.graphql in step with the code (run `npm run schema` after changing the API)', async () => {
    expect(fs.readFileSync('schema/schema.graphql', 'utf8')).toBe(await printPortalSchema());
  });
});
