import { graphql } from './generated';

/** Everything the dashboards show of a district's year; mutations answer it so Apollo updates the cached record by its id. */
export const YearStatusFieldsFragment = graphql(`
  fragment YearStatusFields on YearStatus {
    id
    districtId
    fiscalYear
    status
    locked
    note
    reason
    submittedAt
    submittedBy
    approvedAt
    approvedBy
    decidedAt
    decidedBy
  }
`);

export const YearStatusQuery = graphql(`
  query YearStatus($fiscalYear: Int!, $districtId: Int) {
    yearStatus(fiscalYear: $fiscalYear, districtId: $districtId) {
      ...YearStatusFields
    }
  }
`);

/** The year's record of every district the caller reaches (pages that edit a year ask which districts are locked). */
export const DistrictYearStatusesQuery = graphql(`
  query DistrictYearStatuses($fiscalYear: Int!) {
    provinceReport(fiscalYear: $fiscalYear) {
      districts {
        district {
          id
          name
        }
        yearStatus {
          ...YearStatusFields
        }
      }
    }
  }
`);

export const SubmitYearMutation = graphql(`
  mutation SubmitYear($fiscalYear: Int!, $note: String) {
    submitYear(fiscalYear: $fiscalYear, note: $note) {
      ...YearStatusFields
    }
  }
`);

export const ApproveYearMutation = graphql(`
  mutation ApproveYear($districtId: Int!, $fiscalYear: Int!) {
    approveYear(districtId: $districtId, fiscalYear: $fiscalYear) {
      ...YearStatusFields
    }
  }
`);

export const ReturnYearMutation = graphql(`
  mutation ReturnYear($districtId: Int!, $fiscalYear: Int!, $reason: String!) {
    returnYear(districtId: $districtId, fiscalYear: $fiscalYear, reason: $reason) {
      ...YearStatusFields
    }
  }
`);

export const ReopenYearMutation = graphql(`
  mutation ReopenYear($districtId: Int!, $fiscalYear: Int!, $reason: String!) {
    reopenYear(districtId: $districtId, fiscalYear: $fiscalYear, reason: $reason) {
      ...YearStatusFields
    }
  }
`);

export const ProvinceYearStatusQuery = graphql(`
  query ProvinceYearStatus($fiscalYear: Int!) {
    provinceYearStatus(fiscalYear: $fiscalYear) {
      fiscalYear
      closed
      closedAt
      closedBy
    }
  }
`);

export const CloseProvinceYearMutation = graphql(`
  mutation CloseProvinceYear($fiscalYear: Int!) {
    closeProvinceYear(fiscalYear: $fiscalYear) {
      fiscalYear
      closed
      closedAt
      closedBy
    }
  }
`);

/** The years with funding or activities the caller sees, newest first: where the yearly pages open. */
export const ActiveYearsQuery = graphql(`
  query ActiveYears {
    activeYears
  }
`);
