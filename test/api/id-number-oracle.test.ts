import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tenantFixture, codes, type TenantFixture, type Headers } from '../helpers/tenant-fixture';
import { participantsCsv, upload } from '../transfer/transfer-client';
import { AuditEntry } from '../../server/src/domain/audit/audit-entry.entity';
import { Participant } from '../../server/src/domain/participants/participant.entity';
import { ELSEWHERE_REFUSALS_PER_DAY } from '../../server/src/modules/participants/id-number-check';

const CREATE = 'mutation($input: ParticipantInput!) { createParticipant(input: $input) { id idNumber } }';
const REGISTERED_IN_LAM_BINH = 200;
/** Numbers 100000000000 + i, as participantsCsv writes them. */
const idNumber = (i: number) => String(100_000_000_000 + i);

/**
 * ID numbers are unique nationally, but a district manager must not learn, for any list of numbers,
 * which are registered in another district (docs/SECURITY.md "Personal data").
 */
describe('the ID-number duplicate check is no oracle for numbers registered elsewhere', () => {
  let f: TenantFixture;
  const refusals = (username: string) =>
    f.db.getRepository(AuditEntry).find({ where: { entity: 'IdNumberCheck', actorLabel: username }, order: { id: 'ASC' } });
  const person = (communeId: number, id: string | null, name = 'Lò Văn Thử') => ({
    fullName: name,
    gender: 'MALE',
    birthYear: 1980,
    ethnicGroupCode: '02',
    category: 'RESIDENT',
    communeId,
    idNumber: id,
  });
  const create = (as: Headers, communeId: number, id: string | null) =>
    f.server.graphql<{ createParticipant: { id: number } }>(CREATE, { input: person(communeId, id) }, as);

  beforeAll(async () => {
    f = await tenantFixture();
    const csv = participantsCsv(REGISTERED_IN_LAM_BINH, f.lamBinhCommunes[0]);
    const imported = await upload(f, 'participants', csv, { as: f.as.manager, query: { mode: 'commit' } });
    expect(imported.report.created).toBe(REGISTERED_IN_LAM_BINH);
  });
  afterAll(() => f.close());

  it('a dry run of 400 numbers, half registered in Lâm Bình, gives Na Hang one refusal naming no row, with the figures of a clean file', async () => {
    const probe = await upload(f, 'participants', participantsCsv(400, f.naHangCommunes[0]), { as: f.as.otherManager });
    const clean = await upload(f, 'participants', participantsCsv(400, f.naHangCommunes[0], 10_000), { as: f.as.otherManager });
    const refusal = { row: 0, column: 'Số CCCD/CMND', field: 'idNumber', value: null, messageKey: 'import.idNumbersElsewhere', params: {} };
    expect(probe.report.errors).toMatchObject([refusal]);
    expect(JSON.stringify(probe.report)).not.toContain(idNumber(0));
    const figures = ({ rowsRead, created, updated, skipped, duplicates }: typeof probe.report) => ({ rowsRead, created, updated, skipped, duplicates });
    expect(figures(probe.report)).toEqual(figures(clean.report));
    expect(clean.report.errorCount).toBe(0);

    const [entry, ...more] = await refusals('huyen-072');
    expect(more).toEqual([]);
    expect(entry).toMatchObject({ action: 'REFUSE', districtId: f.naHang.id, entityId: 0, after: { via: 'import' } });
    expect(JSON.stringify(entry)).not.toContain(idNumber(0).slice(0, 9));
  });

  it('a commit of such a file writes nothing and costs one refusal too', async () => {
    const before = (await refusals('huyen-072')).length;
    const csv = participantsCsv(3, f.naHangCommunes[0], REGISTERED_IN_LAM_BINH - 1);
    const committed = await upload(f, 'participants', csv, { as: f.as.otherManager, query: { mode: 'commit' } });
    expect(committed.report).toMatchObject({ committed: false, errorCount: 1 });
    expect(await f.db.getRepository(Participant).countBy({ districtId: f.naHang.id })).toBe(0);
    // The entry of a commit is written right after its transaction ends.
    for (let i = 0; i < 50 && (await refusals('huyen-072')).length === before; i++) await new Promise((r) => setTimeout(r, 20));
    expect((await refusals('huyen-072')).length).toBe(before + 1);
  });

  it('the participant mutation refuses a number registered elsewhere without saying where, audited; a free number registers', async () => {
    const before = (await refusals('huyen-072')).length;
    const elsewhere = await create(f.as.otherManager, f.naHangCommunes[0].id, idNumber(5));
    expect(codes(elsewhere)).toEqual(['BAD_USER_INPUT']);
    expect(elsewhere.errors?.[0].extensions?.field).toBe('idNumber');
    expect(elsewhere.errors?.[0].extensions?.messageKey).toBe('errors.idNumberElsewhere');
    expect((await refusals('huyen-072')).length).toBe(before + 1);
    expect(codes(await create(f.as.otherManager, f.naHangCommunes[0].id, '072000000001'))).toEqual([]);
  });

  it('numbers in the caller’s own reach are answered row by row as before, and cost no refusal', async () => {
    const before = (await refusals('huyen-071')).length;
    const own = await create(f.as.manager, f.lamBinhCommunes[0].id, idNumber(5));
    expect(codes(own)).toEqual(['BAD_USER_INPUT']);
    expect(own.errors?.[0].extensions?.messageKey).toBe('errors.idNumberTaken');
    // The province admin reaches every district of the province: Lâm Bình's number is in its reach.
    const province = await create(f.as.province, f.naHangCommunes[0].id, idNumber(6));
    expect(province.errors?.[0].extensions?.messageKey).toBe('errors.idNumberTaken');
    const rows = await upload(f, 'participants', participantsCsv(2, f.lamBinhCommunes[0]), { as: f.as.manager });
    expect(rows.report).toMatchObject({ errorCount: 0, skipped: 2 });
    expect((await refusals('huyen-071')).length).toBe(before);
    expect(await refusals('tinh')).toEqual([]);
  });

  it(`after ${ELSEWHERE_REFUSALS_PER_DAY} refusals in 24 hours every number outside the account’s reach is RATE_LIMITED, registered or not`, async () => {
    for (let i = (await refusals('huyen-072')).length; i < ELSEWHERE_REFUSALS_PER_DAY; i++) {
      expect(codes(await create(f.as.otherManager, f.naHangCommunes[0].id, idNumber(i)))).toEqual(['BAD_USER_INPUT']);
    }
    const registered = await create(f.as.otherManager, f.naHangCommunes[0].id, idNumber(150));
    const free = await create(f.as.otherManager, f.naHangCommunes[0].id, '072000000002');
    for (const answer of [registered, free]) {
      expect(codes(answer)).toEqual(['RATE_LIMITED']);
      expect(answer.errors?.[0].extensions?.retryAfterSeconds).toBeGreaterThan(23 * 3600);
    }
    expect(registered.errors?.[0].message).toBe(free.errors?.[0].message);
    const importProbe = await upload(f, 'participants', participantsCsv(1, f.naHangCommunes[0], 20_000), { as: f.as.otherManager });
    expect(importProbe.report.fileError).toMatchObject({
      code: 'RATE_LIMITED',
      messageKey: 'errors.elsewhereAllowance',
      params: { count: ELSEWHERE_REFUSALS_PER_DAY },
      message: expect.stringMatching(/^Trong 24 giờ qua, tài khoản này đã bị từ chối \d+ số CCCD\/CMND/),
    });
    expect((await refusals('huyen-072')).length).toBe(ELSEWHERE_REFUSALS_PER_DAY);

    // Its own numbers and people without a number still register; other accounts keep their allowance.
    expect(codes(await create(f.as.otherManager, f.naHangCommunes[0].id, '072000000001'))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await create(f.as.otherManager, f.naHangCommunes[0].id, null))).toEqual([]);
    expect(codes(await create(f.as.manager, f.lamBinhCommunes[0].id, '071000000003'))).toEqual([]);

    // A day later the allowance is back.
    await f.db.getRepository(AuditEntry).update({ entity: 'IdNumberCheck' }, { at: new Date(Date.now() - 25 * 3600 * 1000) });
    expect(codes(await create(f.as.otherManager, f.naHangCommunes[0].id, '072000000004'))).toEqual([]);
  });
});
