import type { DataSource, EntityManager } from 'typeorm';
import type { Scope } from '../../tenancy/scope';
import { lockForUpdate } from '../../tenancy/scope';
import { write } from '../../session/writer';
import { conflict, inUse, notFound } from '../../shared/errors';
import { Activity } from '../../domain/activities/activity.entity';
import { Provider } from '../../domain/activities/provider.entity';
import type { ProviderInput } from './provider.inputs';

/** Providers belong to the province: everyone in it reads them, only the province admin changes them. */
export class ProviderService {
  constructor(
    private readonly db: DataSource,
    private readonly scope: Scope,
  ) {}

  list(): Promise<Provider[]> {
    const qb = this.db.getRepository(Provider).createQueryBuilder('p').orderBy('p.name', 'ASC').addOrderBy('p.id', 'ASC');
    return this.scope.inProvince(qb, 'p').getMany();
  }

  create(input: ProviderInput): Promise<Provider> {
    this.scope.assertProvinceAdmin();
    return write(this.db, this.scope, (w) => w.create(Provider, { name: input.name.trim(), kind: input.kind, provinceId: this.scope.provinceId }));
  }

  update(id: number, version: number, input: ProviderInput): Promise<Provider> {
    this.scope.assertProvinceAdmin();
    return write(this.db, this.scope, async (w) => {
      const provider = await findProvider(w.tx, this.scope, id, { lock: true });
      return w.update(Provider, provider, version, { name: input.name.trim(), kind: input.kind });
    });
  }

  /** Refused while an activity names the provider: the activity would lose who delivered it. */
  delete(id: number, version: number): Promise<boolean> {
    this.scope.assertProvinceAdmin();
    return write(this.db, this.scope, async (w) => {
      const provider = await findProvider(w.tx, this.scope, id, { lock: true });
      if (provider.version !== version) throw conflict('Provider');
      const used = await this.scope
        .activitiesVisible(w.tx.getRepository(Activity).createQueryBuilder('a').where('a.providerId = :id', { id }), 'a')
        .getCount();
      if (used > 0) throw inUse('Provider', 'errors.providerInUse', { count: used });
      await w.delete(Provider, provider);
      return true;
    });
  }
}

/** One provider of the caller's province, or NOT_FOUND (also for another province's provider). */
export async function findProvider(tx: EntityManager, scope: Scope, id: number, options: { lock?: boolean } = {}): Promise<Provider> {
  const qb = scope.inProvince(tx.getRepository(Provider).createQueryBuilder('p').where('p.id = :id', { id }), 'p');
  if (options.lock) lockForUpdate(tx, qb);
  const provider = await qb.getOne();
  if (!provider) throw notFound('Provider', id);
  return provider;
}
