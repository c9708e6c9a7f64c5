import { Role } from '../modules/accounts/user.entity';

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
}

export const PROVINCE_ROLES: readonly Role[] = [Role.PROVINCE_ADMIN, Role.PROVINCE_VIEWER];
export const WRITER_ROLES: readonly Role[] = [Role.PROVINCE_ADMIN, Role.DISTRICT_MANAGER];
