import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tenantFixture, codes, type TenantFixture, type Headers } from '../helpers/tenant-fixture';
import { startTestServer, type GraphQLResponse } from '../helpers/server';
import { Participant } from '../../server/src/domain/participants/participant.entity';
import { AuditEntry } from '../../server/src/domain/audit/audit-entry.entity';
import { IdempotencyKey } from '../../server/src/domain/accounts/idempotency-key.entity';
import { User } from '../../server/src/domain/accounts/user.entity';
import { ANSWER_LOST_AFTER_MS, KEY_LIFETIME_DAYS, MAX_KEYS_PER_ACCOUNT, purgeExpiredKeys } from '../../server/src/idempotency/key-store';
import { requestHash } from '../../server/src/graphql/idempotency-plugin';

const CREATE = `mutation Register($input: ParticipantInput!) { createParticipant(input: $input) { id version fullName phone communeId } }`;
const UPDATE = `mutation Correct($id: Int!, $version: Int!, $input: ParticipantInput!) {
  updateParticipant(id: $id, version: $version, input: $input) { id version fullName phone } }`;
const DAY_MS = 24 * 60 * 60 * 1000;

interface Sent {
  status: number;
  body: GraphQLResponse<Record<string, { id: number; version: number; fullName: string; phone: string | null; communeId?: number }>>;
  text: string;
  replayed: boolean;
  /** SQL statements the request cost (x-sql-statements). */
  statements: number;
}

