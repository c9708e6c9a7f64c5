import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tenantFixture, type TenantFixture, type Headers } from '../helpers/tenant-fixture';
import { Gender, Participant, ParticipantCategory } from '../../server/src/domain/participants/participant.entity';
import { foldForSearch } from '../../server/src/shared/text';
import { SEARCH_COUNT_LIMIT } from '../../server/src/modules/participants/participant.service';

/**
 * The name search on both engines (run with and without TEST_MYSQL_URL): every expectation below is the
 * same table for SQLite and MariaDB, so passing on both means both answer alike. The names come in through
 * the API (create, update) and through plain SQL, as the import and the seeds write them.
 */
const LIST = `query($filter: ParticipantFilter, $first: Int, $after: String) { participants(filter: $filter, first: $first, after: $after) {
  totalCount edges { node { fullName } } pageInfo { hasNextPage endCursor } } }`;
type ListResult = {
  participants: { totalCount: number; edges: { node: { fullName: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
};

const OURS = ['Đào Thị Hoa', 'Nguyễn Văn Lê', 'Lê Thị Vũ', 'Hà Văn An', 'Nguyễn Ngọc Ánh'];
const THEIRS = ['Đào Thị Hoa Nà', 'Lê Văn Nguyên'];

describe('searching participants by name: any word order, word starts, no diacritics, inside the scope', () => {
  let f: TenantFixture;

  async function names(search: string, as: Headers, first = 50): Promise<{ names: string[]; totalCount: number }> {
    const result = await f.server.graphql<ListResult>(LIST, { filter: { search }, first }, as);
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return { names: result.data.participants.edges.map((e) => e.node.fullName).sort(), totalCount: result.data.participants.totalCount };
  }

  beforeAll(async () => {
    f = await tenantFixture();
    const create = 'mutation($input: ParticipantInput!) { createParticipant(input: $input) { id version } }';
    const input = (fullName: string, communeId: number) => ({
      fullName,
      gender: 'FEMALE',
      birthYear: 1980,
      ethnicGroupCode: '02',
      category: 'RESIDENT',
      communeId,
      villageId: null,
      phone: null,
      idNumber: null,
    });
    for (const fullName of OURS.slice(0, 3)) {
      const made = await f.server.graphql(create, { input: input(fullName, f.lamBinhCommunes[0].id) }, f.as.manager);
      expect(made.errors).toBeUndefined();
    }
    // Written without the API, as the import and the seeds write rows: the triggers index them too.
    const repo = f.db.getRepository(Participant);
    const plain = (fullName: string, districtId: number, communeId: number) => ({
      fullName,
      searchName: foldForSearch(fullName),
      gender: Gender.MALE,
      birthYear: 1975,
      ethnicGroupCode: '01',
      category: ParticipantCategory.RESIDENT,
      districtId,
      communeId,
    });
    await repo
      .createQueryBuilder()
      .insert()
      .values(OURS.slice(3).map((n) => plain(n, f.lamBinh.id, f.lamBinhCommunes[1].id)))
      .execute();
    await repo
      .createQueryBuilder()
      .insert()
      .values(THEIRS.map((n) => plain(n, f.naHang.id, f.naHangCommunes[0].id)))
      .execute();
  });

  afterAll(() => f.close());

  it.each([
    ['thi dao', ['Đào Thị Hoa']],
    ['dao thi', ['Đào Thị Hoa']],
    ['ĐÀO thị', ['Đào Thị Hoa']],
    ['ngu', ['Nguyễn Ngọc Ánh', 'Nguyễn Văn Lê']],
    ['ng', ['Nguyễn Ngọc Ánh', 'Nguyễn Văn Lê']],
    ['le', ['Lê Thị Vũ', 'Nguyễn Văn Lê']],
    ['vu le', ['Lê Thị Vũ']],
    ['ha', ['Hà Văn An']],
    ['anh ngoc', ['Nguyễn Ngọc Ánh']],
    ['  van   nguyen ', ['Nguyễn Văn Lê']],
    ['zzzz', []],
    ['ao', []],
    ['van an hoa', []],
    ['nguyen nguyen', ['Nguyễn Ngọc Ánh', 'Nguyễn Văn Lê']],
    ['%', []],
    ['_a', []],
  ])('a district officer searching "%s" finds %j', async (search, expected) => {
    expect(await names(search, f.as.manager)).toEqual({ names: expected, totalCount: expected.length });
  });

  it("never shows another district's people, which the province sees", async () => {
    expect(await names('hoa dao', f.as.manager)).toEqual({ names: ['Đào Thị Hoa'], totalCount: 1 });
    expect(await names('hoa dao', f.as.otherManager)).toEqual({ names: ['Đào Thị Hoa Nà'], totalCount: 1 });
    expect(await names('hoa dao', f.as.province)).toEqual({ names: ['Đào Thị Hoa', 'Đào Thị Hoa Nà'], totalCount: 2 });
    expect(await names('nguyen', f.as.otherManager)).toEqual({ names: ['Lê Văn Nguyên'], totalCount: 1 });
  });

  it('pages through the matches, each person once, though two of their words match', async () => {
    const first = await f.server.graphql<ListResult>(LIST, { filter: { search: 'ng' }, first: 1 }, f.as.manager);
    const page1 = first.data!.participants;
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const second = await f.server.graphql<ListResult>(LIST, { filter: { search: 'ng' }, first: 1, after: page1.pageInfo.endCursor }, f.as.manager);
    const page2 = second.data!.participants;
    expect(page2.pageInfo.hasNextPage).toBe(false);
    expect([page1.edges[0].node.fullName, page2.edges[0].node.fullName].sort()).toEqual(['Nguyễn Ngọc Ánh', 'Nguyễn Văn Lê']);
  });

  it(`counts a name search's matches exactly up to ${SEARCH_COUNT_LIMIT}, then says the count is a lower bound`, async () => {
    const query = `query($filter: ParticipantFilter, $after: String) { participants(filter: $filter, first: 200, after: $after) {
      totalCount totalCountIsExact edges { node { id } } pageInfo { hasNextPage endCursor } } }`;
    type Counted = {
      participants: { totalCount: number; totalCountIsExact: boolean; edges: unknown[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
    };
    const counted = async (search: string, as: Headers, after: string | null = null) =>
      (await f.server.graphql<Counted>(query, { filter: { search }, after }, as)).data!.participants;
    const many = Array.from({ length: SEARCH_COUNT_LIMIT + 1 }, () => ({
      fullName: 'Lò Văn Đếm',
      searchName: 'lo van dem',
      gender: Gender.MALE,
      birthYear: 1990,
      ethnicGroupCode: '01',
      category: ParticipantCategory.RESIDENT,
      districtId: f.lamBinh.id,
      communeId: f.lamBinhCommunes[0].id,
    }));
    for (let i = 0; i < many.length; i += 200)
      await f.db
        .getRepository(Participant)
        .createQueryBuilder()
        .insert()
        .values(many.slice(i, i + 200))
        .execute();

    const capped = await counted('dem lo', f.as.manager);
    expect([capped.totalCount, capped.totalCountIsExact, capped.edges.length, capped.pageInfo.hasNextPage]).toEqual([SEARCH_COUNT_LIMIT, false, 200, true]);
    // Past the last match (a page without rows counts in a statement of its own) and below the limit, exact.
    let after = capped.pageInfo.endCursor;
    for (let page = 0; page < 5; page++) after = (await counted('dem lo', f.as.manager, after)).pageInfo.endCursor ?? after;
    const past = await counted('dem lo', f.as.manager, after);
    expect([past.edges.length, past.totalCount, past.totalCountIsExact]).toEqual([0, SEARCH_COUNT_LIMIT, false]);
    const few = await counted('dao thi', f.as.manager);
    expect([few.totalCount, few.totalCountIsExact]).toEqual([1, true]);
    // Another district sees none of them, counted exactly.
    const theirs = await counted('dem lo', f.as.otherManager);
    expect([theirs.totalCount, theirs.totalCountIsExact, theirs.edges.length]).toEqual([0, true, 0]);
    await f.db.getRepository(Participant).delete({ searchName: 'lo van dem' });
  });

  it('follows a rename and a deletion, through the API and through plain SQL', async () => {
    const repo = f.db.getRepository(Participant);
    const row = await repo.findOneByOrFail({ fullName: 'Hà Văn An' });
    await repo
      .createQueryBuilder()
      .update()
      .set({ fullName: 'Hà Văn Bình', searchName: foldForSearch('Hà Văn Bình') })
      .where('id = :id', { id: row.id })
      .execute();
    expect(await names('ha an', f.as.manager)).toEqual({ names: [], totalCount: 0 });
    expect(await names('binh ha', f.as.manager)).toEqual({ names: ['Hà Văn Bình'], totalCount: 1 });
    await repo.delete({ id: row.id });
    expect(await names('binh', f.as.manager)).toEqual({ names: [], totalCount: 0 });
    const left = await f.db.query(`SELECT COUNT(*) AS n FROM participant_name_token WHERE participantId = ${Number(row.id)}`);
    expect(Number(left[0].n)).toBe(0);
  });
});
