import { Role } from './user.entity';

/** Who is calling: a signed-in user or a third party's API key, reduced to what scoping needs. */
export interface Caller {
  kind: 'user' | 'apiKey';
  id: number;
  /** Username or key name, as written into the audit trail. */
  label: string;
  role: Role;
  provinceId: number;
  /** Set for district roles; null for the province. */
  districtId: number | null;
  /**
   * The province admin granted this key or viewer account `personalData` (SPEC §4): it reads ID numbers
   * and phones unmasked. Absent means not granted; writers (admins, managers) read them regardless.
   */
  personalDataGranted?: boolean;
}

export const PROVINCE_ROLES: readonly Role[] = [Role.PROVINCE_ADMIN, Role.PROVINCE_VIEWER];
export const WRITER_ROLES: readonly Role[] = [Role.PROVINCE_ADMIN, Role.DISTRICT_MANAGER];
export const PROVINCE_ADMIN_ONLY: readonly Role[] = [Role.PROVINCE_ADMIN];

/** Signed-in writers keep their people's records and read them whole; keys and viewers need the grant. */
export function seesPersonalData(caller: Caller): boolean {
  return (caller.kind === 'user' && WRITER_ROLES.includes(caller.role)) || caller.personalDataGranted === true;
}
