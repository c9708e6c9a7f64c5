import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import { User, Role } from '../domain/accounts/user.entity';
import { ApiKey } from '../domain/accounts/api-key.entity';
import { Scope } from '../tenancy/scope';
import type { Caller } from '../domain/accounts/caller';
import { RequestSession } from '../session/request-session';
import type { RequestContext } from '../graphql/context';
import { unauthenticated } from '../shared/errors';
import type { AuthServices } from './auth-services';
import { apiKeyFromHeader, parseApiKey, secretMatches } from './api-keys';
import { sessionCookieOf } from './session-cookie';
import { SESSION_STALENESS_MS } from './session-revocation';
import type { SessionClaims } from './tokens';
import { ShortCache } from '../shared/short-cache';

/**
 * The account behind a session token is read at most every 5 s per process (every request reads it):
 * a disabled account, a changed role or district, or a bumped `sessionGeneration` (all sessions ended)
 * takes effect within 5 s on each instance. The scope's district list is cached likewise
 * (tenancy/scope.ts); a district role's scope comes from the account row alone, so the cache can never
 * widen it beyond what the account said 5 s ago.
 */
export const ACCOUNT_TTL_MS = SESSION_STALENESS_MS;
const accounts = new ShortCache<DataSource, number, User | null>(ACCOUNT_TTL_MS);

/** Drops the cached account (after disabling it or changing its role): the next request reads it afresh. */
export function forgetAccount(db: DataSource, userId: number): void {
  accounts.forget(db, userId);
}

/** lastUsedAt is refreshed at most this often per key, so that reading does not mean one write per request. */
const LAST_USED_GRANULARITY_MS = 60_000;

/** One session per HTTP request: the operations of a batch share its identification and its loaders. */
const sessions = new WeakMap<Request, RequestSession>();

/**
 * The request's context, built without touching the database: its session starts anonymous and is
 * identified by `identifyCaller` only once the operation has passed the query limits
 * (graphql/query-limits.ts), so that a refused query costs no SQL at all.
 */
export function buildContext(db: DataSource, auth: AuthServices, req: Request, res: Response): RequestContext {
  let session = sessions.get(req);
  if (!session) {
    session = new RequestSession(db);
    sessions.set(req, session);
  }
  return {
    session,
    auth,
    req,
    res,
    signIn: null,
  };
}

interface Identified {
  scope: Scope;
  signIn: SessionClaims | null;
}

const identified = new WeakMap<Request, Promise<Identified>>();

/**
 * Identifies the caller (session token, cookie or API key) and scopes the context's session. Once per HTTP
 * request. An API key that is malformed, unknown or revoked is UNAUTHENTICATED; a bad session token leaves
 * the caller anonymous.
 */
export async function identifyCaller(context: RequestContext): Promise<void> {
  let pending = identified.get(context.req);
  if (!pending) {
    pending = scopeFor(context.session.db, context.auth, context.req);
    identified.set(context.req, pending);
  }
  const { scope, signIn } = await pending;
  if (context.session.scope !== scope) context.session.identifiedAs(scope);
  context.signIn = signIn;
}

/**
 * For routes outside GraphQL (downloads, uploads): the request's session, identified exactly as for
 * /graphql. Anonymous without credentials (`session.caller` then answers UNAUTHENTICATED); a refused API
 * key is UNAUTHENTICATED at once.
 */
export async function requestSession(db: DataSource, auth: AuthServices, req: Request, res: Response): Promise<RequestSession> {
  const context = buildContext(db, auth, req, res);
  await identifyCaller(context);
  return context.session;
}

async function scopeFor(db: DataSource, auth: AuthServices, req: Request): Promise<Identified> {
  const key = apiKeyFromHeader(req.headers.authorization);
  const { caller, session } = key ? { caller: await identifyKey(db, key), session: null } : await identifyUser(db, auth, req);
  const scope = caller ? await Scope.forCaller(db, caller) : Scope.anonymous();
  return { scope, signIn: session };
}

const NOBODY = { caller: null, session: null };

/**
 * A session token counts while it is genuine and unexpired (tokens.ts), its session was not signed out,
 * and it was issued under the account's current `sessionGeneration` (a password reset, disable or role
 * change bumps it). Both checks read state at most SESSION_STALENESS_MS old.
 */
async function identifyUser(db: DataSource, auth: AuthServices, req: Request): Promise<{ caller: Caller | null; session: SessionClaims | null }> {
  const token = sessionToken(req);
  if (!token) return NOBODY;
  const session = await auth.tokens.verify(token);
  if (session === null) return NOBODY;
  const userId = session.userId;
  const user = await accounts.get(db, userId, () => db.getRepository(User).findOneBy({ id: userId }));
  if (!user || user.disabledAt || user.sessionGeneration !== session.generation || (user.demo && auth.refuseDemoAccounts)) return NOBODY;
  if (await auth.revocations.isRevoked(db, session.sessionId)) return NOBODY;
  const caller: Caller = {
    kind: 'user',
    id: user.id,
    label: user.username,
    role: user.role,
    provinceId: user.provinceId,
    districtId: user.districtId,
    personalDataGranted: user.personalData,
  };
  return { caller, session };
}

/** A key reads as a viewer of its province or of its one district: the Scope and authChecker then forbid every write. */
async function identifyKey(db: DataSource, key: string): Promise<Caller> {
  const parsed = parseApiKey(key);
  const row = parsed ? await db.getRepository(ApiKey).findOneBy({ prefix: parsed.prefix }) : null;
  if (!parsed || !row || row.revokedAt || !secretMatches(parsed.secret, row.hash)) throw unauthenticated('errors.unknownApiKey');
  await noteUse(db, row);
  return {
    kind: 'apiKey',
    id: row.id,
    label: row.name,
    role: row.districtId === null ? Role.PROVINCE_VIEWER : Role.DISTRICT_VIEWER,
    provinceId: row.provinceId,
    districtId: row.districtId,
    personalDataGranted: row.personalData,
  };
}

/** Bookkeeping, not a change of data: no audit entry (keys cannot write through write() anyway). */
async function noteUse(db: DataSource, row: ApiKey): Promise<void> {
  const now = new Date();
  if (row.lastUsedAt && now.getTime() - row.lastUsedAt.getTime() < LAST_USED_GRANULARITY_MS) return;
  await db.createQueryBuilder().update(ApiKey).set({ lastUsedAt: now }).where('id = :id', { id: row.id }).execute();
}

function sessionToken(req: Request): string | null {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length).trim() || null;
  return sessionCookieOf(req.headers.cookie);
}
