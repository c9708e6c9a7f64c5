import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tenantFixture, fundGenerously, type Headers, type TenantFixture } from '../helpers/tenant-fixture';
import { seededRandom, type SeededRandom } from './seeded-random';

/**
 * A seeded fuzz pass over the GraphQL API (both engines): a few hundred malformed inputs — wrong types,
 * huge strings, lone surrogates, negative and overflowing money, impossible dates, unknown enums, deep
 * nesting, huge id lists. Every one must be refused with a coded error (never INTERNAL_SERVER_ERROR, never
 * HTTP 500), nothing may be written, and the server must stay up. FUZZ_SEED replays another sequence.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 135);
const CASES = 320;

const generator = seededRandom;
type Rng = SeededRandom;

const LONE_SURROGATES = ['\ud800', '\udfff', 'Lò Văn \ud83d', '\udc00Hà', 'a\ud800b\udbffc'];
const huge = (rng: Rng) => 'Ư'.repeat(rng.pick([5_000, 50_000, 200_000]));
const wrongTypes = [{ nested: { a: 1 } }, [1, 2, 3], true, 3.25, ''] as const;
const badStrings = (rng: Rng): unknown[] => [huge(rng), rng.pick(LONE_SURROGATES), rng.pick(wrongTypes), null];
const badInts = [2 ** 31, -(2 ** 31) - 1, 2 ** 53 + 2, 1.5, '12', 'NaN', -1, 0, { n: 1 }, [1]];
const badMoney = [-1, -9_000_000, 2 ** 53, 2 ** 63, 1e21, 1.5, '-5', '1e3', '99999999999999999999', '0x10', ' 12', 'mười', null, true, { vnd: 1 }];
const badDates = [
  '2019-02-30',
  '99999-01-01',
  '2024-13-01',
  '2024-00-10',
  '0000-00-00',
  '',
  '2024/05/01',
  'yesterday',
  '2024-05-01T25:00:00Z',
  '\ud800-01-01',
  20240501,
];
const badEnums = ['UNKNOWN', 'female', 'Training', '', 42, null, ['EXCHANGE'], 'EXCHANGE; DROP TABLE activity'];

interface Case {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  who: keyof TenantFixture['as'];
}

const CREATE_PARTICIPANT = 'mutation($i: ParticipantInput!) { createParticipant(input: $i) { id } }';
const CREATE_ACTIVITY = 'mutation($i: CreateActivityInput!) { createActivity(input: $i) { id } }';
const SET_ATTENDANCE = 'mutation($a: Int!, $v: Int!, $e: [AttendanceEntryInput!]!) { setAttendance(activityId: $a, activityVersion: $v, entries: $e) { id } }';
const CREATE_VILLAGE = 'mutation($i: CreateVillageInput!) { createVillage(input: $i) { id } }';
const SET_FUNDING = 'mutation($i: FundingInput!) { setFunding(input: $i) { id } }';
const SET_ALLOCATIONS = 'mutation($i: AllocationsInput!) { setDistrictAllocations(input: $i) { districtId } }';
const UPDATE_PARTICIPANT = 'mutation($id: Int!, $v: Int!, $i: ParticipantInput!) { updateParticipant(id: $id, version: $v, input: $i) { id } }';

function deepSelection(depth: number): string {
  // Valid at every level (participant → commune → district → communes → district …): only the depth is wrong.
  let inner = 'id';
  for (let i = 0; i < depth; i++) inner = i % 2 === 0 ? `communes { ${inner} }` : `district { ${inner} }`;
  return `{ participants(first: 5) { edges { node { commune { district { ${inner} } } } } } }`;
}
function deepValue(depth: number): unknown {
  let value: unknown = 'x';
  for (let i = 0; i < depth; i++) value = { fullName: value };
  return value;
}

/** Builds the cases: one valid input per operation, spoiled in exactly one way. */
function cases(f: TenantFixture, ids: { activityId: number; participantId: number; villageCommune: number }, rng: Rng): Case[] {
  const commune = f.lamBinhCommunes[0].id;
  const participant = () => ({ fullName: 'Hà Thị Mai', gender: 'FEMALE', birthYear: 1985, ethnicGroupCode: '02', category: 'RESIDENT', communeId: commune });
  const activity = () => ({
    districtId: f.lamBinh.id,
    kind: 'TRAINING',
    scope: 'IN_PROVINCE',
    title: 'Tập huấn',
    startDate: '2024-05-01',
    endDate: '2024-05-02',
    fiscalYear: 2024,
    plannedCost: 1000,
  });
  const generators: (() => Case)[] = [
    () => {
      const field = rng.pick([
        'fullName',
        'gender',
        'birthYear',
        'ethnicGroupCode',
        'category',
        'communeId',
        'villageId',
        'phone',
        'idNumber',
        'position',
      ] as const);
      const bad =
        field === 'gender' || field === 'category'
          ? rng.pick(badEnums)
          : field === 'birthYear' || field === 'communeId' || field === 'villageId'
            ? rng.pick([...badInts, 1900, 2030, 999_999])
            : field === 'fullName' || field === 'ethnicGroupCode'
              ? rng.pick([...badStrings(rng), 'A', '7'])
              : rng.pick<unknown>(
                  field === 'position' ? [huge(rng), ...LONE_SURROGATES, 12, { a: 1 }] : [...badStrings(rng).filter((v) => v !== null), 'abc', '12345'],
                );
      return { name: `createParticipant.${field}`, query: CREATE_PARTICIPANT, variables: { i: { ...participant(), [field]: bad } }, who: 'manager' };
    },
    () => {
      const field = rng.pick([
        'plannedCost',
        'actualCost',
        'startDate',
        'endDate',
        'fiscalYear',
        'kind',
        'scope',
        'status',
        'title',
        'districtId',
        'providerId',
      ] as const);
      const bad =
        field === 'plannedCost' || field === 'actualCost'
          ? rng.pick(badMoney.filter((m) => !(field === 'actualCost' && m === null)))
          : field === 'startDate' || field === 'endDate'
            ? rng.pick(badDates)
            : field === 'kind' || field === 'scope' || field === 'status'
              ? rng.pick(badEnums)
              : field === 'title'
                ? rng.pick([...badStrings(rng), 'ab'])
                : field === 'fiscalYear'
                  ? rng.pick([...badInts, 1999, 2101, 2023])
                  : rng.pick([...badInts.filter((v) => v !== 0), f.naHang.id, 999_999]);
      return { name: `createActivity.${field}`, query: CREATE_ACTIVITY, variables: { i: { ...activity(), [field]: bad } }, who: 'manager' };
    },
    () => {
      const shape = rng.pick(['hugeList', 'badIds', 'duplicates', 'badVersion', 'badActivity', 'wrongTypes'] as const);
      const entries =
        shape === 'hugeList'
          ? Array.from({ length: rng.pick([2_000, 10_000, 30_000]) }, () => ({ participantId: rng.int(1, 2 ** 31 - 1) }))
          : shape === 'badIds'
            ? [{ participantId: rng.pick(badInts) }]
            : shape === 'duplicates'
              ? [{ participantId: ids.participantId }, { participantId: ids.participantId }]
              : shape === 'wrongTypes'
                ? rng.pick([
                    { participantId: ids.participantId, attended: 'yes' },
                    'entries',
                    [[ids.participantId]],
                    { participantId: ids.participantId, completed: true, attended: false },
                  ])
                : [{ participantId: ids.participantId }];
      const activityId = shape === 'badActivity' ? rng.pick([...badInts, 999_999]) : ids.activityId;
      const version = shape === 'badVersion' ? rng.pick([0, -1, 999, 2 ** 31, '1']) : 1;
      return { name: `setAttendance.${shape}`, query: SET_ATTENDANCE, variables: { a: activityId, v: version, e: entries }, who: 'manager' };
    },
    () => {
      const field = rng.pick(['name', 'households', 'poorHouseholds', 'communeId', 'especiallyDifficult'] as const);
      const base = { communeId: ids.villageCommune, name: 'Thôn Nà Khà', households: 40, poorHouseholds: 10 };
      const bad =
        field === 'name'
          ? rng.pick([...badStrings(rng), ' '])
          : field === 'especiallyDifficult'
            ? rng.pick(['true', 1, null, {}])
            : field === 'poorHouseholds'
              ? rng.pick([...badInts.filter((v) => v !== 0), 41])
              : field === 'households'
                ? rng.pick([-1, 2 ** 31, 1.5, '12', null, 5])
                : rng.pick([...badInts.filter((v) => v !== 0), f.naHangCommunes[0].id]);
      return { name: `createVillage.${field}`, query: CREATE_VILLAGE, variables: { i: { ...base, [field]: bad } }, who: 'manager' };
    },
    () => {
      const field = rng.pick(['centralAmount', 'exchangeCapPercent', 'fiscalYear', 'decisionRef'] as const);
      const base = { fiscalYear: 2030, centralAmount: 1_000_000, exchangeCapPercent: 10 };
      const bad =
        field === 'centralAmount'
          ? rng.pick(badMoney)
          : field === 'decisionRef'
            ? rng.pick([huge(rng), rng.pick(LONE_SURROGATES), 12])
            : field === 'exchangeCapPercent'
              ? rng.pick([-1, 101, 1.5, 2 ** 31, '10'])
              : rng.pick([...badInts, 1999, 2101]);
      return { name: `setFunding.${field}`, query: SET_FUNDING, variables: { i: { ...base, [field]: bad } }, who: 'province' };
    },
    () => {
      const shape = rng.pick(['hugeList', 'negative', 'overflow', 'unknownDistrict', 'duplicate'] as const);
      const allocations =
        shape === 'hugeList'
          ? Array.from({ length: rng.pick([5_000, 20_000]) }, () => ({ districtId: rng.int(1, 2 ** 31 - 1), amount: 1 }))
          : shape === 'negative'
            ? [{ districtId: f.lamBinh.id, amount: -1 }]
            : shape === 'overflow'
              ? [{ districtId: f.lamBinh.id, amount: rng.pick([2 ** 53, 2 ** 64, '9007199254740993']) }]
              : shape === 'duplicate'
                ? [
                    { districtId: f.lamBinh.id, amount: 1 },
                    { districtId: f.lamBinh.id, amount: 2 },
                  ]
                : [{ districtId: 999_999, amount: 1 }];
      return { name: `setDistrictAllocations.${shape}`, query: SET_ALLOCATIONS, variables: { i: { fiscalYear: 2024, allocations } }, who: 'province' };
    },
    () => {
      const shape = rng.pick(['staleVersion', 'otherDistrict', 'badId', 'surrogateName'] as const);
      const id = shape === 'otherDistrict' ? 999_999 : shape === 'badId' ? rng.pick(badInts) : ids.participantId;
      // Versions start at 1 and this fuzz pass never changes the row, so 0, -5 and 10 000 are always stale.
      const version = shape === 'staleVersion' ? rng.pick([0, -5, 10_000]) : 1;
      const input = { ...participant(), fullName: shape === 'surrogateName' ? rng.pick(LONE_SURROGATES) + 'Mai' : 'Hà Thị Mai' };
      return { name: `updateParticipant.${shape}`, query: UPDATE_PARTICIPANT, variables: { id, v: version, i: input }, who: 'manager' };
    },
    () => {
      const shape = rng.pick(['first', 'cursor', 'search', 'filterType', 'enumFilter'] as const);
      const variables =
        shape === 'first'
          ? { first: rng.pick([0, -1, 201, 2 ** 31, 1.5, '10']) }
          : shape === 'cursor'
            ? { first: 5, after: rng.pick(['xyz', '\ud800', huge(rng), 'aWQ6LTE', 'aWQ6YWJj']) }
            : shape === 'search'
              ? { first: 5, filter: { search: rng.pick([huge(rng), ...LONE_SURROGATES]) } }
              : shape === 'filterType'
                ? {
                    first: 5,
                    filter: { communeId: rng.pick(badInts.filter((v) => typeof v !== 'number' || !Number.isInteger(v) || Math.abs(v) > 2 ** 31 - 1)) },
                  }
                : { first: 5, filter: { gender: rng.pick(badEnums.filter((v) => v !== null)) } };
      return {
        name: `participants.${shape}`,
        query: 'query($first: Int!, $after: String, $filter: ParticipantFilter) { participants(first: $first, after: $after, filter: $filter) { totalCount } }',
        variables,
        who: 'manager',
      };
    },
    () => {
      const shape = rng.pick(['fiscalYear', 'groupBy', 'auditFrom', 'budgetYear'] as const);
      if (shape === 'groupBy')
        return {
          name: 'rollup.groupBy',
          query: 'query($g: [RollupDimension!]!) { rollup(fiscalYear: 2024, groupBy: $g) { peopleTrained } }',
          variables: { g: [rng.pick(['BOGUS', 'gender', 7])] },
          who: 'province',
        };
      if (shape === 'auditFrom')
        return {
          name: 'auditLog.from',
          query: 'query($f: AuditFilter) { auditLog(filter: $f) { totalCount } }',
          variables: { f: { from: rng.pick(badDates) } },
          who: 'province',
        };
      if (shape === 'budgetYear')
        return {
          name: 'budget.fiscalYear',
          query: 'query($y: Int!) { budget(fiscalYear: $y) { committed } }',
          variables: { y: rng.pick([2 ** 31, 1.5, 'x', null]) },
          who: 'province',
        };
      return {
        name: 'provinceReport.fiscalYear',
        query: 'query($y: Int!) { provinceReport(fiscalYear: $y) { total { peopleTrained } } }',
        variables: { y: rng.pick([2 ** 31, -(2 ** 31) - 1, 'x', null, 1.5]) },
        who: 'province',
      };
    },
    () => {
      const shape = rng.pick(['deepSelection', 'deepInput', 'unknownField', 'literalSurrogate', 'broken'] as const);
      if (shape === 'deepSelection') return { name: 'deep selection', query: deepSelection(rng.int(12, 60)), who: 'manager' };
      if (shape === 'deepInput')
        return {
          name: 'deep input',
          query: CREATE_PARTICIPANT,
          variables: { i: { ...participant(), fullName: deepValue(rng.int(50, 2_000)) } },
          who: 'manager',
        };
      if (shape === 'unknownField')
        return { name: 'unknown field', query: CREATE_PARTICIPANT, variables: { i: { ...participant(), districtId: f.naHang.id } }, who: 'manager' };
      if (shape === 'literalSurrogate')
        return {
          name: 'literal surrogate',
          query: `mutation { createVillage(input: { communeId: ${ids.villageCommune}, name: "\\uD800 bản" }) { id } }`,
          who: 'manager',
        };
      return {
        name: 'broken document',
        query: rng.pick(['mutation { createParticipant(input: {', '{ participants(first: 5) { totalCount }', '}}}}', 'query { __typename @skip }', '\ud800']),
        who: 'manager',
      };
    },
  ];
  return Array.from({ length: CASES }, () => rng.pick(generators)());
}

