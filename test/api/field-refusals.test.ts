import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tenantFixture, type TenantFixture } from '../helpers/tenant-fixture';

const SET_FUNDING = 'mutation($i: FundingInput!) { setFunding(input: $i) { id } }';
const SET_ALLOCATIONS = 'mutation($i: AllocationsInput!) { setDistrictAllocations(input: $i) { districtId } }';
const CREATE_BOARD = 'mutation($input: CreateMonitoringBoardInput!) { createMonitoringBoard(input: $input) { id } }';
const SET_MEMBERS = 'mutation($members: [BoardMemberInput!]!) { setBoardMembers(boardId: 1, version: 1, members: $members) { id } }';
const CREATE_COMMUNE = 'mutation($input: CreateCommuneInput!) { createCommune(input: $input) { id } }';
const CREATE_KEY = 'mutation($input: ApiKeyInput!) { createApiKey(input: $input) { secret } }';
const CREATE_PROVIDER = 'mutation($input: ProviderInput!) { createProvider(input: $input) { id } }';
const CREATE_USER = 'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }';

interface Refusal {
  message: string;
  extensions: { code: string; field: string; messageKey: string; params: Record<string, unknown> };
}

/**
 * Inputs outside the participant, village and activity forms used to answer "<label> không hợp lệ":
 * each now says what is wrong (the rule of shared/rules the web form checks too), in Vietnamese by
 * default and in English on request.
 */
