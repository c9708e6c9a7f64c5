import type { RequestSession } from '../../session/request-session';
import { generateApiKey } from '../../auth/api-keys';
import { notFound } from '../../shared/errors';
import { ApiKey } from '../../domain/accounts/api-key.entity';
import type { ApiKeyInput } from './api-key.inputs';
import type { CreatedApiKey } from './api-key.types';

/**
 * Keys for third parties (docs/API.md, "Scopes"): the province admin issues keys for the province or one of its
 * districts, a district manager for its own district only. Keys only ever read. A province key has no
 * district: keys are reached as the province's rows or one district's (ApiKey's @Reach), and written by
 * that district's writers, a province key by the province admin only (create() checks both).
 */
export class ApiKeyService {
  constructor(private readonly session: RequestSession) {}

  /** The province's keys for the province admin, the district's for its manager; newest first, revoked ones included. */
  list(): Promise<ApiKey[]> {
    return this.session.rows(ApiKey, 'k').orderBy('k.id', 'DESC').getMany();
  }

  create(input: ApiKeyInput): Promise<CreatedApiKey> {
    const districtId = input.districtId ?? null;
    // Named as the district asked for (create() would name the key): another province's district is unknown here.
    if (districtId !== null && !this.session.scope.includesDistrict(districtId)) throw notFound('District', districtId);
    const { key, prefix, hash } = generateApiKey();
    return this.session.write(async (w) => {
      const apiKey = await w.create(ApiKey, {
        name: input.name.trim(),
        prefix,
        hash,
        provinceId: w.scope.provinceId,
        districtId,
        readOnly: true,
        createdById: w.scope.requireCaller().id,
      });
      return { apiKey, secret: key };
    });
  }

  /**
   * Refuses the key from now on. Revoking a revoked key changes nothing. No version is asked for (revoking
   * twice is harmless), so the key is locked rather than changed: the caller reaches only keys it writes.
   */
  revoke(id: number): Promise<ApiKey> {
    return this.session.write(async (w) => {
      const apiKey = await w.locked(ApiKey, id);
      if (apiKey.revokedAt) return apiKey;
      return w.update(ApiKey, apiKey, { revokedAt: new Date() });
    });
  }
}
