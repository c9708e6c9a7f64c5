import type { DataSource } from 'typeorm';
import type { Request, Response } from 'express';
import { User } from '../../domain/accounts/user.entity';
import { Province } from '../../domain/geography/province.entity';
import { District } from '../../domain/geography/district.entity';
import { verifyPassword, hashPassword } from '../../auth/passwords';
import type { AuthServices } from '../../auth/auth-services';
import type { Caller } from '../../domain/accounts/caller';
import { WRITER_ROLES } from '../../domain/accounts/caller';
import { unauthenticated } from '../../shared/errors';
import { normalizeUsername } from '../../shared/username';
import type { Me, Session } from './session.types';

/** Compared against when the username is unknown, so both failures cost the same time. */
let decoyHash: Promise<string> | null = null;

/**
 * Signs a user in, on the data source itself (nobody is identified yet, so no request session can read
 * for it): one generic answer for a wrong name or password. The name is normalised once and
 * used for the throttle and the lookup alike; the guess is reserved before its password is checked, and
 * the check waits in a bounded queue (auth/login-throttle.ts, auth/password-work.ts).
 */
export async function signIn(db: DataSource, auth: AuthServices, req: Request, res: Response, typed: string, password: string): Promise<Session> {
  const username = normalizeUsername(typed);
  const browser = auth.devices.browserOf(req, username);
  const attempt = await auth.throttle.reserve(username, req.ip ?? 'unknown', browser);

  let user: User | null;
  let valid: boolean;
  try {
    const found = await db.getRepository(User).findOneBy({ username });
    // MariaDB's collation matches "huyền" to "huyen": only the exact stored spelling is this account.
    user = found?.username === username ? found : null;
    decoyHash ??= hashPassword('decoy-password-for-timing');
    const hash = user?.passwordHash ?? (await decoyHash);
    valid = await auth.passwordWork.run(() => verifyPassword(hash, password));
  } catch (error) {
    // Never checked (the queue was full, the database away): the guess costs no budget.
    await attempt.release();
    throw error;
  }
  if (!user || !valid || user.disabledAt || (user.demo && auth.refuseDemoAccounts)) throw unauthenticated('errors.wrongLogin');
  await attempt.succeeded();
  auth.devices.remember(res, username, browser);
  const { token, expiresAt } = await auth.tokens.issue(user.id, user.sessionGeneration);
  const caller: Caller = { kind: 'user', id: user.id, label: user.username, role: user.role, provinceId: user.provinceId, districtId: user.districtId };
  return { token, expiresAt, me: await describeCaller(db, caller) };
}

/** Read per request, not from the cached caller: a renamed account is greeted by its new name at once. */
async function displayNameOf(db: DataSource, userId: number): Promise<string | null> {
  const user = await db.getRepository(User).findOne({ select: { id: true, displayName: true }, where: { id: userId } });
  return user?.displayName ?? null;
}

/**
 * The caller's own account, province and district, read on the data source: at sign-in the request's
 * session is not yet identified as this caller (and `me` reads the same rows the same way).
 */
export async function describeCaller(db: DataSource, caller: Caller): Promise<Me> {
  return {
    kind: caller.kind === 'user' ? 'USER' : 'API_KEY',
    id: caller.id,
    name: caller.label,
    displayName: caller.kind === 'user' ? await displayNameOf(db, caller.id) : null,
    role: caller.role,
    province: await db.getRepository(Province).findOneByOrFail({ id: caller.provinceId }),
    district: caller.districtId === null ? null : await db.getRepository(District).findOneBy({ id: caller.districtId }),
    canWrite: caller.kind === 'user' && WRITER_ROLES.includes(caller.role),
  };
}