describe('a refused field says what to fix', () => {
  let f: TenantFixture;
  beforeAll(async () => {
    f = await tenantFixture();
  });
  afterAll(() => f.close());

  async function refusal(query: string, variables: Record<string, unknown>, as: 'province' | 'manager', language?: string): Promise<Refusal> {
    const headers = { ...f.as[as], ...(language ? { 'accept-language': language } : {}) };
    const result = await f.server.graphql(query, variables, headers);
    expect(result.errors, JSON.stringify(variables)).toHaveLength(1);
    return result.errors![0] as unknown as Refusal;
  }

  const funding = { fiscalYear: 2030, centralAmount: 1_000_000 };
  // Refused before the commune is looked up: any id does.
  const board = { communeId: 1, establishedOn: '2023-05-10' };
  const user = { username: 'lb.moi', role: 'DISTRICT_MANAGER', districtId: 0, password: 'mat-khau-dai-du' };
  const cases: [string, string, Record<string, unknown>, 'province' | 'manager', string, string, Record<string, unknown>, string, string][] = [
    [
      'funding year',
      SET_FUNDING,
      { i: { ...funding, fiscalYear: 1999 } },
      'province',
      'fiscalYear',
      'rules.yearRange',
      { min: 2000, max: 2100 },
      'Năm phải từ 2000 đến 2100',
      'Year must be between 2000 and 2100',
    ],
    [
      'study-tour cap',
      SET_FUNDING,
      { i: { ...funding, exchangeCapPercent: 120 } },
      'province',
      'exchangeCapPercent',
      'rules.wholeNumberRange',
      { min: 0, max: 100 },
      'Trần trao đổi học tập (phần trăm) phải là số nguyên từ 0 đến 100',
      'Study-tour cap (per cent) must be a whole number from 0 to 100',
    ],
    [
      'funding decision number',
      SET_FUNDING,
      { i: { ...funding, decisionRef: 'x'.repeat(61) } },
      'province',
      'decisionRef',
      'rules.tooLong',
      { max: 60 },
      'Số quyết định có tối đa 60 ký tự',
      'Decision number must have at most 60 characters',
    ],
    [
      'central amount',
      SET_FUNDING,
      { i: { ...funding, centralAmount: -5 } },
      'province',
      'centralAmount',
      'rules.money',
      {},
      'Vốn trung ương phải là số tiền nguyên (đồng), không âm',
      'Central funds must be a whole number of đồng, not negative',
    ],
    [
      'allocated amount',
      SET_ALLOCATIONS,
      { i: { fiscalYear: 2030, allocations: [{ districtId: 1, amount: 1.5 }] } },
      'province',
      'amount',
      'rules.money',
      {},
      'Số tiền phải là số tiền nguyên (đồng), không âm',
      'Amount must be a whole number of đồng, not negative',
    ],
    [
      'allocations listed',
      SET_ALLOCATIONS,
      { i: { fiscalYear: 2030, allocations: Array.from({ length: 1001 }, () => ({ districtId: 1, amount: 1 })) } },
      'province',
      'allocations',
      'rules.tooMany',
      { max: 1000 },
      'Phân bổ cho các huyện: tối đa 1000',
      'Allocations to districts: at most 1000',
    ],
    [
      'board founding date',
      CREATE_BOARD,
      { input: { ...board, establishedOn: '2023-02-30' } },
      'manager',
      'establishedOn',
      'rules.dateFormat',
      {},
      'Ngày thành lập phải là một ngày có thật',
      'Established on must be a real calendar date',
    ],
    [
      'board founded in the future',
      CREATE_BOARD,
      { input: { ...board, establishedOn: '2999-01-01' } },
      'manager',
      'establishedOn',
      'rules.notInFuture',
      {},
      'Ngày thành lập không được sau ngày hôm nay',
      'Established on cannot be after today',
    ],
    [
      'board decision number',
      CREATE_BOARD,
      { input: { ...board, decisionRef: 'x'.repeat(61) } },
      'manager',
      'decisionRef',
      'rules.tooLong',
      { max: 60 },
      'Số quyết định có tối đa 60 ký tự',
      'Decision number must have at most 60 characters',
    ],
    [
      'board members',
      SET_MEMBERS,
      { members: Array.from({ length: 61 }, (_, i) => ({ participantId: i + 1, role: 'MEMBER' })) },
      'manager',
      'members',
      'rules.tooMany',
      { max: 60 },
      'Thành viên: tối đa 60',
      'Members: at most 60',
    ],
    [
      'commune code',
      CREATE_COMMUNE,
      { input: { districtId: 1, code: '2233', name: 'Xã Thử', type: 'COMMUNE' } },
      'province',
      'code',
      'rules.communeCode',
      {},
      'Mã: mã xã của Tổng cục Thống kê gồm 5 chữ số, ví dụ 02233',
      'Code: a commune code of the statistics office has five digits, e.g. 02233',
    ],
    [
      'API key name',
      CREATE_KEY,
      { input: { name: 'x' } },
      'province',
      'name',
      'rules.length',
      { min: 2, max: 120 },
      'Tên phải có từ 2 đến 120 ký tự',
      'Name must have 2 to 120 characters',
    ],
    [
      'provider name',
      CREATE_PROVIDER,
      { input: { name: ' x ', kind: 'OTHER' } },
      'province',
      'name',
      'rules.length',
      { min: 2, max: 200 },
      'Tên phải có từ 2 đến 200 ký tự',
      'Name must have 2 to 200 characters',
    ],
    [
      'username',
      CREATE_USER,
      { i: { ...user, username: 'Lâm Bình' } },
      'province',
      'username',
      'rules.username',
      { min: 3, max: 64 },
      'Tên đăng nhập có từ 3 đến 64 ký tự, chỉ gồm chữ a–z, chữ số, dấu chấm, gạch ngang hoặc gạch dưới (không dấu, không khoảng trắng)',
      'Username must have 3 to 64 characters of a–z, digits, dot, dash or underscore (no accents, no spaces)',
    ],
    [
      'password',
      CREATE_USER,
      { i: { ...user, password: 'ngan' } },
      'province',
      'password',
      'rules.length',
      { min: 10, max: 200 },
      'Mật khẩu phải có từ 10 đến 200 ký tự',
      'Password must have 10 to 200 characters',
    ],
    [
      'display name',
      CREATE_USER,
      { i: { ...user, displayName: 'x'.repeat(121) } },
      'province',
      'displayName',
      'rules.tooLong',
      { max: 120 },
      'Tên hiển thị có tối đa 120 ký tự',
      'Display name must have at most 120 characters',
    ],
  ];

  it.each(cases)('%s', async (_what, query, variables, as, field, messageKey, params, vietnamese, english) => {
    const refused = await refusal(query, variables, as);
    expect(refused.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, messageKey, params });
    expect(refused.message).toBe(vietnamese);
    expect((await refusal(query, variables, as, 'en')).message).toBe(english);
  });
});
