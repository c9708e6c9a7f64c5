import type { RequestSession } from '../../session/request-session';
import type { Scope } from '../../tenancy/scope';
import { PROVINCE_ROLES } from '../../domain/accounts/caller';
import { paginate, type Page, type PageArgs } from '../../graphql/connection';
import { badInput, notFound } from '../../shared/errors';
import { normalizeUsername } from '../../shared/username';
import { hashPassword } from '../../auth/passwords';
import { forgetAccount } from '../../auth/build-context';
import { Role, User } from '../../domain/accounts/user.entity';
import type { CreateUserInput, ResetPasswordInput, UpdateUserInput } from './user.inputs';

/**
 * The accounts of the caller's province, for the province administrator (docs/SECURITY.md, "Roles and
 * tenancy"). Every role of the province reaches the account rows (their names appear in the audit trail);
 * listing them is the admin's, a rule finer than that reach, hence checked here.
 */
export function userPage(session: RequestSession, page: PageArgs): Promise<Page<User>> {
  session.scope.assertProvinceAdmin();
  return paginate(session.rows(User, 'u'), 'u', page);
}

/** A district role needs a district of the province; a province role none. */
function checkRoleAndDistrict(scope: Scope, role: Role, districtId: number | null): void {
  if (PROVINCE_ROLES.includes(role)) {
    if (districtId !== null) throw badInput('districtId', 'errors.provinceRoleNoDistrict');
    return;
  }
  if (districtId === null) throw badInput('districtId', 'errors.districtRoleNeedsDistrict');
  if (!scope.includesDistrict(districtId)) throw notFound('District', districtId);
}

/** Accounts are written by the province admin only (User's @Reach): create() and change() check it. */
export function createUser(session: RequestSession, input: CreateUserInput): Promise<User> {
  const districtId = input.districtId ?? null;
  checkRoleAndDistrict(session.scope, input.role, districtId);
  // Stored in the one spelling sign-in looks up (shared/username.ts): "Lb.QuanLy " is "lb.quanly", and
  // taken if that is.
  const username = normalizeUsername(input.username);
  return session.write(async (w) => {
    // Usernames are unique across the country: the check looks past the caller's province, as the unique key does.
    if (await w.tx.getRepository(User).existsBy({ username })) throw badInput('username', 'errors.usernameTaken');
    return w.create(User, {
      username,
      displayName: input.displayName?.trim() || null,
      role: input.role,
      provinceId: w.scope.provinceId,
      districtId,
      passwordHash: await hashPassword(input.password),
      demo: false,
    });
  });
}

export function updateUser(session: RequestSession, id: number, version: number, input: UpdateUserInput): Promise<User> {
  return session
    .write(async (w) => {
      const user = await w.change(User, id, version);
      const role = input.role ?? user.role;
      const districtId = input.districtId !== undefined ? input.districtId : PROVINCE_ROLES.includes(role) ? null : user.districtId;
      checkRoleAndDistrict(w.scope, role, districtId);
      if (user.id === session.caller.id && (input.disabled === true || role !== Role.PROVINCE_ADMIN)) {
        throw badInput(input.disabled ? 'disabled' : 'role', 'errors.selfLockout');
      }
      const disabledAt = input.disabled === true ? (user.disabledAt ?? new Date()) : input.disabled === false ? null : user.disabledAt;
      // Disabling, or changing what the account may reach, ends all of its sessions: it signs in afresh.
      const endsSessions = (disabledAt !== null && user.disabledAt === null) || role !== user.role || districtId !== user.districtId;
      const sessionGeneration = user.sessionGeneration + (endsSessions ? 1 : 0);
      const displayName = input.displayName === undefined ? user.displayName : input.displayName?.trim() || null;
      return w.update(User, user, { displayName, role, districtId, disabledAt, sessionGeneration });
    })
    .then((saved) => {
      // Requests cache the account for a few seconds (auth/build-context.ts): a disabled account, a
      // narrowed role or ended sessions take effect on this instance with the next request (others: ≤ 5 s).
      forgetAccount(session.db, id);
      return saved;
    });
}

/** A new password ends every session of the account (whoever knew the old one is signed out). */
export function resetPassword(session: RequestSession, id: number, version: number, input: ResetPasswordInput): Promise<User> {
  return session
    .write(async (w) => {
      const user = await w.change(User, id, version);
      return w.update(User, user, { passwordHash: await hashPassword(input.password), sessionGeneration: user.sessionGeneration + 1 });
    })
    .then((saved) => {
      forgetAccount(session.db, id);
      return saved;
    });
}
