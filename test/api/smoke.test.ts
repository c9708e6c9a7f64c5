import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, type TestDatabase } from '../helpers/database';
import { startTestServer, type TestServer } from '../helpers/server';
import { seedReference } from '../../seeds/reference-seed';
import { printPortalSchema } from '../../server/src/graphql/print-schema';

describe('the API end to end', () => {
  let t: TestDatabase;
  let server: TestServer;

  beforeAll(async () => {
    t = await freshDatabase();
    await seedReference(t.db);
    server = await startTestServer(t.db);
  });
  afterAll(async () => {
    await server.close();
    await t.close();
  });

  it('answers the 7 districts of Tuyên Quang through Apollo', async () => {
    const { data, errors } = await server.graphql<{ districts: { code: string; name: string }[] }>('{ districts { code name } }');
    expect(errors).toBeUndefined();
    expect(data?.districts.map((d) => d.code)).toEqual(['070', '071', '072', '073', '074', '075', '076']);
    expect(data?.districts[1].name).toBe('Lâm Bình');
  });

  it('answers the communes of one district', async () => {
    const { data } = await server.graphql<{ districts: { id: number; code: string }[] }>('{ districts { id code } }');
    const lamBinh = data!.districts.find((d) => d.code === '071')!;
    const result = await server.graphql<{ communes: { code: string; name: string }[] }>(
      'query($id: Int!) { communes(districtId: $id) { code name } }',
      { id: lamBinh.id },
    );
    expect(result.data?.communes).toHaveLength(10);
    expect(result.data?.communes[0]).toEqual({ code: '02233', name: 'Phúc Yên' });
  });

  it('reports the process and the database on /healthz', async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ status: 'ok', database: { ok: true } });
  });

  it('has schema/schema.graphql in step with the code (run `npm run schema` after changing the API)', async () => {
    expect(fs.readFileSync('schema/schema.graphql', 'utf8')).toBe(await printPortalSchema());
  });
});
