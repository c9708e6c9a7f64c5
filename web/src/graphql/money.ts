import { graphql } from './generated';

export const BudgetQuery = graphql(`
  query Budget($fiscalYear: Int!) {
    budget(fiscalYear: $fiscalYear) {
      fiscalYear
      funded
      central
      allocated
      committed
      spent
      fundingVersion
      exchangeCap {
        percent
        cap
        committed
        headroom
        shareOfCentral
      }
      districts {
        district {
          id
          name
          code
        }
        allocation
        committed
        spent
        headroom
      }
    }
  }
`);

export const FundingsQuery = graphql(`
  query Fundings {
    fundings {
      id
      fiscalYear
      centralAmount
      exchangeCapPercent
      decisionRef
      version
    }
  }
`);

export const SetFundingMutation = graphql(`
  mutation SetFunding($input: FundingInput!) {
    setFunding(input: $input) {
      id
      fiscalYear
      centralAmount
      exchangeCapPercent
      decisionRef
      version
    }
  }
`);

export const SetAllocationsMutation = graphql(`
  mutation SetAllocations($input: AllocationsInput!) {
    setDistrictAllocations(input: $input) {
      id
      districtId
      amount
    }
  }
`);

export const DistrictCountsQuery = graphql(`
  query DistrictCounts($fiscalYear: Int!) {
    communePage(first: 1) {
      totalCount
    }
    villages(first: 1) {
      totalCount
    }
    monitoringBoards(first: 1) {
      totalCount
    }
    participants(first: 1) {
      totalCount
    }
    activities(first: 1, filter: { fiscalYear: $fiscalYear }) {
      totalCount
    }
    trainings: activities(first: 1, filter: { fiscalYear: $fiscalYear, kind: TRAINING }) {
      totalCount
    }
    provinceReport(fiscalYear: $fiscalYear) {
      total {
        peopleTrained
        personTimes
        womenShare
        ethnicMinorityShare
        womenTrained
        ethnicMinorityTrained
        peopleCompleted
        activitiesOrganised
        communes
        villages
        participantsRegistered
        allocation
        committed
        spent
      }
    }
    yearStatus(fiscalYear: $fiscalYear) {
      ...YearStatusFields
    }
    budget(fiscalYear: $fiscalYear) {
      funded
      districts {
        district {
          id
          name
        }
        allocation
        committed
        spent
        headroom
      }
      exchangeCap {
        cap
        committed
        headroom
      }
    }
  }
`);
