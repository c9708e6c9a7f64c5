import type { RequestSession } from '../../session/request-session';
import { WRITER_ROLES } from '../../domain/accounts/caller';
import { forgetAccount } from '../../auth/build-context';
import { badInput } from '../../shared/errors';
import { ApiKey } from '../../domain/accounts/api-key.entity';
import { User } from '../../domain/accounts/user.entity';

/**
 * The personalData grant (docs/SECURITY.md, "Personal data"): the province admin lets one API key or one viewer account read ID
 * numbers and phones unmasked, or takes it back. Only the province admin (finer than the keys' writers,
 * hence checked here), only rows of the admin's own province (another province's answer NOT_FOUND like
 * missing ones); each change is one audit entry (an UPDATE of the key or account with `personalData`
 * before and after), setting the value it already has changes nothing and writes nothing. No version is
 * asked for (the value is set, not toggled), so the row is locked rather than changed.
 */
export function setApiKeyPersonalData(session: RequestSession, id: number, granted: boolean): Promise<ApiKey> {
  session.scope.assertProvinceAdmin();
  return session.write(async (w) => {
    const key = await w.locked(ApiKey, id);
    if (key.revokedAt) throw badInput('id', 'errors.keyRevoked');
    return key.personalData === granted ? key : w.update(ApiKey, key, { personalData: granted });
  });
}

/** Viewers only: writers read personal data anyway, so a grant on their account would mean nothing. */
export function setUserPersonalData(session: RequestSession, id: number, granted: boolean): Promise<User> {
  session.scope.assertProvinceAdmin();
  return session
    .write(async (w) => {
      const user = await w.locked(User, id);
      if (WRITER_ROLES.includes(user.role)) throw badInput('id', 'errors.grantForViewers');
      return user.personalData === granted ? user : w.update(User, user, { personalData: granted });
    })
    .then((saved) => {
      // The account is cached 5 s per process (auth/build-context.ts): on this instance the change holds from the next request.
      forgetAccount(session.db, id);
      return saved;
    });
}
