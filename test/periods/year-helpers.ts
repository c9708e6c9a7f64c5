import type { TenantFixture, Headers } from '../helpers/tenant-fixture';
import { Activity } from '../../server/src/domain/activities/activity.entity';
import { Participant } from '../../server/src/domain/participants/participant.entity';

export const STATUS = 'status locked submittedBy note decidedBy reason approvedBy approvedAt';
export const SUBMIT = `mutation($y: Int!, $d: Int, $note: String) { submitYear(fiscalYear: $y, districtId: $d, note: $note) { ${STATUS} } }`;
export const APPROVE = `mutation($d: Int!, $y: Int!) { approveYear(districtId: $d, fiscalYear: $y) { ${STATUS} } }`;
export const RETURN = `mutation($d: Int!, $y: Int!, $r: String!) { returnYear(districtId: $d, fiscalYear: $y, reason: $r) { ${STATUS} } }`;
export const REOPEN = `mutation($d: Int!, $y: Int!, $r: String!) { reopenYear(districtId: $d, fiscalYear: $y, reason: $r) { ${STATUS} } }`;
export const CLOSE = 'mutation($y: Int!) { closeProvinceYear(fiscalYear: $y) { fiscalYear closed closedBy } }';
export const YEAR_STATUS = `query($y: Int!, $d: Int) { yearStatus(fiscalYear: $y, districtId: $d) { ${STATUS} } }`;
export const CREATE_ACTIVITY = 'mutation($input: CreateActivityInput!) { createActivity(input: $input) { id version } }';
export const UPDATE_ACTIVITY =
  'mutation($id: Int!, $version: Int!, $input: ActivityInput!) { updateActivity(id: $id, version: $version, input: $input) { id version } }';
export const DELETE_ACTIVITY = 'mutation($id: Int!, $version: Int!) { deleteActivity(id: $id, version: $version) }';
export const SET_ATTENDANCE = `mutation($id: Int!, $version: Int!, $entries: [AttendanceEntryInput!]!) {
  setAttendance(activityId: $id, activityVersion: $version, entries: $entries) { id version } }`;
export const SET_ALLOCATIONS = 'mutation($input: AllocationsInput!) { setDistrictAllocations(input: $input) { districtId amount } }';
export const UPDATE_PARTICIPANT =
  'mutation($id: Int!, $version: Int!, $input: ParticipantInput!) { updateParticipant(id: $id, version: $version, input: $input) { id } }';

/** A training of the year, costing nothing (so it needs no funding), by a district or the province (districtId null). */
export function training(districtId: number | null, fiscalYear: number, title = `Tập huấn ${fiscalYear}`) {
  return {
    districtId,
    title,
    kind: 'TRAINING',
    scope: 'IN_PROVINCE',
    startDate: `${fiscalYear}-06-01`,
    endDate: `${fiscalYear}-06-01`,
    fiscalYear,
    plannedCost: 0,
  };
}

/** An activity's fields as ActivityInput, with changes. */
export function activityInput(a: Activity, changes: Record<string, unknown> = {}) {
  const { title, kind, scope, startDate, endDate, fiscalYear, plannedCost, actualCost, status } = a;
  return { title, kind, scope, startDate, endDate, fiscalYear, plannedCost, actualCost, status, ...changes };
}

export function participantInput(p: Participant, changes: Record<string, unknown> = {}) {
  const { fullName, gender, birthYear, ethnicGroupCode, category, communeId, villageId } = p;
  return { fullName, gender, birthYear, ethnicGroupCode, category, communeId, villageId, ...changes };
}

export const activityNamed = (f: TenantFixture, title: string) => f.db.getRepository(Activity).findOneByOrFail({ title });
export const personNamed = (f: TenantFixture, fullName: string) => f.db.getRepository(Participant).findOneByOrFail({ fullName });

/** Runs a GraphQL operation and returns its data and first error's code. */
export async function run<T = Record<string, unknown>>(f: TenantFixture, query: string, variables: Record<string, unknown>, headers: Headers) {
  const r = await f.server.graphql<T>(query, variables, headers);
  return { data: r.data, code: r.errors?.[0]?.extensions?.code as string | undefined, error: r.errors?.[0] };
}
