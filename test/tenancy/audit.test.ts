import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tenantFixture, codes, type TenantFixture } from '../helpers/tenant-fixture';
import { AuditEntry } from '../../server/src/domain/audit/audit-entry.entity';

const AUDIT = 'query($f: AuditFilter) { auditLog(filter: $f, first: 50) { totalCount edges { node { entity entityId districtId actorLabel action } } } }';
type AuditPage = { auditLog: { totalCount: number; edges: { node: { entity: string; districtId: number | null } }[] } };

describe('the audit log is scoped like the data it describes', () => {
  let f: TenantFixture;

  beforeAll(async () => {
    f = await tenantFixture();
    const entry = (districtId: number | null, entity: string) =>
      f.db.getRepository(AuditEntry).create({
        at: new Date(),
        actorLabel: 'seed',
        provinceId: f.lamBinh.provinceId,
        districtId,
        entity,
        entityId: 1,
        action: 'CREATE',
        before: null,
        after: { name: entity },
      });
    for (const e of [entry(f.lamBinh.id, 'Village'), entry(f.naHang.id, 'Participant'), entry(null, 'Provider')]) await f.db.getRepository(AuditEntry).save(e);
  });
  afterAll(() => f.close());

  it('a district manager sees only their own district’s entries', async () => {
    const { data } = await f.server.graphql<AuditPage>(AUDIT, {}, f.as.manager);
    expect(data?.auditLog.totalCount).toBe(1);
    expect(data?.auditLog.edges[0].node).toMatchObject({ entity: 'Village', districtId: f.lamBinh.id });
  });

  it('filtering by another district’s id finds nothing rather than its entries', async () => {
    const { data } = await f.server.graphql<AuditPage>(AUDIT, { f: { districtId: f.naHang.id } }, f.as.manager);
    expect(data?.auditLog.totalCount).toBe(0);
  });

  it('the province admin sees every district and province-level entries, newest first', async () => {
    const { data } = await f.server.graphql<AuditPage>(AUDIT, {}, f.as.province);
    expect(data?.auditLog.edges.map((e) => e.node.entity)).toEqual(['Provider', 'Participant', 'Village']);
  });

  it('viewers read the log of their own reach only; anonymous callers nothing', async () => {
    const district = await f.server.graphql<AuditPage>(AUDIT, {}, f.as.viewer);
    expect(district.data?.auditLog.edges.map((e) => e.node.entity)).toEqual(['Village']);
    const province = await f.server.graphql<AuditPage>(AUDIT, {}, f.as.provinceViewer);
    expect(province.data?.auditLog.totalCount).toBe(3);
    expect(codes(await f.server.graphql(AUDIT, {}, f.as.anonymous))).toEqual(['UNAUTHENTICATED']);
  });
});
