import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { openOfflineDb, type OfflineDb } from './db';
import { enqueue, changesOf } from './queue';
import { syncQueue } from './sync';
import { editRegistration, resolveChange, type ServerRows } from './resolve';
import { resolutionsFor, type GraphQLRequest, type QueuedChange, type RegisterChange } from './changes';
import type { SendResult, Transport } from './transport';
import type { PersonInput } from './model';

/**
 * The queue against a fake server that keeps idempotency keys as the real one does: a repeated key
 * answers the first answer, so the tests can count what the server ran.
 */
const ME = 7;
const person = (over: Partial<PersonInput> = {}): PersonInput => ({
  fullName: 'Hoàng Thị Lâm',
  gender: 'FEMALE',
  birthYear: 1980,
  ethnicGroupCode: '02',
  category: 'RESIDENT',
  position: null,
  communeId: 1,
  villageId: 10,
  phone: null,
  idNumber: null,
  ...over,
});

function fakeServer() {
  /** What the server ran (and stored under a key), refusals not counted. */
  const ran: GraphQLRequest[] = [];
  const answers = new Map<string, SendResult>();
  let nextId = 100;
  let activityVersion = 3;
  const personVersion = new Map<number, number>([[1, 1]]);
  /** Lets a test refuse or drop the next sends. */
  const script: ((r: GraphQLRequest, key: string) => Promise<SendResult>)[] = [];
  const run: Transport = async (request, key) => {
    const kept = answers.get(key);
    if (kept) return kept;
    const v = request.variables;
    let result: SendResult;
    if (request.operationName === 'OfflineRegister') {
      const id = nextId++;
      personVersion.set(id, 1);
      result = { kind: 'done', data: { createParticipant: { id, version: 1 } } };
    } else if (request.operationName === 'OfflineCorrect') {
      const current = personVersion.get(v.id as number)!;
      if (current !== v.version) return { kind: 'refused', refusal: { code: 'CONFLICT', message: 'Dữ liệu đã bị thay đổi' } };
      personVersion.set(v.id as number, current + 1);
      result = { kind: 'done', data: { updateParticipant: { id: v.id, version: current + 1 } } };
    } else {
      if (v.activityVersion !== activityVersion) return { kind: 'refused', refusal: { code: 'CONFLICT', message: 'Dữ liệu đã bị thay đổi' } };
      activityVersion++;
      result = { kind: 'done', data: { setAttendance: { id: v.activityId, version: activityVersion, attendances: v.entries } } };
    }
    ran.push(request);
    answers.set(key, result);
    return result;
  };
  const send: Transport = (request, key) => (script.shift() ?? run)(request, key);
  return {
    ran,
    run,
    send,
    script,
    personVersion,
    bumpActivity: () => activityVersion++,
    get activityVersion() {
      return activityVersion;
    },
  };
}

const base = { accountId: ME, createdAt: '2026-12-04T00:00:00Z' };
const register = (localId: string): QueuedChange => ({
  ...base,
  kind: 'register',
  key: crypto.randomUUID(),
  localId,
  input: person({ fullName: `Người ${localId}` }),
});
const attendance = (marks: { participant: number | string; attended: boolean; completed: boolean }[], baseVersion = 3): QueuedChange => ({
  ...base,
  kind: 'attendance',
  key: crypto.randomUUID(),
  activityId: 5,
  baseVersion,
  base: [{ participantId: 1, attended: true, completed: false }],
  marks,
});
const correct = (phone: string, baseVersion = 1): QueuedChange => ({
  ...base,
  kind: 'correct',
  key: crypto.randomUUID(),
  participant: 1,
  baseVersion,
  base: person(),
  fields: { phone },
});

let db: OfflineDb;
let n = 0;
beforeEach(async () => {
  db = await openOfflineDb(`test-${n++}`);
});

