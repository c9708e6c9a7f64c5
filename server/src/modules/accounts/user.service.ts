import type { DataSource } from 'typeorm';
import type { Scope } from '../../tenancy/scope';
import { PROVINCE_ROLES } from '../../domain/accounts/caller';
import { write, type Writer } from '../../session/writer';
import { paginate, type Page, type PageArgs } from '../../graphql/connection';
import { badInput, conflict, notFound } from '../../shared/errors';
import { normalizeUsername } from '../../shared/username';
import { hashPassword } from '../../auth/passwords';
import { forgetAccount } from '../../auth/build-context';
import { Role, User } from '../../domain/accounts/user.entity';
import type { CreateUserInput, ResetPasswordInput, UpdateUserInput } from './user.inputs';

/** The accounts of the caller's province, for the province administrator (docs/SECURITY.md, "Roles and tenancy"). */
export function userPage(db: DataSource, scope: Scope, page: PageArgs): Promise<Page<User>> {
  scope.assertProvinceAdmin();
  return paginate(scope.inProvince(db.getRepository(User).createQueryBuilder('u'), 'u'), 'u', page);
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

export function createUser(db: DataSource, scope: Scope, input: CreateUserInput): Promise<User> {
  scope.assertProvinceAdmin();
  const districtId = input.districtId ?? null;
  checkRoleAndDistrict(scope, input.role, districtId);
  // Stored in the one spelling sign-in looks up (shared/username.ts): "Lb.QuanLy " is "lb.quanly", and
  // taken if that is.
  const username = normalizeUsername(input.username);
  return write(db, scope, async (w) => {
    if (await w.tx.getRepository(User).existsBy({ username })) throw badInput('username', 'errors.usernameTaken');
    return w.create(User, {
      username,
      displayName: input.displayName?.trim() || null,
      role: input.role,
      provinceId: scope.provinceId,
      districtId,
      passwordHash: await hashPassword(input.password),
      demo: false,
    });
  });
}

async function findUser(w: Writer, scope: Scope, id: number, version: number): Promise<User> {
  const user = await scope.inProvince(w.tx.getRepository(User).createQueryBuilder('u').where('u.id = :id', { id }), 'u').getOne();
  if (!user) throw notFound('User', id);
  if (user.version !== version) throw conflict('User');
  return user;
}

export function updateUser(db: DataSource, scope: Scope, id: number, version: number, input: UpdateUserInput): Promise<User> {
  scope.assertProvinceAdmin();
  return write(db, scope, async (w) => {
    const user = await findUser(w, scope, id, version);
    const role = input.role ?? user.role;
    const districtId = input.districtId !== undefined ? input.districtId : PROVINCE_ROLES.includes(role) ? null : user.districtId;
    checkRoleAndDistrict(scope, role, districtId);
    if (user.id === scope.requireCaller().id && (input.disabled === true || role !== Role.PROVINCE_ADMIN)) {
      throw badInput(input.disabled ? 'disabled' : 'role', 'errors.selfLockout');
    }
    const disabledAt = input.disabled === true ? (user.disabledAt ?? new Date()) : input.disabled === false ? null : user.disabledAt;
    // Disabling, or changing what the account may reach, ends all of its sessions: it signs in afresh.
    const endsSessions = (disabledAt !== null && user.disabledAt === null) || role !== user.role || districtId !== user.districtId;
    const sessionGeneration = user.sessionGeneration + (endsSessions ? 1 : 0);
    const displayName = input.displayName === undefined ? user.displayName : input.displayName?.trim() || null;
    return w.update(User, user, version, { displayName, role, districtId, disabledAt, sessionGeneration });
  }).then((saved) => {
    // Requests cache the account for a few seconds (auth/build-context.ts): a disabled account, a
    // narrowed role or ended sessions take effect on this instance with the next request (others: ≤ 5 s).
    forgetAccount(db, id);
    return saved;
  });
}

/** A new password ends every session of the account (whoever knew the old one is signed out). */
export function resetPassword(db: DataSource, scope: Scope, id: number, version: number, input: ResetPasswordInput): Promise<User> {
  scope.assertProvinceAdmin();
  return write(db, scope, async (w) => {
    const user = await findUser(w, scope, id, version);
    return w.update(User, user, version, { passwordHash: await hashPassword(input.password), sessionGeneration: user.sessionGeneration + 1 });
  }).then((saved) => {
    forgetAccount(db, id);
    return saved;
  });
}
