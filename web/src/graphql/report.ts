import { graphql } from './generated';

export const ProvinceReportQuery = graphql(`
  query ProvinceReport($fiscalYear: Int!) {
    provinceReport(fiscalYear: $fiscalYear) {
      fiscalYear
      generatedAt
      budget {
        funded
        central
        allocated
        committed
        spent
        exchangeCap {
          percent
          cap
          committed
          headroom
          shareOfCentral
        }
      }
      districts {
        ...ReportRowFields
      }
      total {
        ...ReportRowFields
      }
    }
  }
  fragment ReportRowFields on ReportRow {
    district {
      id
      name
      code
    }
    communes
    especiallyDifficultCommunes
    villages
    especiallyDifficultVillages
    monitoringBoards
    participantsRegistered
    peopleTrained
    personTimes
    womenTrained
    ethnicMinorityTrained
    womenShare
    ethnicMinorityShare
    coverage
    trainedByCategory {
      category
      people
    }
    activitiesByKind {
      kind
      activitiesOrganised
    }
    peopleCompleted
    activitiesOrganised
    allocation
    committed
    spent
    approved
    liveFigures {
      peopleTrained
    }
    yearStatus {
      ...YearStatusFields
    }
  }
`);
