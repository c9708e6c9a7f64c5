import { graphql } from './generated';

export const EthnicGroupsQuery = graphql(`
  query EthnicGroups {
    ethnicGroups {
      code
      name
      nameAlt
    }
  }
`);
