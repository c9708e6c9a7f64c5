import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tenantFixture, codes, type TenantFixture, type Headers } from '../helpers/tenant-fixture';
import { participantsCsv, upload } from '../transfer/transfer-client';
import { AuditEntry } from '../../server/src/domain/audit/audit-entry.entity';

const AUDIT = `query($f: AuditFilter) { auditLog(filter: $f, first: 50) { totalCount edges { node {
  id entity entityId districtId action before after importId
  changes { field before after }
  importSummary { kind fileName rows created updated skipped }
} } } }`;
type Change = { field: string; before: unknown; after: unknown };
type Node = {
  id: number;
  entity: string;
  entityId: number;
  districtId: number | null;
  action: string;
  importId: number | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  changes: Change[];
  importSummary: { kind: string; fileName: string; rows: number; created: number; updated: number; skipped: number } | null;
};
type AuditPage = { auditLog: { totalCount: number; edges: { node: Node }[] } };

const CREATE = 'mutation($i: ParticipantInput!) { createParticipant(input: $i) { id version } }';
const UPDATE = 'mutation($id: Int!, $v: Int!, $i: ParticipantInput!) { updateParticipant(id: $id, version: $v, input: $i) { id version } }';

describe('the audit log says what changed, readably and within the caller’s reach', () => {
  let f: TenantFixture;
  let personId: number;
  const log = async (headers: Headers, filter: Record<string, unknown> = {}) => {
    const r = await f.server.graphql<AuditPage>(AUDIT, { f: filter }, headers);
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    return r.data.auditLog;
  };
  const updateOf = async (headers: Headers) => (await log(headers, { entity: 'Participant', action: 'UPDATE' })).edges.map((e) => e.node);

  beforeAll(async () => {
    f = await tenantFixture();
    const input = {
      fullName: 'Hoàng Thị Lâm',
      gender: 'FEMALE',
      birthYear: 1985,
      category: 'RESIDENT',
      communeId: f.lamBinhCommunes[0].id,
      ethnicGroupCode: '02',
      idNumber: '008185001234',
      phone: '0912345678',
    };
    const created = await f.server.graphql<{ createParticipant: { id: number; version: number } }>(CREATE, { i: input }, f.as.manager);
    personId = created.data!.createParticipant.id;
    const changed = { ...input, fullName: 'Hoàng Thị Lầm', phone: '0987654321' };
    const updated = await f.server.graphql(UPDATE, { id: personId, v: created.data!.createParticipant.version, i: changed }, f.as.manager);
    expect(updated.errors).toBeUndefined();
  });
  afterAll(() => f.close());

  it('an update lists only the fields that changed, before and after, and stores them', async () => {
    const [entry] = await updateOf(f.as.manager);
    expect(entry).toMatchObject({ entity: 'Participant', entityId: personId, districtId: f.lamBinh.id });
    expect(entry.changes).toEqual([
      { field: 'fullName', before: 'Hoàng Thị Lâm', after: 'Hoàng Thị Lầm' },
      { field: 'phone', before: '0912345678', after: '0987654321' },
    ]);
    const stored = await f.db.getRepository(AuditEntry).findOneByOrFail({ id: entry.id });
    expect(stored.changedFields).toEqual(['fullName', 'phone']);
  });

  it('a creation lists the values it set, without bookkeeping columns', async () => {
    const { edges } = await log(f.as.manager, { entity: 'Participant', action: 'CREATE' });
    const fields = edges[0].node.changes.map((c) => c.field);
    expect(fields).toEqual(expect.arrayContaining(['fullName', 'idNumber', 'phone', 'ethnicGroupCode']));
    expect(fields).not.toContain('version');
    expect(fields).not.toContain('searchName');
    expect(edges[0].node.changes.every((c) => c.before === null)).toBe(true);
  });

  it('a manager of another district sees neither the entries nor their changes', async () => {
    expect((await log(f.as.otherManager, { entity: 'Participant' })).totalCount).toBe(0);
    expect((await log(f.as.otherManager, { entityId: personId })).totalCount).toBe(0);
    expect((await log(f.as.otherManager, { districtId: f.lamBinh.id })).totalCount).toBe(0);
  });

  it('a viewer without the personal-data grant reads ID numbers and phones masked, in the changes and the snapshots', async () => {
    const [entry] = await updateOf(f.as.viewer);
    expect(entry.changes).toEqual([
      { field: 'fullName', before: 'Hoàng Thị Lâm', after: 'Hoàng Thị Lầm' },
      { field: 'phone', before: '0xx…678', after: '0xx…321' },
    ]);
    expect(entry.before).toMatchObject({ phone: '0xx…678', idNumber: '0xx…234', fullName: 'Hoàng Thị Lâm' });
    expect(entry.after).toMatchObject({ phone: '0xx…321', idNumber: '0xx…234' });
    const created = (await log(f.as.provinceViewer, { entity: 'Participant', action: 'CREATE' })).edges[0].node;
    expect(created.changes.find((c) => c.field === 'idNumber')).toEqual({ field: 'idNumber', before: null, after: '0xx…234' });
  });

  it('writers read them whole', async () => {
    const [entry] = await updateOf(f.as.province);
    expect(entry.before).toMatchObject({ phone: '0912345678', idNumber: '008185001234' });
  });

  it('an import is one entry with its file name and counts; another district does not see it', async () => {
    const result = await upload(f, 'participants', participantsCsv(3, f.lamBinhCommunes[0]), {
      as: f.as.manager,
      query: { mode: 'commit' },
      name: 'danh-sach.csv',
    });
    expect(result.report).toMatchObject({ committed: true, created: 3 });
    const { edges } = await log(f.as.manager, { entity: 'Import' });
    expect(edges).toHaveLength(1);
    expect(edges[0].node.importSummary).toEqual({ kind: 'participants', fileName: 'danh-sach.csv', rows: 3, created: 3, updated: 0, skipped: 0 });
    expect(edges[0].node.changes).toEqual([]);
    expect((await log(f.as.otherManager, { entity: 'Import' })).totalCount).toBe(0);
  });

  it('the rows an import updated are listed under its entry, with what changed, and only there', async () => {
    const file = participantsCsv(2, f.lamBinhCommunes[0]).replace(/Người dân/g, 'Người có uy tín');
    const result = await upload(f, 'participants', file, { as: f.as.manager, query: { mode: 'commit', duplicates: 'update' }, name: 'cap-nhat.csv' });
    expect(result.report).toMatchObject({ committed: true, updated: 2 });
    const imports = (await log(f.as.manager, { entity: 'Import' })).edges.map((e) => e.node);
    const entry = imports.find((i) => i.importSummary?.fileName === 'cap-nhat.csv')!;
    expect(entry.importSummary).toMatchObject({ rows: 2, created: 0, updated: 2 });
    const rows = (await log(f.as.manager, { importId: entry.id })).edges.map((e) => e.node);
    expect(rows.map((r) => [r.entity, r.action, r.importId])).toEqual([
      ['Participant', 'UPDATE', entry.id],
      ['Participant', 'UPDATE', entry.id],
    ]);
    expect(rows.map((r) => r.changes)).toEqual([
      [{ field: 'category', before: 'RESIDENT', after: 'PRESTIGIOUS_PERSON' }],
      [{ field: 'category', before: 'RESIDENT', after: 'PRESTIGIOUS_PERSON' }],
    ]);
    // Not among the log's own entries, and not to another district even by the import's id.
    expect((await log(f.as.manager, { entity: 'Participant', action: 'UPDATE' })).totalCount).toBe(1);
    expect((await log(f.as.otherManager, { importId: entry.id })).totalCount).toBe(0);
    // A viewer reads the rows' personal fields masked.
    const [masked] = (await log(f.as.viewer, { importId: entry.id })).edges.map((e) => e.node);
    expect(String(masked.before?.idNumber)).toMatch(/^1xx…\d{3}$/);
  });

  it('viewers do not read the entries of accounts and keys, which only writers manage', async () => {
    const account = f.db.getRepository(AuditEntry).create({
      at: new Date(),
      actorLabel: 'tinh',
      provinceId: f.lamBinh.provinceId,
      districtId: f.lamBinh.id,
      entity: 'User',
      entityId: 99,
      action: 'CREATE',
      before: null,
      after: { username: 'huyen-071-moi' },
      changedFields: ['username'],
    });
    await f.db.getRepository(AuditEntry).save(account);
    expect((await log(f.as.manager, { entity: 'User' })).totalCount).toBe(1);
    expect((await log(f.as.viewer, { entity: 'User' })).totalCount).toBe(0);
    expect((await log(f.as.provinceViewer, { entity: 'User' })).totalCount).toBe(0);
  });

  it('filters by every action the page offers, refusals included', async () => {
    for (const action of ['CREATE', 'UPDATE', 'DELETE', 'REFUSE']) {
      expect(codes(await f.server.graphql(AUDIT, { f: { action } }, f.as.manager))).toEqual([]);
    }
    expect(codes(await f.server.graphql(AUDIT, { f: { action: 'DROP' } }, f.as.manager))).toEqual(['BAD_USER_INPUT']);
  });

  it('anonymous callers read nothing', async () => {
    expect(codes(await f.server.graphql(AUDIT, {}, f.as.anonymous))).toEqual(['UNAUTHENTICATED']);
  });
});