const TABLES = [
  'participant',
  'activity',
  'attendance',
  'village',
  'funding',
  'district_allocation',
  'audit_entry',
  'commune',
  'monitoring_board',
  'board_member',
  'provider',
];

describe(`a fuzz pass over the GraphQL API (seed ${SEED})`, () => {
  let f: TenantFixture;
  let ids: { activityId: number; participantId: number; villageCommune: number };

  const rowCounts = async () => {
    const counts: Record<string, number> = {};
    for (const table of TABLES) counts[table] = Number((await f.db.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);
    return counts;
  };

  beforeAll(async () => {
    f = await tenantFixture();
    await fundGenerously(f, [2024]);
    const p = await f.server.graphql<{ createParticipant: { id: number } }>(
      CREATE_PARTICIPANT,
      { i: { fullName: 'Hà Thị Mai', gender: 'FEMALE', birthYear: 1985, ethnicGroupCode: '02', category: 'RESIDENT', communeId: f.lamBinhCommunes[0].id } },
      f.as.manager,
    );
    const a = await f.server.graphql<{ createActivity: { id: number } }>(
      CREATE_ACTIVITY,
      {
        i: {
          districtId: f.lamBinh.id,
          kind: 'TRAINING',
          scope: 'IN_PROVINCE',
          title: 'Tập huấn',
          startDate: '2024-05-01',
          endDate: '2024-05-02',
          fiscalYear: 2024,
          plannedCost: 0,
        },
      },
      f.as.manager,
    );
    ids = { activityId: a.data!.createActivity.id, participantId: p.data!.createParticipant.id, villageCommune: f.lamBinhCommunes[1].id };
  });
  afterAll(() => f.close());

  it(`answers ${CASES} malformed requests each with a coded error, writes nothing and stays up`, async () => {
    const before = await rowCounts();
    const rng = generator(SEED);
    const failures: string[] = [];
    const tally = new Map<string, number>();
    for (const c of cases(f, ids, rng)) {
      const headers: Headers = { 'content-type': 'application/json', ...f.as[c.who] };
      const response = await fetch(`${f.server.url}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query: c.query, variables: c.variables }) });
      const text = await response.text();
      let body: { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: string } }[] } = {};
      try {
        body = JSON.parse(text) as typeof body;
      } catch {
        failures.push(`${c.name}: HTTP ${response.status}, not JSON: ${text.slice(0, 120)}`);
        continue;
      }
      const codes = (body.errors ?? []).map((e) => e.extensions?.code ?? 'NO_CODE');
      for (const code of codes) tally.set(code, (tally.get(code) ?? 0) + 1);
      const wroteData = body.data && Object.values(body.data).some((v) => v !== null);
      if (codes.length === 0 || wroteData) failures.push(`${c.name}: accepted (${text.slice(0, 160)}) with ${JSON.stringify(c.variables)?.slice(0, 200)}`);
      else if (response.status >= 500 || codes.some((code) => code === 'INTERNAL_SERVER_ERROR' || code === 'NO_CODE' || code === 'SERVICE_UNAVAILABLE')) {
        failures.push(`${c.name}: HTTP ${response.status} ${codes.join(',')} with ${JSON.stringify(c.variables)?.slice(0, 200)}`);
      }
    }
    console.log(`fuzz (seed ${SEED}): ${CASES} cases, codes`, Object.fromEntries(tally));
    expect(failures).toEqual([]);
    expect(await rowCounts()).toEqual(before);
    expect((await fetch(`${f.server.url}/healthz`)).status).toBe(200);
  });

  it('answers malformed request envelopes (not JSON, wrong shapes, random bytes) with a coded 400', async () => {
    const rng = generator(SEED + 1);
    const bodies: (string | Uint8Array)[] = [
      'not json',
      '{"query": 5}',
      '[]',
      '{}',
      'null',
      '[1,2]',
      '"\\ud800"',
      '{"query":"{ me { name } }","variables":"x"}',
      '{"query":"{ me { name } }","variables":[1]}',
      '{"query":"{ me { name } }","operationName":5}',
      '{"query":"{ me { name } }","extensions":5}',
      `{"query":"${'{'.repeat(5000)}"}`,
      '{"query":"{ me { name } }"'.repeat(100),
      ...Array.from({ length: 30 }, () => Uint8Array.from({ length: rng.int(1, 4096) }, () => rng.int(0, 255))),
    ];
    const before = await rowCounts();
    const failures: string[] = [];
    for (const body of bodies) {
      const response = await fetch(`${f.server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...f.as.manager }, body });
      const text = await response.text();
      let code: unknown;
      try {
        code = (JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code;
      } catch {
        code = undefined;
      }
      if (response.status !== 400 || typeof code !== 'string') failures.push(`HTTP ${response.status} ${text.slice(0, 100)} for ${String(body).slice(0, 60)}`);
    }
    expect(failures).toEqual([]);
    expect(await rowCounts()).toEqual(before);
  });
});
