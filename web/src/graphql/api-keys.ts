import { graphql } from './generated';

export const ApiKeysQuery = graphql(`
  query ApiKeys {
    apiKeys {
      id
      name
      prefix
      districtId
      district {
        id
        name
      }
      createdAt
      lastUsedAt
      revokedAt
      personalData
    }
  }
`);

export const CreateApiKeyMutation = graphql(`
  mutation CreateApiKey($input: ApiKeyInput!) {
    createApiKey(input: $input) {
      secret
      apiKey {
        id
        name
        prefix
      }
    }
  }
`);

export const RevokeApiKeyMutation = graphql(`
  mutation RevokeApiKey($id: Int!) {
    revokeApiKey(id: $id) {
      id
      revokedAt
    }
  }
`);

export const SetApiKeyPersonalDataMutation = graphql(`
  mutation SetApiKeyPersonalData($id: Int!, $granted: Boolean!) {
    setApiKeyPersonalData(id: $id, granted: $granted) {
      id
      personalData
    }
  }
`);
