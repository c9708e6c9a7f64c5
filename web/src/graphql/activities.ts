import { graphql } from './generated';

/** An activity as its list shows it, attendance named; its writes answer it, so Apollo updates the cached row by id. */
export const ActivityRowFragment = graphql(`
  fragment ActivityRow on Activity {
    id
    title
    kind
    scope
    status
    startDate
    endDate
    location
    topic
    fiscalYear
    plannedCost
    actualCost
    committedCost
    version
    districtId
    providerId
    district {
      id
      name
    }
    attendances {
      id
      participantId
      attended
      completed
      participant {
        id
        fullName
      }
    }
  }
`);

export const ActivitiesQuery = graphql(`
  query Activities($first: Int!, $after: String, $filter: ActivityFilter) {
    activities(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          ...ActivityRow
        }
      }
    }
  }
`);

export const CreateActivityMutation = graphql(`
  mutation CreateActivity($input: CreateActivityInput!) {
    createActivity(input: $input) {
      ...ActivityRow
    }
  }
`);

export const UpdateActivityMutation = graphql(`
  mutation UpdateActivity($id: Int!, $version: Int!, $input: ActivityInput!) {
    updateActivity(id: $id, version: $version, input: $input) {
      ...ActivityRow
    }
  }
`);

export const DeleteActivityMutation = graphql(`
  mutation DeleteActivity($id: Int!, $version: Int!) {
    deleteActivity(id: $id, version: $version)
  }
`);

export const SetAttendanceMutation = graphql(`
  mutation SetAttendance($activityId: Int!, $activityVersion: Int!, $entries: [AttendanceEntryInput!]!) {
    setAttendance(activityId: $activityId, activityVersion: $activityVersion, entries: $entries) {
      ...ActivityRow
    }
  }
`);

export const ProvidersQuery = graphql(`
  query Providers {
    providers {
      id
      name
      kind
    }
  }
`);
