import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import type { Scope } from '../../tenancy/scope';
import { lockForUpdate } from '../../tenancy/scope';
import { write } from '../../session/writer';
import { generateApiKey } from '../../auth/api-keys';
import { notFound } from '../../shared/errors';
import { ApiKey } from '../../domain/accounts/api-key.entity';
import type { ApiKeyInput } from './api-key.inputs';
import type { CreatedApiKey } from './api-key.types';

/**
 * Keys for third parties (docs/API.md, "Scopes"): the province admin issues keys for the province or one of its
 * districts, a district manager for its own district only. Keys only ever read.
 */
export class ApiKeyService {
  constructor(
    private readonly db: DataSource,
    private readonly scope: Scope,
  ) {}

  /** The province's keys for the province admin, the district's for its manager; newest first, revoked ones included. */
  list(): Promise<ApiKey[]> {
    return this.visible(this.db.getRepository(ApiKey).createQueryBuilder('k')).orderBy('k.id', 'DESC').getMany();
  }

  create(input: ApiKeyInput): Promise<CreatedApiKey> {
    const districtId = input.districtId ?? null;
    if (districtId === null) this.scope.assertProvinceAdmin();
    else this.scope.assertCanWriteDistrict(districtId, 'District');
    const { key, prefix, hash } = generateApiKey();
    return write(this.db, this.scope, async (w) => {
      const apiKey = await w.create(ApiKey, {
        name: input.name.trim(),
        prefix,
        hash,
        provinceId: this.scope.provinceId,
        districtId,
        readOnly: true,
        createdById: this.scope.requireCaller().id,
      });
      return { apiKey, secret: key };
    });
  }

  /** Refuses the key from now on. Revoking a revoked key changes nothing. */
  revoke(id: number): Promise<ApiKey> {
    return write(this.db, this.scope, async (w) => {
      const apiKey = await this.find(w.tx, id);
      if (apiKey.revokedAt) return apiKey;
      return w.update(ApiKey, apiKey, apiKey.version, { revokedAt: new Date() });
    });
  }

  private async find(tx: EntityManager, id: number): Promise<ApiKey> {
    const qb = this.visible(tx.getRepository(ApiKey).createQueryBuilder('k').where('k.id = :id', { id }));
    const apiKey = await lockForUpdate(tx, qb).getOne();
    if (!apiKey) throw notFound('ApiKey', id);
    return apiKey;
  }

  /** A province key has no district, so the province's keys are a province-owned table; a district's are district-owned. */
  private visible(qb: SelectQueryBuilder<ApiKey>): SelectQueryBuilder<ApiKey> {
    return this.scope.isProvinceWide ? this.scope.inProvince(qb, 'k') : this.scope.inDistricts(qb, 'k');
  }
}
