import { graphql } from './generated';

/** A person as the list and the record page show them; the writes answer it, so Apollo updates the cached person by id. */
export const ParticipantFieldsFragment = graphql(`
  fragment ParticipantFields on Participant {
    id
    fullName
    gender
    birthYear
    category
    position
    phone
    idNumber
    ethnicGroupCode
    isEthnicMinority
    version
    communeId
    villageId
    commune {
      id
      name
    }
    village {
      id
      name
    }
    ethnicGroup {
      code
      name
    }
    districtId
    district {
      id
      name
    }
  }
`);

export const ParticipantsQuery = graphql(`
  query Participants($first: Int!, $after: String, $filter: ParticipantFilter) {
    participants(first: $first, after: $after, filter: $filter) {
      totalCount
      totalCountIsExact
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          ...ParticipantFields
        }
      }
    }
  }
`);

export const ParticipantQuery = graphql(`
  query Participant($id: Int!) {
    participant(id: $id) {
      ...ParticipantFields
      attendances {
        id
        attended
        completed
        activity {
          id
          title
          kind
          startDate
        }
      }
    }
  }
`);

export const CreateParticipantMutation = graphql(`
  mutation CreateParticipant($input: ParticipantInput!) {
    createParticipant(input: $input) {
      ...ParticipantFields
    }
  }
`);

export const UpdateParticipantMutation = graphql(`
  mutation UpdateParticipant($id: Int!, $version: Int!, $input: ParticipantInput!) {
    updateParticipant(id: $id, version: $version, input: $input) {
      ...ParticipantFields
    }
  }
`);

/** A board as its list shows it, members named; its writes answer it, so Apollo updates the cached board by id. */
export const BoardRowFragment = graphql(`
  fragment BoardRow on MonitoringBoard {
    id
    establishedOn
    decisionRef
    version
    communeId
    commune {
      id
      name
    }
    members {
      id
      role
      participantId
      participant {
        id
        fullName
      }
    }
  }
`);

export const BoardsQuery = graphql(`
  query Boards($first: Int!, $after: String, $filter: MonitoringBoardFilter) {
    monitoringBoards(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          ...BoardRow
        }
      }
    }
  }
`);

export const CreateBoardMutation = graphql(`
  mutation CreateBoard($input: CreateMonitoringBoardInput!) {
    createMonitoringBoard(input: $input) {
      ...BoardRow
    }
  }
`);

export const SetBoardMembersMutation = graphql(`
  mutation SetBoardMembers($boardId: Int!, $version: Int!, $members: [BoardMemberInput!]!) {
    setBoardMembers(boardId: $boardId, version: $version, members: $members) {
      ...BoardRow
    }
  }
`);
