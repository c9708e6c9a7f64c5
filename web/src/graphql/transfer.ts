import { graphql } from './generated';

/** Activities to import attendance into, found by words of the title. */
export const ImportActivitiesQuery = graphql(`
  query ImportActivities($filter: ActivityFilter) {
    activities(first: 50, filter: $filter) {
      edges {
        node {
          id
          title
          startDate
          districtId
        }
      }
    }
  }
`);
