import type { AuthChecker } from 'type-graphql';
import type { Role } from '../domain/accounts/user.entity';
import type { RequestContext } from '../graphql/context';
import { forbidden, unauthenticated } from '../shared/errors';

/**
 * The one check behind every `@Authorized(...)`: a caller must be signed in, and when roles are
 * listed its role must be one of them. Which rows it may touch is the Scope's business, not this.
 */
export const authChecker: AuthChecker<RequestContext, Role> = ({ context }, roles) => {
  const caller = context.session.scope.caller;
  if (!caller) throw unauthenticated();
  if (roles.length > 0 && !roles.includes(caller.role)) throw forbidden();
  return true;
};
