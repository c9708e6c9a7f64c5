import type { Gender, ParticipantCategory } from '../graphql/generated/graphql';

/**
 * The shapes kept on the device. A participant registered offline has no server id yet: it is known by
 * a local id (`local:<uuid>`) until its registration is synced, and every queued change that names it
 * waits for that id (queue.ts).
 */
export type PersonRef = number | string;

export const isLocalRef = (ref: PersonRef): ref is string => typeof ref === 'string';

/** Who owns the device copy: data and queue belong to one account of one district. */
export interface DeviceOwner {
  accountId: number;
  username: string;
  districtId: number;
  /** The `me` answer at the last online sign-in, so that the shell can open without signal. */
  me: unknown;
  ethnicGroups: { code: string; name: string; nameAlt?: string | null }[];
}

/** What updateParticipant needs besides id and version: the whole input (the API replaces it). */
export interface PersonInput {
  fullName: string;
  gender: Gender;
  birthYear: number;
  ethnicGroupCode: string;
  category: ParticipantCategory;
  position: string | null;
  communeId: number;
  villageId: number | null;
  phone: string | null;
  idNumber: string | null;
}

export interface OfflinePerson extends PersonInput {
  id: PersonRef;
  /** 0 for a person registered on the device and not yet synced. */
  version: number;
}

export interface AttendanceRow {
  participantId: number;
  attended: boolean;
  completed: boolean;
}

export interface OfflineActivity {
  id: number;
  version: number;
  title: string;
  startDate: string;
  endDate: string;
  /** The commune whose people and villages were taken with it. */
  communeId: number;
  attendances: AttendanceRow[];
}

export interface OfflineCommune {
  id: number;
  name: string;
  villages: { id: number; name: string }[];
}
