import type { DataSource, EntityManager, EntityTarget } from 'typeorm';
import type { Scope } from '../../tenancy/scope';
import { lockForUpdate } from '../../tenancy/scope';
import { WRITER_ROLES } from '../../domain/accounts/caller';
import { write } from '../../session/writer';
import { forgetAccount } from '../../auth/build-context';
import { badInput, notFound } from '../../shared/errors';
import { ApiKey } from '../../domain/accounts/api-key.entity';
import { User } from '../../domain/accounts/user.entity';

/**
 * The personalData grant (docs/SECURITY.md, "Personal data"): the province admin lets one API key or one viewer account read ID
 * numbers and phones unmasked, or takes it back. Only the province admin, only rows of the admin's own
 * province (another province's answer NOT_FOUND like missing ones); each change is one audit entry
 * (an UPDATE of the key or account with `personalData` before and after), setting the value it
 * already has changes nothing and writes nothing.
 */
export function setApiKeyPersonalData(db: DataSource, scope: Scope, id: number, granted: boolean): Promise<ApiKey> {
  scope.assertProvinceAdmin();
  return write(db, scope, async (w) => {
    const key = await findInProvince(w.tx, scope, ApiKey, id);
    if (key.revokedAt) throw badInput('id', 'errors.keyRevoked');
    return key.personalData === granted ? key : w.update(ApiKey, key, key.version, { personalData: granted });
  });
}

/** Viewers only: writers read personal data anyway, so a grant on their account would mean nothing. */
export function setUserPersonalData(db: DataSource, scope: Scope, id: number, granted: boolean): Promise<User> {
  scope.assertProvinceAdmin();
  return write(db, scope, async (w) => {
    const user = await findInProvince(w.tx, scope, User, id);
    if (WRITER_ROLES.includes(user.role)) throw badInput('id', 'errors.grantForViewers');
    return user.personalData === granted ? user : w.update(User, user, user.version, { personalData: granted });
  }).then((saved) => {
    // The account is cached 5 s per process (auth/build-context.ts): on this instance the change holds from the next request.
    forgetAccount(db, id);
    return saved;
  });
}

async function findInProvince<T extends ApiKey | User>(tx: EntityManager, scope: Scope, entity: EntityTarget<T>, id: number): Promise<T> {
  const qb = scope.inProvince(tx.getRepository(entity).createQueryBuilder('row').where('row.id = :id', { id }), 'row');
  const row = await lockForUpdate(tx, qb).getOne();
  if (!row) throw notFound(tx.getRepository(entity).metadata.name, id);
  return row;
}
