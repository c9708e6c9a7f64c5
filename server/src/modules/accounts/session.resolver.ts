import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../graphql/context';
import { SESSION_COOKIE } from '../../auth/auth-services';
import { Me, Session } from './session.types';
import { describeCaller, signIn } from './session.service';

@Resolver()
export class SessionResolver {
  @Mutation(() => Session, { description: 'Signs in. The token is also set as an httpOnly cookie for the web portal.' })
  async login(@Arg('username') username: string, @Arg('password') password: string, @Ctx() { session, auth, req, res }: RequestContext): Promise<Session> {
    // Nobody is identified yet: signing in reads the account on the data source itself (session.service.ts).
    const signedIn = await signIn(session.db, auth, req, res, username, password);
    res.cookie(SESSION_COOKIE, signedIn.token, { httpOnly: true, sameSite: 'strict', secure: auth.secureCookies, expires: signedIn.expiresAt, path: '/' });
    return signedIn;
  }

  @Mutation(() => Boolean, { description: 'Signs out: ends the session of the token or cookie sent (on every instance within 5 s) and clears the cookie.' })
  async logout(@Ctx() { session, auth, signIn, res }: RequestContext): Promise<boolean> {
    // The server's own bookkeeping of ended sign-ins (RevokedSession is reached by nobody), kept by auth/.
    if (signIn) await auth.revocations.revoke(session.db, signIn);
    res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'strict', secure: auth.secureCookies, path: '/' });
    return true;
  }

  @Authorized()
  @Query(() => Me, { description: 'The caller and its scope.' })
  me(@Ctx() { session }: RequestContext): Promise<Me> {
    return describeCaller(session.db, session.caller);
  }
}
