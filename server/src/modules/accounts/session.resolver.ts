import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { SESSION_COOKIE } from '../../auth/auth-services';
import { Me, Session } from './session.types';
import { describeCaller, signIn } from './session.service';

@Resolver()
export class SessionResolver {
  @Mutation(() => Session, { description: 'Signs in. The token is also set as an httpOnly cookie for the web portal.' })
  async login(@Arg('username') username: string, @Arg('password') password: string, @Ctx() { db, auth, req, res }: RequestContext): Promise<Session> {
    const session = await signIn(db, auth, req, res, username, password);
    res.cookie(SESSION_COOKIE, session.token, { httpOnly: true, sameSite: 'strict', secure: auth.secureCookies, expires: session.expiresAt, path: '/' });
    return session;
  }

  @Mutation(() => Boolean, { description: 'Signs out: ends the session of the token or cookie sent (on every instance within 5 s) and clears the cookie.' })
  async logout(@Ctx() { db, auth, signIn, res }: RequestContext): Promise<boolean> {
    if (signIn) await auth.revocations.revoke(db, signIn);
    res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'strict', secure: auth.secureCookies, path: '/' });
    return true;
  }

  @Authorized()
  @Query(() => Me, { description: 'The caller and its scope.' })
  me(@Ctx() { db, scope }: RequestContext): Promise<Me> {
    return describeCaller(db, scope.requireCaller());
  }
}
