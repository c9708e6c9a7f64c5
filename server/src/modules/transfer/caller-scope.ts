import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import type { AuthServices } from '../../auth/auth-services';
import { buildContext, identifyCaller } from '../../auth/build-context';
import type { Scope } from '../../tenancy/scope';

/** The caller's scope, identified exactly as for /graphql (session token, cookie or API key); UNAUTHENTICATED if none. */
export async function callerScope(db: DataSource, auth: AuthServices, req: Request, res: Response): Promise<Scope> {
  const context = buildContext(db, auth, req, res);
  await identifyCaller(context);
  context.scope.requireCaller();
  return context.scope;
}
