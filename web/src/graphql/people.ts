import { graphql } from './generated';

export const ParticipantsQuery = graphql(`
  query Participants($first: Int!, $after: String, $filter: ParticipantFilter) {
    participants(first: $first, after: $after, filter: $filter) {
      totalCount totalCountIsExact
      pageInfo { endCursor hasNextPage }
      edges {
        node {
          id fullName gender birthYear category position phone idNumber ethnicGroupCode isEthnicMinority version
          communeId villageId commune { id name } village { id name } ethnicGroup { code name }
          districtId district { id name }
        }
      }
    }
  }
`);

export const ParticipantQuery = graphql(`
  query Participant($id: Int!) {
    participant(id: $id) {
      id fullName gender birthYear category position phone idNumber ethnicGroupCode isEthnicMinority version
      communeId villageId district { id name } commune { id name } village { id name } ethnicGroup { code name }
      attendances { id attended completed activity { id title kind startDate } }
    }
  }
`);

export const CreateParticipantMutation = graphql(`
  mutation CreateParticipant($input: ParticipantInput!) { createParticipant(input: $input) { id } }
`);

export const UpdateParticipantMutation = graphql(`
  mutation UpdateParticipant($id: Int!, $version: Int!, $input: ParticipantInput!) {
    updateParticipant(id: $id, version: $version, input: $input) { id version }
  }
`);

export const BoardsQuery = graphql(`
  query Boards($first: Int!, $after: String, $filter: MonitoringBoardFilter) {
    monitoringBoards(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { endCursor hasNextPage }
      edges {
        node {
          id establishedOn decisionRef version communeId commune { id name }
          members { id role participantId participant { id fullName } }
        }
      }
    }
  }
`);

export const CreateBoardMutation = graphql(`
  mutation CreateBoard($input: CreateMonitoringBoardInput!) { createMonitoringBoard(input: $input) { id } }
`);

export const SetBoardMembersMutation = graphql(`
  mutation SetBoardMembers($boardId: Int!, $version: Int!, $members: [BoardMemberInput!]!) {
    setBoardMembers(boardId: $boardId, version: $version, members: $members) { id version members { id role participantId } }
  }
`);
