import { graphql } from './generated';

export const ActivitiesQuery = graphql(`
  query Activities($first: Int!, $after: String, $filter: ActivityFilter) {
    activities(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { endCursor hasNextPage }
      edges {
        node {
          id title kind scope status startDate endDate location topic fiscalYear plannedCost actualCost committedCost version
          districtId providerId district { id name } attendances { id participantId attended completed participant { id fullName } }
        }
      }
    }
  }
`);

export const CreateActivityMutation = graphql(`
  mutation CreateActivity($input: CreateActivityInput!) { createActivity(input: $input) { id version } }
`);

export const UpdateActivityMutation = graphql(`
  mutation UpdateActivity($id: Int!, $version: Int!, $input: ActivityInput!) {
    updateActivity(id: $id, version: $version, input: $input) { id version }
  }
`);

export const DeleteActivityMutation = graphql(`
  mutation DeleteActivity($id: Int!, $version: Int!) { deleteActivity(id: $id, version: $version) }
`);

export const SetAttendanceMutation = graphql(`
  mutation SetAttendance($activityId: Int!, $activityVersion: Int!, $entries: [AttendanceEntryInput!]!) {
    setAttendance(activityId: $activityId, activityVersion: $activityVersion, entries: $entries) {
      id version attendances { id participantId attended completed }
    }
  }
`);

export const ProvidersQuery = graphql(`
  query Providers { providers { id name kind } }
`);
