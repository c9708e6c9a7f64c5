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

  @Mutation(() => Boolean, { description: 'Signs the web portal out (clears the session cookie).' })
  logout(@Ctx() { res }: RequestContext): boolean {
    res.clearCookie(SESSION_COOKIE, { path: '/' });
    return true;
  }

  @Authorized()
  @Query(() => Me, { description: 'The caller and its scope.' })
  me(@Ctx() { db, scope }: RequestContext): Promise<Me> {
    return describeCaller(db, scope.requireCaller());
  }
}