/** An offline phone's queued change sent to the server: one mutation with its Idempotency-Key. */
describe('Idempotency-Key: a change sent again is stored once and answered as the first time', () => {
  let f: TenantFixture;

  beforeAll(async () => {
    f = await tenantFixture();
  });
  afterAll(() => f.close());

  const person = (fullName: string, communeId = f.lamBinhCommunes[0].id) => ({
    fullName,
    gender: 'FEMALE',
    birthYear: 1985,
    ethnicGroupCode: '02',
    category: 'RESIDENT',
    communeId,
    villageId: null,
    phone: '0912345678',
    idNumber: null,
  });

  async function send(query: string, variables: Record<string, unknown>, key: string | null, headers: Headers = f.as.manager, body?: unknown): Promise<Sent> {
    const response = await fetch(`${f.server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers, ...(key === null ? {} : { 'idempotency-key': key }) },
      body: JSON.stringify(body ?? { query, variables }),
    });
    const text = await response.text();
    return {
      status: response.status,
      body: JSON.parse(text),
      text,
      replayed: response.headers.get('idempotency-replayed') === 'true',
      statements: Number(response.headers.get('x-sql-statements')),
    };
  }

  const named = (fullName: string) => f.db.getRepository(Participant).countBy({ fullName });
  const audited = () => f.db.getRepository(AuditEntry).countBy({ entity: 'Participant' });
  const keyRows = (key: string) => f.db.getRepository(IdempotencyKey).findBy({ key });
  const managerId = async () => (await f.db.getRepository(User).findOneByOrFail({ username: 'huyen-071' })).id;

  it('stores the change once: the repeat returns the identical body and runs nothing', async () => {
    const key = randomUUID();
    const first = await send(CREATE, { input: person('Hà Thị Một') }, key);
    expect(first.status).toBe(200);
    expect(first.body.errors).toBeUndefined();
    expect(first.replayed).toBe(false);
    const audit = await audited();

    const repeat = await send(CREATE, { input: person('Hà Thị Một') }, key);
    expect(repeat.status).toBe(200);
    expect(repeat.replayed).toBe(true);
    expect(repeat.text).toBe(first.text);
    expect(await named('Hà Thị Một')).toBe(1);
    expect(await audited()).toBe(audit);
    // The repeat reads the key and nothing else (the account may be read again once its 5 s cache lapsed);
    // the mutation itself cost a dozen statements.
    expect(first.statements).toBeGreaterThan(5);
    expect(repeat.statements).toBeLessThanOrEqual(3);
    const rows = await keyRows(key);
    expect(rows).toHaveLength(1);
    expect(JSON.parse(rows[0].answer as string)).toEqual(first.body);
  });

  it('without a key, the same change sent twice is stored twice (what the key prevents)', async () => {
    await send(CREATE, { input: person('Hà Thị Không Khoá') }, null);
    await send(CREATE, { input: person('Hà Thị Không Khoá') }, null);
    expect(await named('Hà Thị Không Khoá')).toBe(2);
  });

  it('refuses the same key for a different request with IDEMPOTENCY_KEY_REUSED (422), storing nothing', async () => {
    const key = randomUUID();
    await send(CREATE, { input: person('Hà Thị Hai') }, key);
    const other = await send(CREATE, { input: person('Hà Thị Khác') }, key);
    expect(other.status).toBe(422);
    expect(codes(other.body)).toEqual(['IDEMPOTENCY_KEY_REUSED']);
    expect(other.body.errors?.[0].extensions?.messageKey).toBe('errors.idempotencyKeyReused');
    expect(await named('Hà Thị Khác')).toBe(0);
  });

  it('runs one of three identical requests sent at once; the others get its answer or IDEMPOTENCY_IN_PROGRESS, never a second row', async () => {
    const key = randomUUID();
    const sent = await Promise.all([1, 2, 3].map(() => send(CREATE, { input: person('Hà Thị Ba') }, key)));
    for (const s of sent) {
      expect([200, 409]).toContain(s.status);
      if (s.status === 409) expect(codes(s.body)).toEqual(['IDEMPOTENCY_IN_PROGRESS']);
    }
    const answered = sent.filter((s) => s.status === 200);
    expect(answered.length).toBeGreaterThanOrEqual(1);
    expect(new Set(answered.map((s) => s.text)).size).toBe(1);
    expect(await named('Hà Thị Ba')).toBe(1);
    expect(await keyRows(key)).toHaveLength(1);
    const later = await send(CREATE, { input: person('Hà Thị Ba') }, key);
    expect(later).toMatchObject({ status: 200, replayed: true, text: answered[0].text });
  });

  it('a stored key still without its answer is IDEMPOTENCY_IN_PROGRESS (409); a minute on, the answer is lost: IDEMPOTENCY_ANSWER_NOT_KEPT, never a second change', async () => {
    const key = randomUUID();
    const variables = { input: person('Hà Thị Đang') };
    // What a request leaves when its change committed but its answer is not saved yet (or the process died there).
    const row = {
      id: randomUUID(),
      userId: await managerId(),
      key,
      requestHash: requestHash('Register', CREATE, variables),
      answer: null,
      createdAt: new Date(),
    };
    await f.db.getRepository(IdempotencyKey).insert(row);
    const running = await send(CREATE, variables, key);
    expect(running.status).toBe(409);
    expect(codes(running.body)).toEqual(['IDEMPOTENCY_IN_PROGRESS']);
    expect(running.body.errors?.[0].extensions?.retryable).toBe(true);

    await f.db.getRepository(IdempotencyKey).update({ id: row.id }, { createdAt: new Date(Date.now() - ANSWER_LOST_AFTER_MS - 1_000) });
    const lost = await send(CREATE, variables, key);
    expect(lost).toMatchObject({ status: 200, replayed: true });
    expect(codes(lost.body)).toEqual(['IDEMPOTENCY_ANSWER_NOT_KEPT']);
    expect(await named('Hà Thị Đang')).toBe(0);
  });

  it('a refused change (CONFLICT on a stale version) leaves no key: its retry runs again, and corrected input under the same key is stored', async () => {
    const created = await send(CREATE, { input: person('Hà Thị Bốn') }, null);
    const { id, version } = created.body.data!.createParticipant;
    await send(UPDATE, { id, version, input: { ...person('Hà Thị Bốn'), phone: '0987654321' } }, null); // someone else's change online
    const key = randomUUID();
    const mine = { id, version, input: { ...person('Hà Thị Bốn'), phone: '0911111111' } };
    const refused = await send(UPDATE, mine, key);
    expect(codes(refused.body)).toEqual(['CONFLICT']);
    expect(await keyRows(key)).toEqual([]);
    const retried = await send(UPDATE, mine, key);
    expect(codes(retried.body)).toEqual(['CONFLICT']);
    expect(retried.replayed).toBe(false);

    const reapplied = await send(UPDATE, { ...mine, version: version + 1 }, key);
    expect(reapplied.status).toBe(200);
    expect(reapplied.body.data?.updateParticipant).toMatchObject({ phone: '0911111111', version: version + 2 });
    const again = await send(UPDATE, { ...mine, version: version + 1 }, key);
    expect(again).toMatchObject({ status: 200, replayed: true, text: reapplied.text });
    expect(await f.db.getRepository(AuditEntry).countBy({ entity: 'Participant', entityId: id, action: 'UPDATE' })).toBe(2);
  });

  it('keys are per account: another district sending the same key gets its own result, never the stored answer', async () => {
    const key = randomUUID();
    const ours = await send(CREATE, { input: person('Hà Thị Năm') }, key);
    expect(ours.status).toBe(200);
    // The other district's manager replays our exact request with our key: it runs as theirs, and their scope refuses it.
    const guessed = await send(CREATE, { input: person('Hà Thị Năm') }, key, f.as.otherManager);
    expect(guessed.replayed).toBe(false);
    expect(guessed.text).not.toContain('Hà Thị Năm');
    expect(codes(guessed.body)).toEqual(['NOT_FOUND']);
    const theirs = await send(CREATE, { input: person('Hà Thị Năm', f.naHangCommunes[0].id) }, key, f.as.otherManager);
    expect(theirs.status).toBe(200);
    expect(theirs.body.data?.createParticipant.communeId).toBe(f.naHangCommunes[0].id);
    expect(await named('Hà Thị Năm')).toBe(2);
    expect(await keyRows(key)).toHaveLength(2);
    const oursAgain = await send(CREATE, { input: person('Hà Thị Năm') }, key);
    expect(oursAgain).toMatchObject({ status: 200, replayed: true, text: ours.text });
  });

  it('refuses a malformed key, or one on anything but a single one-field mutation, with IDEMPOTENCY_KEY_INVALID (400), running nothing', async () => {
    const input = { input: person('Hà Thị Sáu') };
    for (const key of ['short', 'has space in it', 'x'.repeat(101), 'key.with.dots', 'semi;colon;key', '']) {
      const refused = await send(CREATE, input, key);
      expect(refused.status, key).toBe(400);
      expect(codes(refused.body), key).toEqual(['IDEMPOTENCY_KEY_INVALID']);
      expect(refused.body.errors?.[0].extensions?.messageKey).toBe('errors.idempotencyKeyMalformed');
    }
    const query = await send('query { activeYears }', {}, randomUUID());
    const twoRoots = await send(
      `mutation($a: ParticipantInput!, $b: ParticipantInput!) {
      a: createParticipant(input: $a) { id } b: createParticipant(input: $b) { id } }`,
      { a: input.input, b: input.input },
      randomUUID(),
    );
    const twoOperations = await send(`${CREATE} query Other { activeYears }`, input, randomUUID(), f.as.manager, {
      query: `${CREATE} query Other { activeYears }`,
      variables: input,
      operationName: 'Register',
    });
    const batch = await send(CREATE, input, randomUUID(), f.as.manager, [{ query: CREATE, variables: input }]);
    for (const refused of [query, twoRoots, twoOperations]) {
      expect(refused.status).toBe(400);
      expect(codes(refused.body)).toEqual(['IDEMPOTENCY_KEY_INVALID']);
      expect(refused.body.errors?.[0].extensions?.messageKey).toBe('errors.idempotencyKeyMutationOnly');
    }
    const batchBody = batch.body as unknown as GraphQLResponse<unknown>[];
    expect(batchBody.map((r) => codes(r))).toEqual([['IDEMPOTENCY_KEY_INVALID']]);
    expect(await named('Hà Thị Sáu')).toBe(0);
  });

  it('a keyed mutation refused by the query limits costs no SQL, as without a key', async () => {
    const aliases = Array.from({ length: 101 }, (_, i) => `a${i}: id`).join(' ');
    const tooWide = `mutation($input: ParticipantInput!) { createParticipant(input: $input) { ${aliases} } }`;
    const refused = await send(tooWide, { input: person('Hà Thị Rộng') }, randomUUID());
    expect(codes(refused.body)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(refused.statements).toBe(0);
    expect(await named('Hà Thị Rộng')).toBe(0);
  });

  it('browsers on an allowed origin may send the key and read that an answer was replayed', async () => {
    const origin = 'https://thongke.example';
    const open = await startTestServer(f.db, { corsOrigins: [origin] });
    try {
      const preflight = await fetch(`${open.url}/graphql`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,idempotency-key' },
      });
      expect(preflight.headers.get('access-control-allow-headers')).toContain('idempotency-key');
      const answer = await fetch(`${open.url}/graphql`, {
        method: 'POST',
        headers: { origin, 'content-type': 'application/json' },
        body: '{"query":"{ activeYears }"}',
      });
      expect(answer.headers.get('access-control-expose-headers')).toContain('idempotency-replayed');
    } finally {
      await open.close();
    }
  });

  it('an anonymous caller with a key is refused as without one, and no key is kept', async () => {
    const key = randomUUID();
    const refused = await send(CREATE, { input: person('Hà Thị Bảy') }, key, f.as.anonymous);
    expect(codes(refused.body)).toEqual(['UNAUTHENTICATED']);
    expect(await keyRows(key)).toEqual([]);
  });

  it(`forgets keys after ${KEY_LIFETIME_DAYS} days: the purge removes them, and an expired key not yet purged runs as new`, async () => {
    const userId = await managerId();
    const repo = f.db.getRepository(IdempotencyKey);
    const old = new Date(Date.now() - (KEY_LIFETIME_DAYS + 1) * DAY_MS);
    await repo.insert([
      { id: randomUUID(), userId, key: 'expired-key-one', requestHash: 'x'.repeat(64), answer: '{"data":null}', createdAt: old },
      {
        id: randomUUID(),
        userId,
        key: 'fresh-key-one',
        requestHash: 'x'.repeat(64),
        answer: '{"data":null}',
        createdAt: new Date(Date.now() - (KEY_LIFETIME_DAYS - 1) * DAY_MS),
      },
    ]);
    expect(await purgeExpiredKeys(f.db)).toBe(1);
    expect(await repo.countBy({ key: 'expired-key-one' })).toBe(0);
    expect(await repo.countBy({ key: 'fresh-key-one' })).toBe(1);

    const key = randomUUID();
    const first = await send(CREATE, { input: person('Hà Thị Tám') }, key);
    await repo.update({ key }, { createdAt: old });
    const afterExpiry = await send(CREATE, { input: person('Hà Thị Tám') }, key);
    expect(afterExpiry).toMatchObject({ status: 200, replayed: false });
    expect(afterExpiry.text).not.toBe(first.text);
    expect(await named('Hà Thị Tám')).toBe(2);
    expect(await keyRows(key)).toHaveLength(1);
  });

  it(`refuses a new key past ${MAX_KEYS_PER_ACCOUNT} live keys of the account with IDEMPOTENCY_KEY_LIMIT (429); known keys still answer`, async () => {
    const userId = (await f.db.getRepository(User).findOneByOrFail({ username: 'tinh' })).id;
    const known = randomUUID();
    const first = await send(CREATE, { input: person('Hà Thị Chín') }, known, f.as.province);
    expect(first.status).toBe(200);
    const repo = f.db.getRepository(IdempotencyKey);
    const live = await repo.countBy({ userId });
    const filler = Array.from({ length: MAX_KEYS_PER_ACCOUNT - live }, (_, i) => ({
      id: randomUUID(),
      userId,
      key: `filler-${i}`,
      requestHash: 'x'.repeat(64),
      answer: '{"data":null}',
      createdAt: new Date(),
    }));
    for (let i = 0; i < filler.length; i += 500) await repo.insert(filler.slice(i, i + 500));

    const refused = await send(CREATE, { input: person('Hà Thị Mười') }, randomUUID(), f.as.province);
    expect(refused.status).toBe(429);
    expect(codes(refused.body)).toEqual(['IDEMPOTENCY_KEY_LIMIT']);
    expect(await named('Hà Thị Mười')).toBe(0);
    expect(await send(CREATE, { input: person('Hà Thị Chín') }, known, f.as.province)).toMatchObject({ status: 200, replayed: true, text: first.text });
    await repo.delete({ userId });
  });
});
