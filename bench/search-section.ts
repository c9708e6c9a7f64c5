/**
 * The search part of the national-scale benchmark (issue 17): a page of 100 participants found by a
 * `search`, beside the unfiltered first page of 100 (the page the benchmark times above), in the large province and in the last-loaded one,
 * through the same production server. The two take turns (ROUNDS alternating rounds) and each round's
 * ratio is its own search p95 over its own page p95, so the shared machine's drift weighs on both alike.
 */
export const SEARCHES: readonly { search: string; kind: string }[] = [
  { search: 'nguyen van', kind: 'two words' },
  { search: 'van nguyen', kind: 'two words, other order' },
  { search: 'thi lan', kind: 'two words' },
  { search: 'Hoàng Thị', kind: 'two words, with diacritics' },
  { search: 'hoang', kind: 'one word' },
  { search: 'ngu', kind: 'word start' },
  { search: 'le', kind: 'two letters' },
  { search: 'thi', kind: 'one word in every other name' },
  { search: 'zzzz', kind: 'miss' },
  { search: 'nguyen zzz', kind: 'two words, miss' },
];

const FIELDS =
  'totalCount totalCountIsExact pageInfo { hasNextPage endCursor } edges { node { id fullName gender category commune { id name } village { id name } ethnicGroup { code name } } }';
const PAGE = `query($filter: ParticipantFilter) { participants(first: 100, filter: $filter) { ${FIELDS} } }`;

type Post = (query: string, variables: Record<string, unknown>, headers: Record<string, string>) => Promise<{ body: unknown }>;
interface Caller {
  province: number;
  headers: Record<string, string>;
}
interface Answer {
  totalCount: number;
  totalCountIsExact: boolean;
  edges: unknown[];
}

export interface SearchResult {
  rounds: number;
  runsPerRound: number;
  pageP95ByRound: number[];
  searchP95ByRound: number[];
  ratioByRound: number[];
  pageMs: { p50: number; p95: number };
  searchMs: { p50: number; p95: number };
  ratio: number;
  target: number;
  met: boolean;
  bySearch: { province: number; search: string; kind: string; p50: number; p95: number; totalCount: number; exact: boolean }[];
}

const round1 = (n: number) => Math.round(n * 10) / 10;

function quantile(samples: number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return round1(sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]);
}

async function answer(post: Post, caller: Caller, search: string | null): Promise<Answer> {
  const { body } = await post(PAGE, { filter: search === null ? {} : { search } }, caller.headers);
  const page = (body as { data?: { participants: Answer } }).data?.participants;
  if (!page) throw new Error(`search "${search}" failed: ${JSON.stringify(body).slice(0, 300)}`);
  return page;
}

async function sample(times: number[], fn: () => Promise<unknown>): Promise<void> {
  const t = performance.now();
  await fn();
  times.push(performance.now() - t);
}

export async function measureSearch(post: Post, callers: Caller[], rounds: number, runsPerRound: number): Promise<SearchResult> {
  const counted = new Map<string, Answer>();
  for (const caller of callers) {
    for (const { search } of SEARCHES) counted.set(`${caller.province}|${search}`, await answer(post, caller, search)); // also warms up
    for (let i = 0; i < 3; i++) await answer(post, caller, null);
  }
  const perSearch = new Map<string, number[]>();
  const allPage: number[] = [];
  const allSearch: number[] = [];
  const pageP95ByRound: number[] = [];
  const searchP95ByRound: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const page: number[] = [];
    const found: number[] = [];
    for (const caller of callers) {
      for (let i = 0; i < runsPerRound; i++) await sample(page, () => answer(post, caller, null));
      for (let i = 0; i < runsPerRound; i++) {
        const { search } = SEARCHES[i % SEARCHES.length];
        const times = perSearch.get(`${caller.province}|${search}`) ?? [];
        perSearch.set(`${caller.province}|${search}`, times);
        await sample(found, () => answer(post, caller, search));
        times.push(found[found.length - 1]);
      }
    }
    pageP95ByRound.push(quantile(page, 0.95));
    searchP95ByRound.push(quantile(found, 0.95));
    allPage.push(...page);
    allSearch.push(...found);
    console.log(`search round ${r + 1}: page p95 ${pageP95ByRound[r]} ms, search p95 ${searchP95ByRound[r]} ms`);
  }
  const ratioByRound = pageP95ByRound.map((p, i) => round1((searchP95ByRound[i] / p) * 100) / 100);
  const ratio = Math.round((ratioByRound.reduce((a, b) => a + b, 0) / rounds) * 100) / 100;
  return {
    rounds,
    runsPerRound,
    pageP95ByRound,
    searchP95ByRound,
    ratioByRound,
    pageMs: { p50: quantile(allPage, 0.5), p95: quantile(allPage, 0.95) },
    searchMs: { p50: quantile(allSearch, 0.5), p95: quantile(allSearch, 0.95) },
    ratio,
    target: 3,
    met: ratio <= 3,
    bySearch: callers.flatMap((caller) =>
      SEARCHES.map(({ search, kind }) => {
        const times = perSearch.get(`${caller.province}|${search}`) ?? [];
        const first = counted.get(`${caller.province}|${search}`)!;
        return {
          province: caller.province,
          search,
          kind,
          p50: quantile(times, 0.5),
          p95: quantile(times, 0.95),
          totalCount: first.totalCount,
          exact: first.totalCountIsExact,
        };
      }),
    ),
  };
}

export function searchMarkdown(s: SearchResult): string {
  const mark = s.met ? 'met' : '**missed**';
  return [
    '',
    `## Search (participants, first 100; ${s.rounds} alternating rounds of ${s.runsPerRound} pages and ${s.runsPerRound} searches per province)`,
    '',
    '| measure | p50 ms | p95 ms | ratio of p95s (mean of rounds) | target | |',
    '|---|---|---|---|---|---|',
    `| unfiltered first page | ${s.pageMs.p50} | ${s.pageMs.p95} | | | |`,
    `| search page (every search below) | ${s.searchMs.p50} | ${s.searchMs.p95} | ${s.ratio}× (rounds: ${s.ratioByRound.map((r) => r.toFixed(2)).join(', ')}) | ≤ 3× | ${mark} |`,
    '',
    '| province | search | kind | p50 ms | p95 ms | totalCount |',
    '|---|---|---|---|---|---|',
    ...s.bySearch.map(
      (b) => `| ${b.province} | "${b.search}" | ${b.kind} | ${b.p50} | ${b.p95} | ${b.exact ? '' : '≥ '}${b.totalCount.toLocaleString('en')} |`,
    ),
    '',
  ].join('\n');
}
