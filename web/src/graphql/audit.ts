import { graphql } from './generated';

export const AuditLogQuery = graphql(`
  query AuditLog($first: Int!, $after: String, $filter: AuditFilter) {
    auditLog(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          at
          action
          entity
          entityId
          actorLabel
          districtId
          importId
          changes {
            field
            before
            after
          }
          importSummary {
            kind
            fileName
            rows
            created
            updated
            skipped
          }
        }
      }
    }
  }
`);
