import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tenantFixture, type TenantFixture } from '../helpers/tenant-fixture';
import { Village } from '../../server/src/modules/geography/village.entity';
import { Gender, Participant, ParticipantCategory } from '../../server/src/modules/participants/participant.entity';

const PAGE = `query($first: Int!) { participants(first: $first) {
  totalCount edges { node { fullName commune { name } village { name } ethnicGroup { name } } } } }`;

/** A page of participants with its nested links costs the same few statements whatever its size. */
describe('nested fields are batched', () => {
  let f: TenantFixture;

  beforeAll(async () => {
    f = await tenantFixture();
    const villageRepo = f.db.getRepository(Village);
    const villages = await villageRepo.save(
      f.lamBinhCommunes.flatMap((commune) => ['Bản Một', 'Bản Hai'].map((name) => villageRepo.create({ name, communeId: commune.id, districtId: f.lamBinh.id }))),
    );
    const groups = ['01', '02', '03', '06', '09', '12'];
    const repo = f.db.getRepository(Participant);
    // Built with repo.create so the entity hooks fill searchName; one INSERT for all hundred.
    const rows = Array.from({ length: 100 }, (_, i) => {
      const commune = f.lamBinhCommunes[i % 2];
      const village = i % 3 === 0 ? null : villages.filter((v) => v.communeId === commune.id)[i % 2];
      return repo.create({
        fullName: `Người Thứ ${i + 1}`,
        gender: i % 2 === 0 ? Gender.FEMALE : Gender.MALE,
        birthYear: 1960 + (i % 40),
        ethnicGroupCode: groups[i % groups.length],
        category: ParticipantCategory.RESIDENT,
        communeId: commune.id,
        villageId: village?.id ?? null,
        districtId: f.lamBinh.id,
      });
    });
    await repo.insert(rows);
  });
  afterAll(() => f.close());

  async function page(first: number, query = PAGE): Promise<{ statements: number; edges: number; totalCount: number }> {
    const response = await fetch(`${f.server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...f.as.manager },
      body: JSON.stringify({ query, variables: { first } }),
    });
    const body = (await response.json()) as { data: { participants: { totalCount: number; edges: unknown[] } }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    const { edges, totalCount } = body.data.participants;
    return { statements: Number(response.headers.get('x-sql-statements')), edges: edges.length, totalCount };
  }

  it('a page of 100 participants with commune, village and ethnic group costs what a page of 10 does', async () => {
    // The first request also reads the caller's account and the 54 ethnic groups, which the process
    // then keeps (the account 5 s, the groups for good): measure the requests after it.
    await page(1);
    const ten = await page(10);
    const hundred = await page(100);
    expect(ten).toMatchObject({ edges: 10, totalCount: 100 });
    expect(hundred).toMatchObject({ edges: 100, totalCount: 100 });
    expect(ten.statements).toBeGreaterThan(0);
    expect(hundred.statements).toBe(ten.statements);
    // The count, the page, the communes and the villages (was 6 before the account and the ethnic
    // groups were kept in memory).
    expect(hundred.statements).toBe(4);
  });

  it('a page that does not ask for totalCount is not counted', async () => {
    await page(1);
    const counted = await page(100);
    const uncounted = await page(100, PAGE.replace('totalCount ', ''));
    expect(uncounted).toMatchObject({ edges: 100, totalCount: undefined });
    expect(uncounted.statements).toBe(counted.statements - 1);
  });
});
