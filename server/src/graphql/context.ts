import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import type { Scope } from '../tenancy/scope';
import type { Loaders } from './loaders';
import type { AuthServices } from '../auth/auth-services';
import type { SessionClaims } from '../auth/tokens';

/** What every resolver receives for one request. Loaders are per request: callers never share a cache. */
export interface RequestContext {
  db: DataSource;
  scope: Scope;
  loaders: Loaders;
  auth: AuthServices;
  req: Request;
  res: Response;
  /** The session token the caller signed in with (null for API keys and anonymous callers): what `logout` ends. */
  session: SessionClaims | null;
}