describe('the offline queue', () => {
  it('sends an attendance that names an offline registration only after it, with the server id', async () => {
    const server = fakeServer();
    await enqueue(db, register('local:a'));
    await enqueue(
      db,
      attendance([
        { participant: 'local:a', attended: true, completed: true },
        { participant: 2, attended: true, completed: false },
      ]),
    );
    const outcome = await syncQueue(db, ME, server.send);
    expect(outcome).toMatchObject({ sent: 2, refused: 0, left: 0 });
    expect(server.ran.map((r) => r.operationName)).toEqual(['OfflineRegister', 'OfflineAttendance']);
    expect(server.ran[1].variables.entries).toEqual([
      { participantId: 1, attended: true, completed: false },
      { participantId: 100, attended: true, completed: true },
      { participantId: 2, attended: true, completed: false },
    ]);
  });

  it('sends a change again under the same key after a lost answer, and the server runs it once', async () => {
    const server = fakeServer();
    await enqueue(db, register('local:a'));
    // The server runs it but the answer is lost on the way back, twice: a retry storm of three sends.
    for (let i = 0; i < 2; i++) {
      server.script.push(async (r, key) => (await server.run(r, key), { kind: 'later', reason: 'lost' }));
      const outcome = await syncQueue(db, ME, server.send);
      expect(outcome).toMatchObject({ interrupted: true, left: 1 });
    }
    expect(await syncQueue(db, ME, server.send)).toMatchObject({ sent: 1, left: 0 });
    expect(server.ran).toHaveLength(1);
  });

  it('keeps a refused change with the server’s words, holds later changes on the same row and sends the rest', async () => {
    const server = fakeServer();
    server.personVersion.set(1, 2); // someone changed the person online meanwhile
    await enqueue(db, correct('0912345678'));
    await enqueue(db, correct('0987654321'));
    await enqueue(db, register('local:b'));
    const outcome = await syncQueue(db, ME, server.send);
    expect(outcome).toMatchObject({ sent: 1, refused: 1, left: 2 });
    const [refused, held] = await changesOf(db, ME);
    expect(refused.refusal).toEqual({ code: 'CONFLICT', message: 'Dữ liệu đã bị thay đổi' });
    expect(resolutionsFor(refused)).toEqual(['theirs', 'mine', 'discard']);
    expect(held.refusal).toBeUndefined();
  });

  it('re-applies mine over the server’s version with a new key; later changes on the row follow it', async () => {
    const server = fakeServer();
    server.personVersion.set(1, 2);
    await enqueue(db, correct('0912345678'));
    await enqueue(db, correct('0987654321'));
    await syncQueue(db, ME, server.send);
    const [refused] = await changesOf(db, ME);
    const rows: ServerRows = { person: async () => ({ version: 2, input: person({ villageId: 11 }) }), activity: async () => null };
    expect(await resolveChange(db, refused, 'mine', rows)).toBe(true);
    const [again] = await changesOf(db, ME);
    expect(again.key).not.toBe(refused.key);
    expect(await syncQueue(db, ME, server.send)).toMatchObject({ sent: 2, refused: 0, left: 0 });
    // Mine laid over theirs: their village kept, my phone; then my second correction on top of my first.
    expect(server.ran.map((r) => [r.variables.version, (r.variables.input as PersonInput).phone, (r.variables.input as PersonInput).villageId])).toEqual([
      [2, '0912345678', 11],
      [3, '0987654321', 11],
    ]);
  });

  it('takes theirs: the change leaves the queue and the device copy takes the server’s row', async () => {
    const server = fakeServer();
    server.bumpActivity();
    await db.put('activities', { id: 5, version: 3, title: 'T', startDate: '', endDate: '', communeId: 1, attendances: [] });
    await enqueue(db, attendance([{ participant: 2, attended: true, completed: false }]));
    await syncQueue(db, ME, server.send);
    const [refused] = await changesOf(db, ME);
    const theirs = [{ participantId: 3, attended: true, completed: true }];
    await resolveChange(db, refused, 'theirs', { person: async () => null, activity: async () => ({ version: 4, attendances: theirs }) });
    expect(await changesOf(db, ME)).toEqual([]);
    expect(await db.get('activities', 5)).toMatchObject({ version: 4, attendances: theirs });
    expect(server.ran).toEqual([]);
  });

  it('discarding a refused registration also takes its person off later attendance, so nothing waits forever', async () => {
    const server = fakeServer();
    server.script.push(async () => ({ kind: 'refused', refusal: { code: 'BAD_USER_INPUT', message: 'Số CCCD đã có', field: 'idNumber' } }));
    await enqueue(db, register('local:c'));
    await enqueue(
      db,
      attendance([
        { participant: 'local:c', attended: true, completed: false },
        { participant: 2, attended: true, completed: false },
      ]),
    );
    expect(await syncQueue(db, ME, server.send)).toMatchObject({ sent: 0, refused: 1, left: 2 });
    const [refused] = await changesOf(db, ME);
    expect(resolutionsFor(refused)).toEqual(['edit', 'mine', 'discard']);
    await resolveChange(db, refused, 'discard', { person: async () => null, activity: async () => null });
    expect(await syncQueue(db, ME, server.send)).toMatchObject({ sent: 1, left: 0 });
    expect(server.ran[0].variables.entries).toEqual([
      { participantId: 1, attended: true, completed: false },
      { participantId: 2, attended: true, completed: false },
    ]);
  });

  it('a refused registration corrected by the officer goes again under a new key, and its attendance follows', async () => {
    const server = fakeServer();
    server.script.push(async () => ({ kind: 'refused', refusal: { code: 'BAD_USER_INPUT', message: 'Số CCCD đã có', field: 'idNumber' } }));
    await enqueue(db, register('local:e'));
    await enqueue(db, attendance([{ participant: 'local:e', attended: true, completed: false }]));
    await syncQueue(db, ME, server.send);
    const [refused] = await changesOf(db, ME);
    await editRegistration(db, refused as RegisterChange, person({ fullName: 'Người đã sửa', idNumber: '001234567890' }));
    expect((await db.get('people', 'local:e'))?.fullName).toBe('Người đã sửa');
    expect(await syncQueue(db, ME, server.send)).toMatchObject({ sent: 2, left: 0 });
    expect((server.ran[0].variables.input as PersonInput).idNumber).toBe('001234567890');
    expect(server.ran[1].variables.entries).toContainEqual({ participantId: 100, attended: true, completed: false });
  });

  it('stops on a revoked session and keeps the queue; another account’s sync never sends it', async () => {
    const server = fakeServer();
    await enqueue(db, register('local:d'));
    server.script.push(async () => ({ kind: 'signedOut' }));
    expect(await syncQueue(db, ME, server.send)).toMatchObject({ signedOut: true, left: 1 });
    expect(await syncQueue(db, ME + 1, server.send)).toMatchObject({ sent: 0, left: 0 });
    expect(server.ran).toEqual([]);
    expect(await syncQueue(db, ME, server.send)).toMatchObject({ sent: 1, left: 0 });
  });
});
