import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import type { Request, Response } from 'express';
import { freshDatabase, type TestDatabase } from '../helpers/database';
import { RequestSession } from '../../server/src/session/request-session';
import { Scope } from '../../server/src/tenancy/scope';
import { Role } from '../../server/src/domain/accounts/user.entity';
import { IdempotencyKey } from '../../server/src/domain/accounts/idempotency-key.entity';
import { currentRequestKey, withRequestKey, type RequestKey } from '../../server/src/idempotency/request-key';

const deadlock = () =>
  new QueryFailedError(
    'COMMIT',
    [],
    Object.assign(new Error('Deadlock found when trying to get lock; try restarting transaction'), { errno: 1213, code: 'ER_LOCK_DEADLOCK' }),
  );

const USER_ID = 7;
const KEY = 'offline-change-0001';

/** Runs `work` as a request carrying an Idempotency-Key that the plugin found unused (its pending claim). */
function asKeyedRequest<T>(work: (state: RequestKey) => Promise<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    withRequestKey({ headers: { 'idempotency-key': KEY } } as unknown as Request, {} as Response, () => {
      const state = currentRequestKey() as RequestKey;
      state.pending = { userId: USER_ID, key: KEY, requestHash: 'h'.repeat(64) };
      work(state).then(resolve, reject);
    });
  });
}

/** The key's insert rides in the mutation's own transaction (session/request-session.ts), through the reruns of db/transactions.ts. */
describe('the Idempotency-Key claim inside a write transaction', () => {
  let t: TestDatabase;
  let scope: Scope;
  const probes = async () => Number((await t.db.query('SELECT COUNT(*) AS n FROM idem_probe'))[0].n);
  const keys = () => t.db.getRepository(IdempotencyKey).find();

  beforeAll(async () => {
    t = await freshDatabase();
    const id = t.engine === 'mysql' ? 'id INTEGER AUTO_INCREMENT PRIMARY KEY' : 'id INTEGER PRIMARY KEY AUTOINCREMENT';
    await t.db.query(`CREATE TABLE idem_probe (${id}, n INTEGER NOT NULL)`);
    scope = await Scope.forCaller(t.db, {
      kind: 'user',
      id: USER_ID,
      label: 'huyen-071',
      role: Role.DISTRICT_MANAGER,
      provinceId: 1,
      districtId: 1,
      personalDataGranted: false,
    });
  });
  beforeEach(async () => {
    await t.db.query('DELETE FROM idem_probe');
    await t.db.getRepository(IdempotencyKey).clear();
  });
  afterAll(() => t.close());

  it('a transaction run again after a deadlock stores the key once, and the answer goes to the row that committed', async () => {
    let runs = 0;
    const state = await asKeyedRequest(async (s) => {
      await new RequestSession(t.db, scope).write(async (w) => {
        runs++;
        await w.tx.query('INSERT INTO idem_probe (n) VALUES (?)', [runs]);
        if (runs === 1) throw deadlock();
      });
      return s;
    });
    expect(runs).toBe(2);
    expect(await probes()).toBe(1);
    const stored = await keys();
    expect(stored).toHaveLength(1);
    expect(stored[0].id).toBe(state.rowId);
  });

  it('a key another request already committed refuses this change with IDEMPOTENCY_IN_PROGRESS (409), storing nothing', async () => {
    await t.db
      .getRepository(IdempotencyKey)
      .insert({ id: 'committed-first', userId: USER_ID, key: KEY, requestHash: 'h'.repeat(64), answer: null, createdAt: new Date() });
    const failure = await asKeyedRequest(() => new RequestSession(t.db, scope).write((w) => w.tx.query('INSERT INTO idem_probe (n) VALUES (1)'))).catch(
      (e: unknown) => e,
    );
    expect(failure).toBeInstanceOf(GraphQLError);
    expect((failure as GraphQLError).extensions).toMatchObject({ code: 'IDEMPOTENCY_IN_PROGRESS', http: { status: 409 } });
    expect(await probes()).toBe(0);
    expect(await keys()).toHaveLength(1);
  });

  it('a change refused inside its transaction takes the key back with it', async () => {
    const failure = await asKeyedRequest(() =>
      new RequestSession(t.db, scope).write(async (w) => {
        await w.tx.query('INSERT INTO idem_probe (n) VALUES (1)');
        throw new Error('a rule of the request');
      }),
    ).catch((e: unknown) => e);
    expect((failure as Error).message).toBe('a rule of the request');
    expect(await probes()).toBe(0);
    expect(await keys()).toEqual([]);
  });

  it('a second write of the same request does not claim the key again', async () => {
    await asKeyedRequest(async () => {
      await new RequestSession(t.db, scope).write((w) => w.tx.query('INSERT INTO idem_probe (n) VALUES (1)'));
      await new RequestSession(t.db, scope).write((w) => w.tx.query('INSERT INTO idem_probe (n) VALUES (2)'));
    });
    expect(await probes()).toBe(2);
    expect(await keys()).toHaveLength(1);
  });

  it('a write outside any keyed request inserts no key', async () => {
    await new RequestSession(t.db, scope).write((w) => w.tx.query('INSERT INTO idem_probe (n) VALUES (1)'));
    expect(await keys()).toEqual([]);
  });
});
