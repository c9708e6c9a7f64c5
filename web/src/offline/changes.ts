import { isLocalRef, type AttendanceRow, type PersonInput, type PersonRef } from './model';

/**
 * A change made on the device, waiting in the queue. Each carries `key`, sent as the Idempotency-Key:
 * a retry of the same change (a lost answer, a second tab, a storm of retries) is the same request with
 * the same key, and the server answers it from its record instead of running it again. Re-applying a
 * refused change is a new request, so it gets a new key.
 */
export type QueuedChange = RegisterChange | CorrectChange | AttendanceChange;

interface ChangeBase {
  /** Queue order (IndexedDB's auto-increment): changes are sent in this order. */
  seq?: number;
  key: string;
  /** The account that made it: another account signed in on the device never sends it. */
  accountId: number;
  createdAt: string;
  /** Set when the server refused the change; it stays until the officer resolves it. */
  refusal?: Refusal;
  /** The request as first sent: a retry sends exactly this again, so the server sees the same request for the key. */
  sent?: GraphQLRequest;
}

/** A new participant (same rules as the online form). */
export interface RegisterChange extends ChangeBase {
  kind: 'register';
  localId: string;
  input: PersonInput;
}

/** A participant's phone or village corrected; `base` is the whole record the correction applies to. */
export interface CorrectChange extends ChangeBase {
  kind: 'correct';
  participant: PersonRef;
  baseVersion: number;
  base: PersonInput;
  fields: Partial<Pick<PersonInput, 'phone' | 'villageId'>>;
}

/** Presence marks for one activity, laid over the list the server had (`base`). */
export interface AttendanceChange extends ChangeBase {
  kind: 'attendance';
  activityId: number;
  baseVersion: number;
  base: AttendanceRow[];
  /** Neither attended nor completed takes the person off the list. */
  marks: { participant: PersonRef; attended: boolean; completed: boolean }[];
}

export interface Refusal {
  code: string;
  /** The server's own words, in the language of the page when it was sent (Vietnamese first). */
  message: string;
  field?: string;
}

export interface GraphQLRequest {
  operationName: string;
  query: string;
  variables: Record<string, unknown>;
}

/** What a change is about: a later change on the same thing waits behind it. */
export function targetOf(change: QueuedChange): string {
  if (change.kind === 'register') return `person:${change.localId}`;
  if (change.kind === 'correct') return `person:${change.participant}`;
  return `activity:${change.activityId}`;
}

/** The offline registrations a change names: it cannot be sent before they have server ids. */
export function localRefsOf(change: QueuedChange): string[] {
  if (change.kind === 'correct') return isLocalRef(change.participant) ? [change.participant] : [];
  if (change.kind === 'attendance') return change.marks.map((m) => m.participant).filter(isLocalRef);
  return [];
}

/** The list the server will hold: its list, each marked person put on, changed or taken off. */
export function attendanceEntries(base: AttendanceRow[], marks: AttendanceChange['marks']): AttendanceRow[] {
  const byPerson = new Map<PersonRef, AttendanceRow | null>(base.map((row) => [row.participantId, row]));
  for (const m of marks) {
    const attended = m.attended || m.completed;
    byPerson.set(m.participant, attended ? { participantId: m.participant as number, attended, completed: m.completed } : null);
  }
  return [...byPerson.values()].filter((row): row is AttendanceRow => row !== null);
}

const REGISTER = `mutation OfflineRegister($input: ParticipantInput!) { createParticipant(input: $input) { id version } }`;
const CORRECT = `mutation OfflineCorrect($id: Int!, $version: Int!, $input: ParticipantInput!) { updateParticipant(id: $id, version: $version, input: $input) { id version } }`;
const ATTENDANCE =
  `mutation OfflineAttendance($activityId: Int!, $activityVersion: Int!, $entries: [AttendanceEntryInput!]!) ` +
  `{ setAttendance(activityId: $activityId, activityVersion: $activityVersion, entries: $entries) { id version attendances { participantId attended completed } } }`;

/** The mutation that carries a change; only called once its local references are resolved. */
export function requestOf(change: QueuedChange): GraphQLRequest {
  if (localRefsOf(change).length > 0) throw new Error('a change naming an unsynced registration cannot be sent yet');
  if (change.kind === 'register') return { operationName: 'OfflineRegister', query: REGISTER, variables: { input: change.input } };
  if (change.kind === 'correct') {
    return {
      operationName: 'OfflineCorrect',
      query: CORRECT,
      variables: { id: change.participant, version: change.baseVersion, input: { ...change.base, ...change.fields } },
    };
  }
  const entries = attendanceEntries(change.base, change.marks);
  return { operationName: 'OfflineAttendance', query: ATTENDANCE, variables: { activityId: change.activityId, activityVersion: change.baseVersion, entries } };
}

/**
 * How a refused change may be resolved (the conflict rules):
 *  - `theirs`: keep what the server has and drop mine — for corrections and attendance, which change an existing row;
 *  - `mine`: send mine again over the server's current version, with a new key (a registration is simply sent again,
 *    e.g. after the year was reopened);
 *  - `edit`: a refused registration is corrected in the same form (e.g. an ID number the country already has), then sent under a new key;
 *  - `discard`: drop mine. Nothing is dropped without the officer choosing it.
 * A change the server stored without keeping its answer offers only what cannot store it a second time.
 */
export type Resolution = 'theirs' | 'mine' | 'edit' | 'discard';

export function resolutionsFor(change: QueuedChange): Resolution[] {
  if (!change.refusal) return [];
  // The server stored the change but lost its answer (docs/API.md): sending it again under a new key would store it twice.
  if (change.refusal.code === 'IDEMPOTENCY_ANSWER_NOT_KEPT') return change.kind === 'register' ? ['discard'] : ['theirs'];
  return change.kind === 'register' ? ['edit', 'mine', 'discard'] : ['theirs', 'mine', 'discard'];
}
