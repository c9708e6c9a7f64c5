import { graphql } from './generated';

/** An account as its list shows it; the writes answer it, so Apollo updates the cached row by id. */
export const UserRowFragment = graphql(`
  fragment UserRow on User {
    id
    version
    username
    displayName
    role
    districtId
    district {
      id
      code
      name
    }
    disabledAt
    demo
    createdAt
    personalData
  }
`);

export const UsersQuery = graphql(`
  query Users($first: Int!, $after: String) {
    users(first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          ...UserRow
        }
      }
    }
  }
`);

export const CreateUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      ...UserRow
    }
  }
`);

export const UpdateUserMutation = graphql(`
  mutation UpdateUser($id: Int!, $version: Int!, $input: UpdateUserInput!) {
    updateUser(id: $id, version: $version, input: $input) {
      ...UserRow
    }
  }
`);

export const ResetUserPasswordMutation = graphql(`
  mutation ResetUserPassword($id: Int!, $version: Int!, $input: ResetPasswordInput!) {
    resetUserPassword(id: $id, version: $version, input: $input) {
      id
      version
    }
  }
`);

export const SetUserPersonalDataMutation = graphql(`
  mutation SetUserPersonalData($id: Int!, $granted: Boolean!) {
    setUserPersonalData(id: $id, granted: $granted) {
      id
      version
      personalData
    }
  }
`);
