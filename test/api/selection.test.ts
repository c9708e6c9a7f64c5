import { describe, expect, it } from 'vitest';
import { buildSchema, graphql, type GraphQLResolveInfo } from 'graphql';
import { selects } from '../../server/src/graphql/selection';

const schema = buildSchema(`
  type Commune { name: String }
  type Person { id: Int, commune: Commune }
  type Edge { node: Person }
  type Page { totalCount: Int, edges: [Edge] }
  type Query { people: Page }
`);

/** What `selects` says, from inside the `people` resolver, for each path asked. */
async function seen(query: string, paths: string[][]): Promise<boolean[]> {
  let answer: boolean[] = [];
  const result = await graphql({
    schema,
    source: query,
    rootValue: {
      people: (_args: unknown, _context: unknown, info: GraphQLResolveInfo) => {
        answer = paths.map((path) => selects(info, path));
        return { edges: [] };
      },
    },
  });
  expect(result.errors).toBeUndefined();
  return answer;
}

const COMMUNE = ['edges', 'node', 'commune'];
const TOTAL = ['totalCount'];

describe('selects: what the client asked for below a field', () => {
  it('follows plain fields, and answers false for what is not asked', async () => {
    expect(await seen('{ people { edges { node { id commune { name } } } } }', [COMMUNE, TOTAL])).toEqual([true, false]);
    expect(await seen('{ people { totalCount edges { node { id } } } }', [COMMUNE, TOTAL])).toEqual([false, true]);
  });

  it('looks into named and inline fragments, and through aliases to the field names', async () => {
    const named = '{ people { ...page } } fragment page on Page { edges { node { ...where } } } fragment where on Person { commune { name } }';
    expect(await seen(named, [COMMUNE, TOTAL])).toEqual([true, false]);
    expect(await seen('{ people { ... on Page { all: totalCount edges { n: node { ... { place: commune { name } } } } } } }', [COMMUNE, TOTAL])).toEqual([
      true,
      true,
    ]);
  });
});
