import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import { User } from '../modules/accounts/user.entity';
import { Scope } from '../tenancy/scope';
import type { Caller } from '../tenancy/caller';
import { createLoaders } from '../graphql/loaders';
import type { RequestContext } from '../graphql/context';
import { SESSION_COOKIE, type AuthServices } from './auth-services';

/** Reads the bearer token (header, or the web's httpOnly cookie) and builds the request's scope. */
export async function buildContext(db: DataSource, auth: AuthServices, req: Request, res: Response): Promise<RequestContext> {
  const caller = await identify(db, auth, req);
  const scope = caller ? await Scope.forCaller(db, caller) : Scope.anonymous();
  return { db, scope, loaders: createLoaders(db, scope), auth, req, res };
}

async function identify(db: DataSource, auth: AuthServices, req: Request): Promise<Caller | null> {
  const token = bearerToken(req);
  if (!token) return null;
  const userId = await auth.tokens.verify(token);
  if (userId === null) return null;
  const user = await db.getRepository(User).findOneBy({ id: userId });
  if (!user || user.disabledAt || (user.demo && auth.refuseDemoAccounts)) return null;
  return { kind: 'user', id: user.id, label: user.username, role: user.role, provinceId: user.provinceId, districtId: user.districtId };
}

function bearerToken(req: Request): string | null {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length).trim() || null;
  return readCookie(req.headers.cookie, SESSION_COOKIE);
}

function readCookie(header: string | undefined, name: string): string | null {
  for (const part of header?.split(';') ?? []) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return null;
}
