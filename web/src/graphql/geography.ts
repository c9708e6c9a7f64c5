import { graphql } from './generated';

export const DistrictsQuery = graphql(`
  query Districts {
    districts {
      id
      code
      name
    }
  }
`);

export const CommuneOptionsQuery = graphql(`
  query CommuneOptions($districtId: Int!) {
    communes(districtId: $districtId) {
      id
      name
      villages {
        id
        name
      }
    }
  }
`);

export const CommunePageQuery = graphql(`
  query CommunePage($first: Int!, $after: String, $filter: CommuneFilter) {
    communePage(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          code
          name
          type
          p135Status
          version
          district {
            id
            name
          }
          board {
            id
          }
        }
      }
    }
  }
`);

export const UpdateCommuneMutation = graphql(`
  mutation UpdateCommune($id: Int!, $version: Int!, $input: UpdateCommuneInput!) {
    updateCommune(id: $id, version: $version, input: $input) {
      id
      p135Status
      version
    }
  }
`);

/** A village as its list shows it; the writes answer it too, so Apollo updates the cached row by its id. */
export const VillageRowFragment = graphql(`
  fragment VillageRow on Village {
    id
    name
    households
    poorHouseholds
    especiallyDifficult
    version
    communeId
    commune {
      id
      name
    }
  }
`);

export const VillagesQuery = graphql(`
  query Villages($first: Int!, $after: String, $filter: VillageFilter) {
    villages(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          ...VillageRow
        }
      }
    }
  }
`);

export const CreateVillageMutation = graphql(`
  mutation CreateVillage($input: CreateVillageInput!) {
    createVillage(input: $input) {
      ...VillageRow
    }
  }
`);

export const UpdateVillageMutation = graphql(`
  mutation UpdateVillage($id: Int!, $version: Int!, $input: UpdateVillageInput!) {
    updateVillage(id: $id, version: $version, input: $input) {
      ...VillageRow
    }
  }
`);

export const DeleteVillageMutation = graphql(`
  mutation DeleteVillage($id: Int!, $version: Int!) {
    deleteVillage(id: $id, version: $version)
  }
`);
