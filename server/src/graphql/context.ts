import type { Request, Response } from 'express';
import type { AuthServices } from '../auth/auth-services';
import type { SessionClaims } from '../auth/tokens';
import type { RequestSession } from '../session/request-session';

/** What every resolver receives for one request: its session is the one door to data. */
export interface RequestContext {
  /** The request's session: the caller, its scope, its loaders, scoped reads and the audited write. */
  session: RequestSession;
  auth: AuthServices;
  req: Request;
  res: Response;
  /** The sign-in the caller came with (null for API keys and anonymous callers): what `logout` ends. */
  signIn: SessionClaims | null;
}
