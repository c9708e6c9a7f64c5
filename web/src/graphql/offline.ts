import { graphql } from './generated';

/** A person as the device keeps them: what registering and correcting offline need (web/src/offline/model.ts). */
export const OfflinePersonFieldsFragment = graphql(`
  fragment OfflinePersonFields on Participant {
    id
    version
    fullName
    gender
    birthYear
    ethnicGroupCode
    category
    position
    communeId
    villageId
    phone
    idNumber
  }
`);

/** What "take offline" copies to the device (web/src/offline/snapshot.ts), and what resolving a refusal reads back. */
export const OfflineActivityQuery = graphql(`
  query OfflineActivity($id: Int!) {
    activity(id: $id) {
      id
      version
      title
      startDate
      endDate
      districtId
      attendances {
        participantId
        attended
        completed
      }
    }
  }
`);

export const OfflineActivityChoicesQuery = graphql(`
  query OfflineActivityChoices($districtId: Int!) {
    activities(first: 100, filter: { districtId: $districtId }) {
      edges {
        node {
          id
          title
          startDate
          status
        }
      }
    }
  }
`);

export const OfflinePeopleQuery = graphql(`
  query OfflinePeople($communeId: Int!, $after: String) {
    participants(first: 200, after: $after, filter: { communeId: $communeId }) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          ...OfflinePersonFields
        }
      }
    }
  }
`);

export const OfflinePersonQuery = graphql(`
  query OfflinePerson($id: Int!) {
    participant(id: $id) {
      ...OfflinePersonFields
    }
  }
`);
