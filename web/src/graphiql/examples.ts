/**
 * The tabs GraphiQL opens with: the queries of docs/API.md, so a reader can run them at once.
 * Plain strings (not graphql() documents) so codegen does not treat them as the portal's own operations.
 */
const year = new Date().getFullYear();

export const EXAMPLE_TABS: { query: string; variables?: string }[] = [
  {
    query: `# Who am I? (the session cookie, or an "Authorization: ApiKey …" header in Headers below)
query Me {
  me { kind name role canWrite district { code name } province { name } }
}
`,
  },
  {
    query: `# One page of participants; pass pageInfo.endCursor as "after" for the next one.
query Participants($after: String) {
  participants(first: 20, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id fullName gender birthYear category isEthnicMinority commune { name } village { name } } }
  }
}
`,
    variables: '{ "after": null }',
  },
  {
    query: `# The year's figures by district.
query Report($year: Int!) {
  provinceReport(fiscalYear: $year) {
    fiscalYear
    budget { central allocated committed spent exchangeCap { cap committed headroom } }
    districts { district { code name } peopleTrained personTimes womenShare ethnicMinorityShare coverage }
    total { peopleTrained personTimes coverage }
  }
}
`,
    variables: `{ "year": ${year} }`,
  },
  {
    query: `# People trained, grouped by month and gender.
query Rollup($year: Int!) {
  rollup(fiscalYear: $year, groupBy: [MONTH, GENDER]) {
    month gender peopleTrained peopleCompleted personTimes activitiesAttended
  }
}
`,
    variables: `{ "year": ${year} }`,
  },
  {
    query: `# The money of a year.
query Budget($year: Int!) {
  budget(fiscalYear: $year) {
    fiscalYear funded central allocated committed spent
    exchangeCap { cap committed headroom }
    districts { district { code name } allocation committed spent }
  }
}
`,
    variables: `{ "year": ${year} }`,
  },
];
