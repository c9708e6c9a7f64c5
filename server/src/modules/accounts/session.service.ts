import type { DataSource } from 'typeorm';
import type { Request } from 'express';
import { User } from './user.entity';
import { Province } from '../geography/province.entity';
import { District } from '../geography/district.entity';
import { verifyPassword, hashPassword } from '../../auth/passwords';
import type { AuthServices } from '../../auth/auth-services';
import type { Caller } from '../../tenancy/caller';
import { WRITER_ROLES } from '../../tenancy/caller';
import { rateLimited, unauthenticated } from '../../shared/errors';
import type { Me, Session } from './session.types';

/** Compared against when the username is unknown, so both failures cost the same time. */
let decoyHash: Promise<string> | null = null;

/** Signs a user in: one generic answer for a wrong name or password, throttled after repeated failures. */
export async function signIn(db: DataSource, auth: AuthServices, req: Request, username: string, password: string): Promise<Session> {
  const address = req.ip ?? 'unknown';
  const wait = auth.throttle.retryAfterSeconds(username, address);
  if (wait > 0) throw rateLimited(wait, 'Too many failed sign-ins; try again later');

  const user = await db.getRepository(User).findOneBy({ username: username.trim() });
  decoyHash ??= hashPassword('decoy-password-for-timing');
  const valid = await verifyPassword(user?.passwordHash ?? (await decoyHash), password);
  if (!user || !valid || user.disabledAt || (user.demo && auth.refuseDemoAccounts)) {
    auth.throttle.recordFailure(username, address);
    throw unauthenticated('Wrong username or password');
  }
  auth.throttle.recordSuccess(username);
  const { token, expiresAt } = await auth.tokens.issue(user.id, user.sessionGeneration);
  const caller: Caller = { kind: 'user', id: user.id, label: user.username, role: user.role, provinceId: user.provinceId, districtId: user.districtId };
  return { token, expiresAt, me: await describeCaller(db, caller) };
}

export async function describeCaller(db: DataSource, caller: Caller): Promise<Me> {
  return {
    kind: caller.kind === 'user' ? 'USER' : 'API_KEY',
    id: caller.id,
    name: caller.label,
    role: caller.role,
    province: await db.getRepository(Province).findOneByOrFail({ id: caller.provinceId }),
    district: caller.districtId === null ? null : await db.getRepository(District).findOneBy({ id: caller.districtId }),
    canWrite: caller.kind === 'user' && WRITER_ROLES.includes(caller.role),
  };
}
