import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tenantFixture, codes, type TenantFixture } from '../helpers/tenant-fixture';
import { startTestServer, type TestServer } from '../helpers/server';
import { secondInstance } from '../helpers/second-instance';

const CREATE = 'mutation($input: ParticipantInput!) { createParticipant(input: $input) { id version } }';
const READ = 'query($id: Int!) { participant(id: $id) { id fullName version } }';
const RENAME = 'mutation($id: Int!, $version: Int!, $input: ParticipantInput!) { updateParticipant(id: $id, version: $version, input: $input) { version } }';

/**
 * docs/SCALING.md: instances behind a load balancer share nothing but the database (and Redis for the
 * rate-limit counters; that sharing is shown in test/api/rate-limit.test.ts). Here the fixture's server
 * is instance A; instance B is another createApp with its own connection pool on the same database
 * (on SQLite, whose in-memory database cannot be opened twice, the same data source).
 */
describe('two server instances on one database', () => {
  let f: TenantFixture;
  let instance: Awaited<ReturnType<typeof secondInstance>>;
  let b: TestServer;
  let input: Record<string, unknown>;

  beforeAll(async () => {
    f = await tenantFixture();
    instance = await secondInstance(f);
    b = instance.server;
    input = { fullName: 'Hoàng Văn Hai Máy', gender: 'MALE', birthYear: 1979, ethnicGroupCode: '02', category: 'RESIDENT', communeId: f.lamBinhCommunes[0].id };
  });
  afterAll(async () => {
    await instance?.close();
    await f?.close();
  });

  it('a token signed in on instance A is accepted by instance B, with the same scope', async () => {
    const me = await b.graphql<{ me: { name: string; district: { id: number } | null } }>('{ me { name district { id } } }', {}, f.as.manager);
    expect(me.errors).toBeUndefined();
    expect(me.data?.me).toEqual({ name: 'huyen-071', district: { id: f.lamBinh.id } });
  });

  it('a write on A is read on B at once, and a stale version sent to B is refused', async () => {
    const created = await f.server.graphql<{ createParticipant: { id: number; version: number } }>(CREATE, { input }, f.as.manager);
    expect(created.errors).toBeUndefined();
    const id = created.data!.createParticipant.id;
    const onB = await b.graphql<{ participant: { fullName: string; version: number } | null }>(READ, { id }, f.as.manager);
    expect(onB.data?.participant?.fullName).toBe('Hoàng Văn Hai Máy');

    const renamedOnB = await b.graphql<{ updateParticipant: { version: number } }>(
      RENAME,
      { id, version: onB.data!.participant!.version, input: { ...input, fullName: 'Hoàng Văn Đổi Tên' } },
      f.as.manager,
    );
    expect(renamedOnB.errors).toBeUndefined();
    const staleOnA = await f.server.graphql(RENAME, { id, version: onB.data!.participant!.version, input }, f.as.manager);
    expect(codes(staleOnA)).toEqual(['CONFLICT']);
    expect((await f.server.graphql<{ participant: { fullName: string } }>(READ, { id }, f.as.manager)).data?.participant.fullName).toBe('Hoàng Văn Đổi Tên');
  });

  it('tenancy holds on B too: another district’s manager cannot read the row', async () => {
    const created = await f.server.graphql<{ createParticipant: { id: number } }>(CREATE, { input: { ...input, fullName: 'Ma Thị Riêng' } }, f.as.manager);
    const onB = await b.graphql<{ participant: unknown }>(READ, { id: created.data!.createParticipant.id }, f.as.otherManager);
    expect(onB.data?.participant).toBeNull();
  });

  it('an instance with another TOKEN_SECRET refuses the token: the secret is what instances must share', async () => {
    const stranger = await startTestServer(instance.db, { tokenSecret: 'another-secret-of-at-least-32-characters' });
    try {
      expect(codes(await stranger.graphql('{ me { kind } }', {}, f.as.manager))).toEqual(['UNAUTHENTICATED']);
    } finally {
      await stranger.close();
    }
  });
});
