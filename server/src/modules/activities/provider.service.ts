import type { RequestSession } from '../../session/request-session';
import type { Writer } from '../../session/writer';
import { inUse, notFound } from '../../shared/errors';
import { Activity } from '../../domain/activities/activity.entity';
import { Provider } from '../../domain/activities/provider.entity';
import type { ProviderInput } from './provider.inputs';

/* Providers belong to the province (@Reach('province', 'province')): everyone in it reads them, only the province admin changes them. */

export function providerList(session: RequestSession): Promise<Provider[]> {
  return session.rows(Provider, 'p').orderBy('p.name', 'ASC').addOrderBy('p.id', 'ASC').getMany();
}

export function createProvider(session: RequestSession, input: ProviderInput): Promise<Provider> {
  return session.write((w) => w.create(Provider, { name: input.name.trim(), kind: input.kind, provinceId: w.scope.provinceId }));
}

export function updateProvider(session: RequestSession, id: number, version: number, input: ProviderInput): Promise<Provider> {
  return session.write(async (w) => {
    const provider = await w.change(Provider, id, version);
    return w.update(Provider, provider, { name: input.name.trim(), kind: input.kind });
  });
}

/** Refused while an activity names the provider: the activity would lose who delivered it. */
export function deleteProvider(session: RequestSession, id: number, version: number): Promise<boolean> {
  return session.write(async (w) => {
    const provider = await w.change(Provider, id, version);
    const used = await w.rows(Activity, 'a').andWhere('a.providerId = :id', { id }).getCount();
    if (used > 0) throw inUse('Provider', 'errors.providerInUse', { count: used });
    await w.delete(Provider, provider);
    return true;
  });
}

/** One provider of the caller's province, or NOT_FOUND (also for another province's provider). */
export async function findProvider(w: Writer, id: number): Promise<Provider> {
  const provider = await w.rows(Provider, 'p').andWhere('p.id = :id', { id }).getOne();
  if (!provider) throw notFound('Provider', id);
  return provider;
}
