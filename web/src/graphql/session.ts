import { graphql } from './generated';

export const MeQuery = graphql(`
  query Me {
    me {
      id
      name
      displayName
      kind
      role
      canWrite
      district {
        id
        name
        code
      }
      province {
        id
        name
      }
    }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      expiresAt
      me {
        id
        name
        role
        canWrite
      }
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);
