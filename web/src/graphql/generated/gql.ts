/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment ActivityRow on Activity {\n    id\n    title\n    kind\n    scope\n    status\n    startDate\n    endDate\n    location\n    topic\n    fiscalYear\n    plannedCost\n    actualCost\n    committedCost\n    version\n    districtId\n    providerId\n    district {\n      id\n      name\n    }\n    attendances {\n      id\n      participantId\n      attended\n      completed\n      participant {\n        id\n        fullName\n      }\n    }\n  }\n": typeof types.ActivityRowFragmentDoc,
    "\n  query Activities($first: Int!, $after: String, $filter: ActivityFilter) {\n    activities(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...ActivityRow\n        }\n      }\n    }\n  }\n": typeof types.ActivitiesDocument,
    "\n  mutation CreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      ...ActivityRow\n    }\n  }\n": typeof types.CreateActivityDocument,
    "\n  mutation UpdateActivity($id: Int!, $version: Int!, $input: ActivityInput!) {\n    updateActivity(id: $id, version: $version, input: $input) {\n      ...ActivityRow\n    }\n  }\n": typeof types.UpdateActivityDocument,
    "\n  mutation DeleteActivity($id: Int!, $version: Int!) {\n    deleteActivity(id: $id, version: $version)\n  }\n": typeof types.DeleteActivityDocument,
    "\n  mutation SetAttendance($activityId: Int!, $activityVersion: Int!, $entries: [AttendanceEntryInput!]!) {\n    setAttendance(activityId: $activityId, activityVersion: $activityVersion, entries: $entries) {\n      ...ActivityRow\n    }\n  }\n": typeof types.SetAttendanceDocument,
    "\n  query Providers {\n    providers {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.ProvidersDocument,
    "\n  query ApiKeys {\n    apiKeys {\n      id\n      name\n      prefix\n      districtId\n      district {\n        id\n        name\n      }\n      createdAt\n      lastUsedAt\n      revokedAt\n      personalData\n    }\n  }\n": typeof types.ApiKeysDocument,
    "\n  mutation CreateApiKey($input: ApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n        prefix\n      }\n    }\n  }\n": typeof types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: Int!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.RevokeApiKeyDocument,
    "\n  mutation SetApiKeyPersonalData($id: Int!, $granted: Boolean!) {\n    setApiKeyPersonalData(id: $id, granted: $granted) {\n      id\n      personalData\n    }\n  }\n": typeof types.SetApiKeyPersonalDataDocument,
    "\n  query AuditLog($first: Int!, $after: String, $filter: AuditFilter) {\n    auditLog(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          at\n          action\n          entity\n          entityId\n          actorLabel\n          districtId\n          importId\n          changes {\n            field\n            before\n            after\n          }\n          importSummary {\n            kind\n            fileName\n            rows\n            created\n            updated\n            skipped\n          }\n        }\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query Districts {\n    districts {\n      id\n      code\n      name\n    }\n  }\n": typeof types.DistrictsDocument,
    "\n  query CommuneOptions($districtId: Int!) {\n    communes(districtId: $districtId) {\n      id\n      name\n      villages {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CommuneOptionsDocument,
    "\n  query CommunePage($first: Int!, $after: String, $filter: CommuneFilter) {\n    communePage(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          code\n          name\n          type\n          p135Status\n          version\n          district {\n            id\n            name\n          }\n          board {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.CommunePageDocument,
    "\n  mutation UpdateCommune($id: Int!, $version: Int!, $input: UpdateCommuneInput!) {\n    updateCommune(id: $id, version: $version, input: $input) {\n      id\n      p135Status\n      version\n    }\n  }\n": typeof types.UpdateCommuneDocument,
    "\n  fragment VillageRow on Village {\n    id\n    name\n    households\n    poorHouseholds\n    especiallyDifficult\n    version\n    communeId\n    commune {\n      id\n      name\n    }\n  }\n": typeof types.VillageRowFragmentDoc,
    "\n  query Villages($first: Int!, $after: String, $filter: VillageFilter) {\n    villages(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...VillageRow\n        }\n      }\n    }\n  }\n": typeof types.VillagesDocument,
    "\n  mutation CreateVillage($input: CreateVillageInput!) {\n    createVillage(input: $input) {\n      ...VillageRow\n    }\n  }\n": typeof types.CreateVillageDocument,
    "\n  mutation UpdateVillage($id: Int!, $version: Int!, $input: UpdateVillageInput!) {\n    updateVillage(id: $id, version: $version, input: $input) {\n      ...VillageRow\n    }\n  }\n": typeof types.UpdateVillageDocument,
    "\n  mutation DeleteVillage($id: Int!, $version: Int!) {\n    deleteVillage(id: $id, version: $version)\n  }\n": typeof types.DeleteVillageDocument,
    "\n  query Budget($fiscalYear: Int!) {\n    budget(fiscalYear: $fiscalYear) {\n      fiscalYear\n      funded\n      central\n      allocated\n      committed\n      spent\n      fundingVersion\n      exchangeCap {\n        percent\n        cap\n        committed\n        headroom\n        shareOfCentral\n      }\n      districts {\n        district {\n          id\n          name\n          code\n        }\n        allocation\n        committed\n        spent\n        headroom\n      }\n    }\n  }\n": typeof types.BudgetDocument,
    "\n  query Fundings {\n    fundings {\n      id\n      fiscalYear\n      centralAmount\n      exchangeCapPercent\n      decisionRef\n      version\n    }\n  }\n": typeof types.FundingsDocument,
    "\n  mutation SetFunding($input: FundingInput!) {\n    setFunding(input: $input) {\n      id\n      fiscalYear\n      centralAmount\n      exchangeCapPercent\n      decisionRef\n      version\n    }\n  }\n": typeof types.SetFundingDocument,
    "\n  mutation SetAllocations($input: AllocationsInput!) {\n    setDistrictAllocations(input: $input) {\n      id\n      districtId\n      amount\n    }\n  }\n": typeof types.SetAllocationsDocument,
    "\n  query DistrictCounts($fiscalYear: Int!) {\n    communePage(first: 1) {\n      totalCount\n    }\n    villages(first: 1) {\n      totalCount\n    }\n    monitoringBoards(first: 1) {\n      totalCount\n    }\n    participants(first: 1) {\n      totalCount\n    }\n    activities(first: 1, filter: { fiscalYear: $fiscalYear }) {\n      totalCount\n    }\n    trainings: activities(first: 1, filter: { fiscalYear: $fiscalYear, kind: TRAINING }) {\n      totalCount\n    }\n    provinceReport(fiscalYear: $fiscalYear) {\n      total {\n        peopleTrained\n        personTimes\n        womenShare\n        ethnicMinorityShare\n        womenTrained\n        ethnicMinorityTrained\n        peopleCompleted\n        activitiesOrganised\n        communes\n        villages\n        participantsRegistered\n        allocation\n        committed\n        spent\n      }\n    }\n    yearStatus(fiscalYear: $fiscalYear) {\n      ...YearStatusFields\n    }\n    budget(fiscalYear: $fiscalYear) {\n      funded\n      districts {\n        district {\n          id\n          name\n        }\n        allocation\n        committed\n        spent\n        headroom\n      }\n      exchangeCap {\n        cap\n        committed\n        headroom\n      }\n    }\n  }\n": typeof types.DistrictCountsDocument,
    "\n  fragment OfflinePersonFields on Participant {\n    id\n    version\n    fullName\n    gender\n    birthYear\n    ethnicGroupCode\n    category\n    position\n    communeId\n    villageId\n    phone\n    idNumber\n  }\n": typeof types.OfflinePersonFieldsFragmentDoc,
    "\n  query OfflineActivity($id: Int!) {\n    activity(id: $id) {\n      id\n      version\n      title\n      startDate\n      endDate\n      districtId\n      attendances {\n        participantId\n        attended\n        completed\n      }\n    }\n  }\n": typeof types.OfflineActivityDocument,
    "\n  query OfflineActivityChoices($districtId: Int!) {\n    activities(first: 100, filter: { districtId: $districtId }) {\n      edges {\n        node {\n          id\n          title\n          startDate\n          status\n        }\n      }\n    }\n  }\n": typeof types.OfflineActivityChoicesDocument,
    "\n  query OfflinePeople($communeId: Int!, $after: String) {\n    participants(first: 200, after: $after, filter: { communeId: $communeId }) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...OfflinePersonFields\n        }\n      }\n    }\n  }\n": typeof types.OfflinePeopleDocument,
    "\n  query OfflinePerson($id: Int!) {\n    participant(id: $id) {\n      ...OfflinePersonFields\n    }\n  }\n": typeof types.OfflinePersonDocument,
    "\n  fragment ParticipantFields on Participant {\n    id\n    fullName\n    gender\n    birthYear\n    category\n    position\n    phone\n    idNumber\n    ethnicGroupCode\n    isEthnicMinority\n    version\n    communeId\n    villageId\n    commune {\n      id\n      name\n    }\n    village {\n      id\n      name\n    }\n    ethnicGroup {\n      code\n      name\n    }\n    districtId\n    district {\n      id\n      name\n    }\n  }\n": typeof types.ParticipantFieldsFragmentDoc,
    "\n  query Participants($first: Int!, $after: String, $filter: ParticipantFilter) {\n    participants(first: $first, after: $after, filter: $filter) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...ParticipantFields\n        }\n      }\n    }\n  }\n": typeof types.ParticipantsDocument,
    "\n  query Participant($id: Int!) {\n    participant(id: $id) {\n      ...ParticipantFields\n      attendances {\n        id\n        attended\n        completed\n        activity {\n          id\n          title\n          kind\n          startDate\n        }\n      }\n    }\n  }\n": typeof types.ParticipantDocument,
    "\n  mutation CreateParticipant($input: ParticipantInput!) {\n    createParticipant(input: $input) {\n      ...ParticipantFields\n    }\n  }\n": typeof types.CreateParticipantDocument,
    "\n  mutation UpdateParticipant($id: Int!, $version: Int!, $input: ParticipantInput!) {\n    updateParticipant(id: $id, version: $version, input: $input) {\n      ...ParticipantFields\n    }\n  }\n": typeof types.UpdateParticipantDocument,
    "\n  fragment BoardRow on MonitoringBoard {\n    id\n    establishedOn\n    decisionRef\n    version\n    communeId\n    commune {\n      id\n      name\n    }\n    members {\n      id\n      role\n      participantId\n      participant {\n        id\n        fullName\n      }\n    }\n  }\n": typeof types.BoardRowFragmentDoc,
    "\n  query Boards($first: Int!, $after: String, $filter: MonitoringBoardFilter) {\n    monitoringBoards(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...BoardRow\n        }\n      }\n    }\n  }\n": typeof types.BoardsDocument,
    "\n  mutation CreateBoard($input: CreateMonitoringBoardInput!) {\n    createMonitoringBoard(input: $input) {\n      ...BoardRow\n    }\n  }\n": typeof types.CreateBoardDocument,
    "\n  mutation SetBoardMembers($boardId: Int!, $version: Int!, $members: [BoardMemberInput!]!) {\n    setBoardMembers(boardId: $boardId, version: $version, members: $members) {\n      ...BoardRow\n    }\n  }\n": typeof types.SetBoardMembersDocument,
    "\n  fragment YearStatusFields on YearStatus {\n    id\n    districtId\n    fiscalYear\n    status\n    locked\n    note\n    reason\n    submittedAt\n    submittedBy\n    approvedAt\n    approvedBy\n    decidedAt\n    decidedBy\n  }\n": typeof types.YearStatusFieldsFragmentDoc,
    "\n  query YearStatus($fiscalYear: Int!, $districtId: Int) {\n    yearStatus(fiscalYear: $fiscalYear, districtId: $districtId) {\n      ...YearStatusFields\n    }\n  }\n": typeof types.YearStatusDocument,
    "\n  query DistrictYearStatuses($fiscalYear: Int!) {\n    provinceReport(fiscalYear: $fiscalYear) {\n      districts {\n        district {\n          id\n          name\n        }\n        yearStatus {\n          ...YearStatusFields\n        }\n      }\n    }\n  }\n": typeof types.DistrictYearStatusesDocument,
    "\n  mutation SubmitYear($fiscalYear: Int!, $note: String) {\n    submitYear(fiscalYear: $fiscalYear, note: $note) {\n      ...YearStatusFields\n    }\n  }\n": typeof types.SubmitYearDocument,
    "\n  mutation ApproveYear($districtId: Int!, $fiscalYear: Int!) {\n    approveYear(districtId: $districtId, fiscalYear: $fiscalYear) {\n      ...YearStatusFields\n    }\n  }\n": typeof types.ApproveYearDocument,
    "\n  mutation ReturnYear($districtId: Int!, $fiscalYear: Int!, $reason: String!) {\n    returnYear(districtId: $districtId, fiscalYear: $fiscalYear, reason: $reason) {\n      ...YearStatusFields\n    }\n  }\n": typeof types.ReturnYearDocument,
    "\n  mutation ReopenYear($districtId: Int!, $fiscalYear: Int!, $reason: String!) {\n    reopenYear(districtId: $districtId, fiscalYear: $fiscalYear, reason: $reason) {\n      ...YearStatusFields\n    }\n  }\n": typeof types.ReopenYearDocument,
    "\n  query ProvinceYearStatus($fiscalYear: Int!) {\n    provinceYearStatus(fiscalYear: $fiscalYear) {\n      fiscalYear\n      closed\n      closedAt\n      closedBy\n    }\n  }\n": typeof types.ProvinceYearStatusDocument,
    "\n  mutation CloseProvinceYear($fiscalYear: Int!) {\n    closeProvinceYear(fiscalYear: $fiscalYear) {\n      fiscalYear\n      closed\n      closedAt\n      closedBy\n    }\n  }\n": typeof types.CloseProvinceYearDocument,
    "\n  query ActiveYears {\n    activeYears\n  }\n": typeof types.ActiveYearsDocument,
    "\n  query EthnicGroups {\n    ethnicGroups {\n      code\n      name\n      nameAlt\n    }\n  }\n": typeof types.EthnicGroupsDocument,
    "\n  query ProvinceReport($fiscalYear: Int!) {\n    provinceReport(fiscalYear: $fiscalYear) {\n      fiscalYear\n      generatedAt\n      budget {\n        funded\n        central\n        allocated\n        committed\n        spent\n        exchangeCap {\n          percent\n          cap\n          committed\n          headroom\n          shareOfCentral\n        }\n      }\n      districts {\n        ...ReportRowFields\n      }\n      total {\n        ...ReportRowFields\n      }\n    }\n  }\n  fragment ReportRowFields on ReportRow {\n    district {\n      id\n      name\n      code\n    }\n    communes\n    especiallyDifficultCommunes\n    villages\n    especiallyDifficultVillages\n    monitoringBoards\n    participantsRegistered\n    peopleTrained\n    personTimes\n    womenTrained\n    ethnicMinorityTrained\n    womenShare\n    ethnicMinorityShare\n    coverage\n    trainedByCategory {\n      category\n      people\n    }\n    activitiesByKind {\n      kind\n      activitiesOrganised\n    }\n    peopleCompleted\n    activitiesOrganised\n    allocation\n    committed\n    spent\n    approved\n    liveFigures {\n      peopleTrained\n    }\n    yearStatus {\n      ...YearStatusFields\n    }\n  }\n": typeof types.ProvinceReportDocument,
    "\n  query Me {\n    me {\n      id\n      name\n      displayName\n      kind\n      role\n      canWrite\n      district {\n        id\n        name\n        code\n      }\n      province {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      expiresAt\n      me {\n        id\n        name\n        role\n        canWrite\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query ImportActivities($filter: ActivityFilter) {\n    activities(first: 50, filter: $filter) {\n      edges {\n        node {\n          id\n          title\n          startDate\n          districtId\n        }\n      }\n    }\n  }\n": typeof types.ImportActivitiesDocument,
    "\n  fragment UserRow on User {\n    id\n    version\n    username\n    displayName\n    role\n    districtId\n    district {\n      id\n      code\n      name\n    }\n    disabledAt\n    demo\n    createdAt\n    personalData\n  }\n": typeof types.UserRowFragmentDoc,
    "\n  query Users($first: Int!, $after: String) {\n    users(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...UserRow\n        }\n      }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRow\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUser($id: Int!, $version: Int!, $input: UpdateUserInput!) {\n    updateUser(id: $id, version: $version, input: $input) {\n      ...UserRow\n    }\n  }\n": typeof types.UpdateUserDocument,
    "\n  mutation ResetUserPassword($id: Int!, $version: Int!, $input: ResetPasswordInput!) {\n    resetUserPassword(id: $id, version: $version, input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.ResetUserPasswordDocument,
    "\n  mutation SetUserPersonalData($id: Int!, $granted: Boolean!) {\n    setUserPersonalData(id: $id, granted: $granted) {\n      id\n      version\n      personalData\n    }\n  }\n": typeof types.SetUserPersonalDataDocument,
};
const documents: Documents = {
    "\n  fragment ActivityRow on Activity {\n    id\n    title\n    kind\n    scope\n    status\n    startDate\n    endDate\n    location\n    topic\n    fiscalYear\n    plannedCost\n    actualCost\n    committedCost\n    version\n    districtId\n    providerId\n    district {\n      id\n      name\n    }\n    attendances {\n      id\n      participantId\n      attended\n      completed\n      participant {\n        id\n        fullName\n      }\n    }\n  }\n": types.ActivityRowFragmentDoc,
    "\n  query Activities($first: Int!, $after: String, $filter: ActivityFilter) {\n    activities(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...ActivityRow\n        }\n      }\n    }\n  }\n": types.ActivitiesDocument,
    "\n  mutation CreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      ...ActivityRow\n    }\n  }\n": types.CreateActivityDocument,
    "\n  mutation UpdateActivity($id: Int!, $version: Int!, $input: ActivityInput!) {\n    updateActivity(id: $id, version: $version, input: $input) {\n      ...ActivityRow\n    }\n  }\n": types.UpdateActivityDocument,
    "\n  mutation DeleteActivity($id: Int!, $version: Int!) {\n    deleteActivity(id: $id, version: $version)\n  }\n": types.DeleteActivityDocument,
    "\n  mutation SetAttendance($activityId: Int!, $activityVersion: Int!, $entries: [AttendanceEntryInput!]!) {\n    setAttendance(activityId: $activityId, activityVersion: $activityVersion, entries: $entries) {\n      ...ActivityRow\n    }\n  }\n": types.SetAttendanceDocument,
    "\n  query Providers {\n    providers {\n      id\n      name\n      kind\n    }\n  }\n": types.ProvidersDocument,
    "\n  query ApiKeys {\n    apiKeys {\n      id\n      name\n      prefix\n      districtId\n      district {\n        id\n        name\n      }\n      createdAt\n      lastUsedAt\n      revokedAt\n      personalData\n    }\n  }\n": types.ApiKeysDocument,
    "\n  mutation CreateApiKey($input: ApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n        prefix\n      }\n    }\n  }\n": types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: Int!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.RevokeApiKeyDocument,
    "\n  mutation SetApiKeyPersonalData($id: Int!, $granted: Boolean!) {\n    setApiKeyPersonalData(id: $id, granted: $granted) {\n      id\n      personalData\n    }\n  }\n": types.SetApiKeyPersonalDataDocument,
    "\n  query AuditLog($first: Int!, $after: String, $filter: AuditFilter) {\n    auditLog(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          at\n          action\n          entity\n          entityId\n          actorLabel\n          districtId\n          importId\n          changes {\n            field\n            before\n            after\n          }\n          importSummary {\n            kind\n            fileName\n            rows\n            created\n            updated\n            skipped\n          }\n        }\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  query Districts {\n    districts {\n      id\n      code\n      name\n    }\n  }\n": types.DistrictsDocument,
    "\n  query CommuneOptions($districtId: Int!) {\n    communes(districtId: $districtId) {\n      id\n      name\n      villages {\n        id\n        name\n      }\n    }\n  }\n": types.CommuneOptionsDocument,
    "\n  query CommunePage($first: Int!, $after: String, $filter: CommuneFilter) {\n    communePage(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          code\n          name\n          type\n          p135Status\n          version\n          district {\n            id\n            name\n          }\n          board {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.CommunePageDocument,
    "\n  mutation UpdateCommune($id: Int!, $version: Int!, $input: UpdateCommuneInput!) {\n    updateCommune(id: $id, version: $version, input: $input) {\n      id\n      p135Status\n      version\n    }\n  }\n": types.UpdateCommuneDocument,
    "\n  fragment VillageRow on Village {\n    id\n    name\n    households\n    poorHouseholds\n    especiallyDifficult\n    version\n    communeId\n    commune {\n      id\n      name\n    }\n  }\n": types.VillageRowFragmentDoc,
    "\n  query Villages($first: Int!, $after: String, $filter: VillageFilter) {\n    villages(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...VillageRow\n        }\n      }\n    }\n  }\n": types.VillagesDocument,
    "\n  mutation CreateVillage($input: CreateVillageInput!) {\n    createVillage(input: $input) {\n      ...VillageRow\n    }\n  }\n": types.CreateVillageDocument,
    "\n  mutation UpdateVillage($id: Int!, $version: Int!, $input: UpdateVillageInput!) {\n    updateVillage(id: $id, version: $version, input: $input) {\n      ...VillageRow\n    }\n  }\n": types.UpdateVillageDocument,
    "\n  mutation DeleteVillage($id: Int!, $version: Int!) {\n    deleteVillage(id: $id, version: $version)\n  }\n": types.DeleteVillageDocument,
    "\n  query Budget($fiscalYear: Int!) {\n    budget(fiscalYear: $fiscalYear) {\n      fiscalYear\n      funded\n      central\n      allocated\n      committed\n      spent\n      fundingVersion\n      exchangeCap {\n        percent\n        cap\n        committed\n        headroom\n        shareOfCentral\n      }\n      districts {\n        district {\n          id\n          name\n          code\n        }\n        allocation\n        committed\n        spent\n        headroom\n      }\n    }\n  }\n": types.BudgetDocument,
    "\n  query Fundings {\n    fundings {\n      id\n      fiscalYear\n      centralAmount\n      exchangeCapPercent\n      decisionRef\n      version\n    }\n  }\n": types.FundingsDocument,
    "\n  mutation SetFunding($input: FundingInput!) {\n    setFunding(input: $input) {\n      id\n      fiscalYear\n      centralAmount\n      exchangeCapPercent\n      decisionRef\n      version\n    }\n  }\n": types.SetFundingDocument,
    "\n  mutation SetAllocations($input: AllocationsInput!) {\n    setDistrictAllocations(input: $input) {\n      id\n      districtId\n      amount\n    }\n  }\n": types.SetAllocationsDocument,
    "\n  query DistrictCounts($fiscalYear: Int!) {\n    communePage(first: 1) {\n      totalCount\n    }\n    villages(first: 1) {\n      totalCount\n    }\n    monitoringBoards(first: 1) {\n      totalCount\n    }\n    participants(first: 1) {\n      totalCount\n    }\n    activities(first: 1, filter: { fiscalYear: $fiscalYear }) {\n      totalCount\n    }\n    trainings: activities(first: 1, filter: { fiscalYear: $fiscalYear, kind: TRAINING }) {\n      totalCount\n    }\n    provinceReport(fiscalYear: $fiscalYear) {\n      total {\n        peopleTrained\n        personTimes\n        womenShare\n        ethnicMinorityShare\n        womenTrained\n        ethnicMinorityTrained\n        peopleCompleted\n        activitiesOrganised\n        communes\n        villages\n        participantsRegistered\n        allocation\n        committed\n        spent\n      }\n    }\n    yearStatus(fiscalYear: $fiscalYear) {\n      ...YearStatusFields\n    }\n    budget(fiscalYear: $fiscalYear) {\n      funded\n      districts {\n        district {\n          id\n          name\n        }\n        allocation\n        committed\n        spent\n        headroom\n      }\n      exchangeCap {\n        cap\n        committed\n        headroom\n      }\n    }\n  }\n": types.DistrictCountsDocument,
    "\n  fragment OfflinePersonFields on Participant {\n    id\n    version\n    fullName\n    gender\n    birthYear\n    ethnicGroupCode\n    category\n    position\n    communeId\n    villageId\n    phone\n    idNumber\n  }\n": types.OfflinePersonFieldsFragmentDoc,
    "\n  query OfflineActivity($id: Int!) {\n    activity(id: $id) {\n      id\n      version\n      title\n      startDate\n      endDate\n      districtId\n      attendances {\n        participantId\n        attended\n        completed\n      }\n    }\n  }\n": types.OfflineActivityDocument,
    "\n  query OfflineActivityChoices($districtId: Int!) {\n    activities(first: 100, filter: { districtId: $districtId }) {\n      edges {\n        node {\n          id\n          title\n          startDate\n          status\n        }\n      }\n    }\n  }\n": types.OfflineActivityChoicesDocument,
    "\n  query OfflinePeople($communeId: Int!, $after: String) {\n    participants(first: 200, after: $after, filter: { communeId: $communeId }) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...OfflinePersonFields\n        }\n      }\n    }\n  }\n": types.OfflinePeopleDocument,
    "\n  query OfflinePerson($id: Int!) {\n    participant(id: $id) {\n      ...OfflinePersonFields\n    }\n  }\n": types.OfflinePersonDocument,
    "\n  fragment ParticipantFields on Participant {\n    id\n    fullName\n    gender\n    birthYear\n    category\n    position\n    phone\n    idNumber\n    ethnicGroupCode\n    isEthnicMinority\n    version\n    communeId\n    villageId\n    commune {\n      id\n      name\n    }\n    village {\n      id\n      name\n    }\n    ethnicGroup {\n      code\n      name\n    }\n    districtId\n    district {\n      id\n      name\n    }\n  }\n": types.ParticipantFieldsFragmentDoc,
    "\n  query Participants($first: Int!, $after: String, $filter: ParticipantFilter) {\n    participants(first: $first, after: $after, filter: $filter) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...ParticipantFields\n        }\n      }\n    }\n  }\n": types.ParticipantsDocument,
    "\n  query Participant($id: Int!) {\n    participant(id: $id) {\n      ...ParticipantFields\n      attendances {\n        id\n        attended\n        completed\n        activity {\n          id\n          title\n          kind\n          startDate\n        }\n      }\n    }\n  }\n": types.ParticipantDocument,
    "\n  mutation CreateParticipant($input: ParticipantInput!) {\n    createParticipant(input: $input) {\n      ...ParticipantFields\n    }\n  }\n": types.CreateParticipantDocument,
    "\n  mutation UpdateParticipant($id: Int!, $version: Int!, $input: ParticipantInput!) {\n    updateParticipant(id: $id, version: $version, input: $input) {\n      ...ParticipantFields\n    }\n  }\n": types.UpdateParticipantDocument,
    "\n  fragment BoardRow on MonitoringBoard {\n    id\n    establishedOn\n    decisionRef\n    version\n    communeId\n    commune {\n      id\n      name\n    }\n    members {\n      id\n      role\n      participantId\n      participant {\n        id\n        fullName\n      }\n    }\n  }\n": types.BoardRowFragmentDoc,
    "\n  query Boards($first: Int!, $after: String, $filter: MonitoringBoardFilter) {\n    monitoringBoards(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...BoardRow\n        }\n      }\n    }\n  }\n": types.BoardsDocument,
    "\n  mutation CreateBoard($input: CreateMonitoringBoardInput!) {\n    createMonitoringBoard(input: $input) {\n      ...BoardRow\n    }\n  }\n": types.CreateBoardDocument,
    "\n  mutation SetBoardMembers($boardId: Int!, $version: Int!, $members: [BoardMemberInput!]!) {\n    setBoardMembers(boardId: $boardId, version: $version, members: $members) {\n      ...BoardRow\n    }\n  }\n": types.SetBoardMembersDocument,
    "\n  fragment YearStatusFields on YearStatus {\n    id\n    districtId\n    fiscalYear\n    status\n    locked\n    note\n    reason\n    submittedAt\n    submittedBy\n    approvedAt\n    approvedBy\n    decidedAt\n    decidedBy\n  }\n": types.YearStatusFieldsFragmentDoc,
    "\n  query YearStatus($fiscalYear: Int!, $districtId: Int) {\n    yearStatus(fiscalYear: $fiscalYear, districtId: $districtId) {\n      ...YearStatusFields\n    }\n  }\n": types.YearStatusDocument,
    "\n  query DistrictYearStatuses($fiscalYear: Int!) {\n    provinceReport(fiscalYear: $fiscalYear) {\n      districts {\n        district {\n          id\n          name\n        }\n        yearStatus {\n          ...YearStatusFields\n        }\n      }\n    }\n  }\n": types.DistrictYearStatusesDocument,
    "\n  mutation SubmitYear($fiscalYear: Int!, $note: String) {\n    submitYear(fiscalYear: $fiscalYear, note: $note) {\n      ...YearStatusFields\n    }\n  }\n": types.SubmitYearDocument,
    "\n  mutation ApproveYear($districtId: Int!, $fiscalYear: Int!) {\n    approveYear(districtId: $districtId, fiscalYear: $fiscalYear) {\n      ...YearStatusFields\n    }\n  }\n": types.ApproveYearDocument,
    "\n  mutation ReturnYear($districtId: Int!, $fiscalYear: Int!, $reason: String!) {\n    returnYear(districtId: $districtId, fiscalYear: $fiscalYear, reason: $reason) {\n      ...YearStatusFields\n    }\n  }\n": types.ReturnYearDocument,
    "\n  mutation ReopenYear($districtId: Int!, $fiscalYear: Int!, $reason: String!) {\n    reopenYear(districtId: $districtId, fiscalYear: $fiscalYear, reason: $reason) {\n      ...YearStatusFields\n    }\n  }\n": types.ReopenYearDocument,
    "\n  query ProvinceYearStatus($fiscalYear: Int!) {\n    provinceYearStatus(fiscalYear: $fiscalYear) {\n      fiscalYear\n      closed\n      closedAt\n      closedBy\n    }\n  }\n": types.ProvinceYearStatusDocument,
    "\n  mutation CloseProvinceYear($fiscalYear: Int!) {\n    closeProvinceYear(fiscalYear: $fiscalYear) {\n      fiscalYear\n      closed\n      closedAt\n      closedBy\n    }\n  }\n": types.CloseProvinceYearDocument,
    "\n  query ActiveYears {\n    activeYears\n  }\n": types.ActiveYearsDocument,
    "\n  query EthnicGroups {\n    ethnicGroups {\n      code\n      name\n      nameAlt\n    }\n  }\n": types.EthnicGroupsDocument,
    "\n  query ProvinceReport($fiscalYear: Int!) {\n    provinceReport(fiscalYear: $fiscalYear) {\n      fiscalYear\n      generatedAt\n      budget {\n        funded\n        central\n        allocated\n        committed\n        spent\n        exchangeCap {\n          percent\n          cap\n          committed\n          headroom\n          shareOfCentral\n        }\n      }\n      districts {\n        ...ReportRowFields\n      }\n      total {\n        ...ReportRowFields\n      }\n    }\n  }\n  fragment ReportRowFields on ReportRow {\n    district {\n      id\n      name\n      code\n    }\n    communes\n    especiallyDifficultCommunes\n    villages\n    especiallyDifficultVillages\n    monitoringBoards\n    participantsRegistered\n    peopleTrained\n    personTimes\n    womenTrained\n    ethnicMinorityTrained\n    womenShare\n    ethnicMinorityShare\n    coverage\n    trainedByCategory {\n      category\n      people\n    }\n    activitiesByKind {\n      kind\n      activitiesOrganised\n    }\n    peopleCompleted\n    activitiesOrganised\n    allocation\n    committed\n    spent\n    approved\n    liveFigures {\n      peopleTrained\n    }\n    yearStatus {\n      ...YearStatusFields\n    }\n  }\n": types.ProvinceReportDocument,
    "\n  query Me {\n    me {\n      id\n      name\n      displayName\n      kind\n      role\n      canWrite\n      district {\n        id\n        name\n        code\n      }\n      province {\n        id\n        name\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      expiresAt\n      me {\n        id\n        name\n        role\n        canWrite\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query ImportActivities($filter: ActivityFilter) {\n    activities(first: 50, filter: $filter) {\n      edges {\n        node {\n          id\n          title\n          startDate\n          districtId\n        }\n      }\n    }\n  }\n": types.ImportActivitiesDocument,
    "\n  fragment UserRow on User {\n    id\n    version\n    username\n    displayName\n    role\n    districtId\n    district {\n      id\n      code\n      name\n    }\n    disabledAt\n    demo\n    createdAt\n    personalData\n  }\n": types.UserRowFragmentDoc,
    "\n  query Users($first: Int!, $after: String) {\n    users(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...UserRow\n        }\n      }\n    }\n  }\n": types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRow\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation UpdateUser($id: Int!, $version: Int!, $input: UpdateUserInput!) {\n    updateUser(id: $id, version: $version, input: $input) {\n      ...UserRow\n    }\n  }\n": types.UpdateUserDocument,
    "\n  mutation ResetUserPassword($id: Int!, $version: Int!, $input: ResetPasswordInput!) {\n    resetUserPassword(id: $id, version: $version, input: $input) {\n      id\n      version\n    }\n  }\n": types.ResetUserPasswordDocument,
    "\n  mutation SetUserPersonalData($id: Int!, $granted: Boolean!) {\n    setUserPersonalData(id: $id, granted: $granted) {\n      id\n      version\n      personalData\n    }\n  }\n": types.SetUserPersonalDataDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActivityRow on Activity {\n    id\n    title\n    kind\n    scope\n    status\n    startDate\n    endDate\n    location\n    topic\n    fiscalYear\n    plannedCost\n    actualCost\n    committedCost\n    version\n    districtId\n    providerId\n    district {\n      id\n      name\n    }\n    attendances {\n      id\n      participantId\n      attended\n      completed\n      participant {\n        id\n        fullName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ActivityRow on Activity {\n    id\n    title\n    kind\n    scope\n    status\n    startDate\n    endDate\n    location\n    topic\n    fiscalYear\n    plannedCost\n    actualCost\n    committedCost\n    version\n    districtId\n    providerId\n    district {\n      id\n      name\n    }\n    attendances {\n      id\n      participantId\n      attended\n      completed\n      participant {\n        id\n        fullName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Activities($first: Int!, $after: String, $filter: ActivityFilter) {\n    activities(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...ActivityRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Activities($first: Int!, $after: String, $filter: ActivityFilter) {\n    activities(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...ActivityRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      ...ActivityRow\n    }\n  }\n"): (typeof documents)["\n  mutation CreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      ...ActivityRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateActivity($id: Int!, $version: Int!, $input: ActivityInput!) {\n    updateActivity(id: $id, version: $version, input: $input) {\n      ...ActivityRow\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateActivity($id: Int!, $version: Int!, $input: ActivityInput!) {\n    updateActivity(id: $id, version: $version, input: $input) {\n      ...ActivityRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteActivity($id: Int!, $version: Int!) {\n    deleteActivity(id: $id, version: $version)\n  }\n"): (typeof documents)["\n  mutation DeleteActivity($id: Int!, $version: Int!) {\n    deleteActivity(id: $id, version: $version)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAttendance($activityId: Int!, $activityVersion: Int!, $entries: [AttendanceEntryInput!]!) {\n    setAttendance(activityId: $activityId, activityVersion: $activityVersion, entries: $entries) {\n      ...ActivityRow\n    }\n  }\n"): (typeof documents)["\n  mutation SetAttendance($activityId: Int!, $activityVersion: Int!, $entries: [AttendanceEntryInput!]!) {\n    setAttendance(activityId: $activityId, activityVersion: $activityVersion, entries: $entries) {\n      ...ActivityRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Providers {\n    providers {\n      id\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  query Providers {\n    providers {\n      id\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeys {\n    apiKeys {\n      id\n      name\n      prefix\n      districtId\n      district {\n        id\n        name\n      }\n      createdAt\n      lastUsedAt\n      revokedAt\n      personalData\n    }\n  }\n"): (typeof documents)["\n  query ApiKeys {\n    apiKeys {\n      id\n      name\n      prefix\n      districtId\n      district {\n        id\n        name\n      }\n      createdAt\n      lastUsedAt\n      revokedAt\n      personalData\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiKey($input: ApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n        prefix\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiKey($input: ApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n        prefix\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKey($id: Int!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiKey($id: Int!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetApiKeyPersonalData($id: Int!, $granted: Boolean!) {\n    setApiKeyPersonalData(id: $id, granted: $granted) {\n      id\n      personalData\n    }\n  }\n"): (typeof documents)["\n  mutation SetApiKeyPersonalData($id: Int!, $granted: Boolean!) {\n    setApiKeyPersonalData(id: $id, granted: $granted) {\n      id\n      personalData\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($first: Int!, $after: String, $filter: AuditFilter) {\n    auditLog(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          at\n          action\n          entity\n          entityId\n          actorLabel\n          districtId\n          importId\n          changes {\n            field\n            before\n            after\n          }\n          importSummary {\n            kind\n            fileName\n            rows\n            created\n            updated\n            skipped\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($first: Int!, $after: String, $filter: AuditFilter) {\n    auditLog(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          at\n          action\n          entity\n          entityId\n          actorLabel\n          districtId\n          importId\n          changes {\n            field\n            before\n            after\n          }\n          importSummary {\n            kind\n            fileName\n            rows\n            created\n            updated\n            skipped\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Districts {\n    districts {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query Districts {\n    districts {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommuneOptions($districtId: Int!) {\n    communes(districtId: $districtId) {\n      id\n      name\n      villages {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommuneOptions($districtId: Int!) {\n    communes(districtId: $districtId) {\n      id\n      name\n      villages {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunePage($first: Int!, $after: String, $filter: CommuneFilter) {\n    communePage(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          code\n          name\n          type\n          p135Status\n          version\n          district {\n            id\n            name\n          }\n          board {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommunePage($first: Int!, $after: String, $filter: CommuneFilter) {\n    communePage(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          code\n          name\n          type\n          p135Status\n          version\n          district {\n            id\n            name\n          }\n          board {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCommune($id: Int!, $version: Int!, $input: UpdateCommuneInput!) {\n    updateCommune(id: $id, version: $version, input: $input) {\n      id\n      p135Status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCommune($id: Int!, $version: Int!, $input: UpdateCommuneInput!) {\n    updateCommune(id: $id, version: $version, input: $input) {\n      id\n      p135Status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VillageRow on Village {\n    id\n    name\n    households\n    poorHouseholds\n    especiallyDifficult\n    version\n    communeId\n    commune {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment VillageRow on Village {\n    id\n    name\n    households\n    poorHouseholds\n    especiallyDifficult\n    version\n    communeId\n    commune {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Villages($first: Int!, $after: String, $filter: VillageFilter) {\n    villages(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...VillageRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Villages($first: Int!, $after: String, $filter: VillageFilter) {\n    villages(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...VillageRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateVillage($input: CreateVillageInput!) {\n    createVillage(input: $input) {\n      ...VillageRow\n    }\n  }\n"): (typeof documents)["\n  mutation CreateVillage($input: CreateVillageInput!) {\n    createVillage(input: $input) {\n      ...VillageRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateVillage($id: Int!, $version: Int!, $input: UpdateVillageInput!) {\n    updateVillage(id: $id, version: $version, input: $input) {\n      ...VillageRow\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateVillage($id: Int!, $version: Int!, $input: UpdateVillageInput!) {\n    updateVillage(id: $id, version: $version, input: $input) {\n      ...VillageRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteVillage($id: Int!, $version: Int!) {\n    deleteVillage(id: $id, version: $version)\n  }\n"): (typeof documents)["\n  mutation DeleteVillage($id: Int!, $version: Int!) {\n    deleteVillage(id: $id, version: $version)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Budget($fiscalYear: Int!) {\n    budget(fiscalYear: $fiscalYear) {\n      fiscalYear\n      funded\n      central\n      allocated\n      committed\n      spent\n      fundingVersion\n      exchangeCap {\n        percent\n        cap\n        committed\n        headroom\n        shareOfCentral\n      }\n      districts {\n        district {\n          id\n          name\n          code\n        }\n        allocation\n        committed\n        spent\n        headroom\n      }\n    }\n  }\n"): (typeof documents)["\n  query Budget($fiscalYear: Int!) {\n    budget(fiscalYear: $fiscalYear) {\n      fiscalYear\n      funded\n      central\n      allocated\n      committed\n      spent\n      fundingVersion\n      exchangeCap {\n        percent\n        cap\n        committed\n        headroom\n        shareOfCentral\n      }\n      districts {\n        district {\n          id\n          name\n          code\n        }\n        allocation\n        committed\n        spent\n        headroom\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Fundings {\n    fundings {\n      id\n      fiscalYear\n      centralAmount\n      exchangeCapPercent\n      decisionRef\n      version\n    }\n  }\n"): (typeof documents)["\n  query Fundings {\n    fundings {\n      id\n      fiscalYear\n      centralAmount\n      exchangeCapPercent\n      decisionRef\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetFunding($input: FundingInput!) {\n    setFunding(input: $input) {\n      id\n      fiscalYear\n      centralAmount\n      exchangeCapPercent\n      decisionRef\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation SetFunding($input: FundingInput!) {\n    setFunding(input: $input) {\n      id\n      fiscalYear\n      centralAmount\n      exchangeCapPercent\n      decisionRef\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAllocations($input: AllocationsInput!) {\n    setDistrictAllocations(input: $input) {\n      id\n      districtId\n      amount\n    }\n  }\n"): (typeof documents)["\n  mutation SetAllocations($input: AllocationsInput!) {\n    setDistrictAllocations(input: $input) {\n      id\n      districtId\n      amount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DistrictCounts($fiscalYear: Int!) {\n    communePage(first: 1) {\n      totalCount\n    }\n    villages(first: 1) {\n      totalCount\n    }\n    monitoringBoards(first: 1) {\n      totalCount\n    }\n    participants(first: 1) {\n      totalCount\n    }\n    activities(first: 1, filter: { fiscalYear: $fiscalYear }) {\n      totalCount\n    }\n    trainings: activities(first: 1, filter: { fiscalYear: $fiscalYear, kind: TRAINING }) {\n      totalCount\n    }\n    provinceReport(fiscalYear: $fiscalYear) {\n      total {\n        peopleTrained\n        personTimes\n        womenShare\n        ethnicMinorityShare\n        womenTrained\n        ethnicMinorityTrained\n        peopleCompleted\n        activitiesOrganised\n        communes\n        villages\n        participantsRegistered\n        allocation\n        committed\n        spent\n      }\n    }\n    yearStatus(fiscalYear: $fiscalYear) {\n      ...YearStatusFields\n    }\n    budget(fiscalYear: $fiscalYear) {\n      funded\n      districts {\n        district {\n          id\n          name\n        }\n        allocation\n        committed\n        spent\n        headroom\n      }\n      exchangeCap {\n        cap\n        committed\n        headroom\n      }\n    }\n  }\n"): (typeof documents)["\n  query DistrictCounts($fiscalYear: Int!) {\n    communePage(first: 1) {\n      totalCount\n    }\n    villages(first: 1) {\n      totalCount\n    }\n    monitoringBoards(first: 1) {\n      totalCount\n    }\n    participants(first: 1) {\n      totalCount\n    }\n    activities(first: 1, filter: { fiscalYear: $fiscalYear }) {\n      totalCount\n    }\n    trainings: activities(first: 1, filter: { fiscalYear: $fiscalYear, kind: TRAINING }) {\n      totalCount\n    }\n    provinceReport(fiscalYear: $fiscalYear) {\n      total {\n        peopleTrained\n        personTimes\n        womenShare\n        ethnicMinorityShare\n        womenTrained\n        ethnicMinorityTrained\n        peopleCompleted\n        activitiesOrganised\n        communes\n        villages\n        participantsRegistered\n        allocation\n        committed\n        spent\n      }\n    }\n    yearStatus(fiscalYear: $fiscalYear) {\n      ...YearStatusFields\n    }\n    budget(fiscalYear: $fiscalYear) {\n      funded\n      districts {\n        district {\n          id\n          name\n        }\n        allocation\n        committed\n        spent\n        headroom\n      }\n      exchangeCap {\n        cap\n        committed\n        headroom\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OfflinePersonFields on Participant {\n    id\n    version\n    fullName\n    gender\n    birthYear\n    ethnicGroupCode\n    category\n    position\n    communeId\n    villageId\n    phone\n    idNumber\n  }\n"): (typeof documents)["\n  fragment OfflinePersonFields on Participant {\n    id\n    version\n    fullName\n    gender\n    birthYear\n    ethnicGroupCode\n    category\n    position\n    communeId\n    villageId\n    phone\n    idNumber\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfflineActivity($id: Int!) {\n    activity(id: $id) {\n      id\n      version\n      title\n      startDate\n      endDate\n      districtId\n      attendances {\n        participantId\n        attended\n        completed\n      }\n    }\n  }\n"): (typeof documents)["\n  query OfflineActivity($id: Int!) {\n    activity(id: $id) {\n      id\n      version\n      title\n      startDate\n      endDate\n      districtId\n      attendances {\n        participantId\n        attended\n        completed\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfflineActivityChoices($districtId: Int!) {\n    activities(first: 100, filter: { districtId: $districtId }) {\n      edges {\n        node {\n          id\n          title\n          startDate\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OfflineActivityChoices($districtId: Int!) {\n    activities(first: 100, filter: { districtId: $districtId }) {\n      edges {\n        node {\n          id\n          title\n          startDate\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfflinePeople($communeId: Int!, $after: String) {\n    participants(first: 200, after: $after, filter: { communeId: $communeId }) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...OfflinePersonFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OfflinePeople($communeId: Int!, $after: String) {\n    participants(first: 200, after: $after, filter: { communeId: $communeId }) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...OfflinePersonFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfflinePerson($id: Int!) {\n    participant(id: $id) {\n      ...OfflinePersonFields\n    }\n  }\n"): (typeof documents)["\n  query OfflinePerson($id: Int!) {\n    participant(id: $id) {\n      ...OfflinePersonFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ParticipantFields on Participant {\n    id\n    fullName\n    gender\n    birthYear\n    category\n    position\n    phone\n    idNumber\n    ethnicGroupCode\n    isEthnicMinority\n    version\n    communeId\n    villageId\n    commune {\n      id\n      name\n    }\n    village {\n      id\n      name\n    }\n    ethnicGroup {\n      code\n      name\n    }\n    districtId\n    district {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ParticipantFields on Participant {\n    id\n    fullName\n    gender\n    birthYear\n    category\n    position\n    phone\n    idNumber\n    ethnicGroupCode\n    isEthnicMinority\n    version\n    communeId\n    villageId\n    commune {\n      id\n      name\n    }\n    village {\n      id\n      name\n    }\n    ethnicGroup {\n      code\n      name\n    }\n    districtId\n    district {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Participants($first: Int!, $after: String, $filter: ParticipantFilter) {\n    participants(first: $first, after: $after, filter: $filter) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...ParticipantFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Participants($first: Int!, $after: String, $filter: ParticipantFilter) {\n    participants(first: $first, after: $after, filter: $filter) {\n      totalCount\n      totalCountIsExact\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...ParticipantFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Participant($id: Int!) {\n    participant(id: $id) {\n      ...ParticipantFields\n      attendances {\n        id\n        attended\n        completed\n        activity {\n          id\n          title\n          kind\n          startDate\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Participant($id: Int!) {\n    participant(id: $id) {\n      ...ParticipantFields\n      attendances {\n        id\n        attended\n        completed\n        activity {\n          id\n          title\n          kind\n          startDate\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateParticipant($input: ParticipantInput!) {\n    createParticipant(input: $input) {\n      ...ParticipantFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateParticipant($input: ParticipantInput!) {\n    createParticipant(input: $input) {\n      ...ParticipantFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateParticipant($id: Int!, $version: Int!, $input: ParticipantInput!) {\n    updateParticipant(id: $id, version: $version, input: $input) {\n      ...ParticipantFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateParticipant($id: Int!, $version: Int!, $input: ParticipantInput!) {\n    updateParticipant(id: $id, version: $version, input: $input) {\n      ...ParticipantFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BoardRow on MonitoringBoard {\n    id\n    establishedOn\n    decisionRef\n    version\n    communeId\n    commune {\n      id\n      name\n    }\n    members {\n      id\n      role\n      participantId\n      participant {\n        id\n        fullName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment BoardRow on MonitoringBoard {\n    id\n    establishedOn\n    decisionRef\n    version\n    communeId\n    commune {\n      id\n      name\n    }\n    members {\n      id\n      role\n      participantId\n      participant {\n        id\n        fullName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Boards($first: Int!, $after: String, $filter: MonitoringBoardFilter) {\n    monitoringBoards(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...BoardRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Boards($first: Int!, $after: String, $filter: MonitoringBoardFilter) {\n    monitoringBoards(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...BoardRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateBoard($input: CreateMonitoringBoardInput!) {\n    createMonitoringBoard(input: $input) {\n      ...BoardRow\n    }\n  }\n"): (typeof documents)["\n  mutation CreateBoard($input: CreateMonitoringBoardInput!) {\n    createMonitoringBoard(input: $input) {\n      ...BoardRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetBoardMembers($boardId: Int!, $version: Int!, $members: [BoardMemberInput!]!) {\n    setBoardMembers(boardId: $boardId, version: $version, members: $members) {\n      ...BoardRow\n    }\n  }\n"): (typeof documents)["\n  mutation SetBoardMembers($boardId: Int!, $version: Int!, $members: [BoardMemberInput!]!) {\n    setBoardMembers(boardId: $boardId, version: $version, members: $members) {\n      ...BoardRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment YearStatusFields on YearStatus {\n    id\n    districtId\n    fiscalYear\n    status\n    locked\n    note\n    reason\n    submittedAt\n    submittedBy\n    approvedAt\n    approvedBy\n    decidedAt\n    decidedBy\n  }\n"): (typeof documents)["\n  fragment YearStatusFields on YearStatus {\n    id\n    districtId\n    fiscalYear\n    status\n    locked\n    note\n    reason\n    submittedAt\n    submittedBy\n    approvedAt\n    approvedBy\n    decidedAt\n    decidedBy\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query YearStatus($fiscalYear: Int!, $districtId: Int) {\n    yearStatus(fiscalYear: $fiscalYear, districtId: $districtId) {\n      ...YearStatusFields\n    }\n  }\n"): (typeof documents)["\n  query YearStatus($fiscalYear: Int!, $districtId: Int) {\n    yearStatus(fiscalYear: $fiscalYear, districtId: $districtId) {\n      ...YearStatusFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DistrictYearStatuses($fiscalYear: Int!) {\n    provinceReport(fiscalYear: $fiscalYear) {\n      districts {\n        district {\n          id\n          name\n        }\n        yearStatus {\n          ...YearStatusFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DistrictYearStatuses($fiscalYear: Int!) {\n    provinceReport(fiscalYear: $fiscalYear) {\n      districts {\n        district {\n          id\n          name\n        }\n        yearStatus {\n          ...YearStatusFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitYear($fiscalYear: Int!, $note: String) {\n    submitYear(fiscalYear: $fiscalYear, note: $note) {\n      ...YearStatusFields\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitYear($fiscalYear: Int!, $note: String) {\n    submitYear(fiscalYear: $fiscalYear, note: $note) {\n      ...YearStatusFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveYear($districtId: Int!, $fiscalYear: Int!) {\n    approveYear(districtId: $districtId, fiscalYear: $fiscalYear) {\n      ...YearStatusFields\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveYear($districtId: Int!, $fiscalYear: Int!) {\n    approveYear(districtId: $districtId, fiscalYear: $fiscalYear) {\n      ...YearStatusFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnYear($districtId: Int!, $fiscalYear: Int!, $reason: String!) {\n    returnYear(districtId: $districtId, fiscalYear: $fiscalYear, reason: $reason) {\n      ...YearStatusFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReturnYear($districtId: Int!, $fiscalYear: Int!, $reason: String!) {\n    returnYear(districtId: $districtId, fiscalYear: $fiscalYear, reason: $reason) {\n      ...YearStatusFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenYear($districtId: Int!, $fiscalYear: Int!, $reason: String!) {\n    reopenYear(districtId: $districtId, fiscalYear: $fiscalYear, reason: $reason) {\n      ...YearStatusFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReopenYear($districtId: Int!, $fiscalYear: Int!, $reason: String!) {\n    reopenYear(districtId: $districtId, fiscalYear: $fiscalYear, reason: $reason) {\n      ...YearStatusFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProvinceYearStatus($fiscalYear: Int!) {\n    provinceYearStatus(fiscalYear: $fiscalYear) {\n      fiscalYear\n      closed\n      closedAt\n      closedBy\n    }\n  }\n"): (typeof documents)["\n  query ProvinceYearStatus($fiscalYear: Int!) {\n    provinceYearStatus(fiscalYear: $fiscalYear) {\n      fiscalYear\n      closed\n      closedAt\n      closedBy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseProvinceYear($fiscalYear: Int!) {\n    closeProvinceYear(fiscalYear: $fiscalYear) {\n      fiscalYear\n      closed\n      closedAt\n      closedBy\n    }\n  }\n"): (typeof documents)["\n  mutation CloseProvinceYear($fiscalYear: Int!) {\n    closeProvinceYear(fiscalYear: $fiscalYear) {\n      fiscalYear\n      closed\n      closedAt\n      closedBy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActiveYears {\n    activeYears\n  }\n"): (typeof documents)["\n  query ActiveYears {\n    activeYears\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EthnicGroups {\n    ethnicGroups {\n      code\n      name\n      nameAlt\n    }\n  }\n"): (typeof documents)["\n  query EthnicGroups {\n    ethnicGroups {\n      code\n      name\n      nameAlt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProvinceReport($fiscalYear: Int!) {\n    provinceReport(fiscalYear: $fiscalYear) {\n      fiscalYear\n      generatedAt\n      budget {\n        funded\n        central\n        allocated\n        committed\n        spent\n        exchangeCap {\n          percent\n          cap\n          committed\n          headroom\n          shareOfCentral\n        }\n      }\n      districts {\n        ...ReportRowFields\n      }\n      total {\n        ...ReportRowFields\n      }\n    }\n  }\n  fragment ReportRowFields on ReportRow {\n    district {\n      id\n      name\n      code\n    }\n    communes\n    especiallyDifficultCommunes\n    villages\n    especiallyDifficultVillages\n    monitoringBoards\n    participantsRegistered\n    peopleTrained\n    personTimes\n    womenTrained\n    ethnicMinorityTrained\n    womenShare\n    ethnicMinorityShare\n    coverage\n    trainedByCategory {\n      category\n      people\n    }\n    activitiesByKind {\n      kind\n      activitiesOrganised\n    }\n    peopleCompleted\n    activitiesOrganised\n    allocation\n    committed\n    spent\n    approved\n    liveFigures {\n      peopleTrained\n    }\n    yearStatus {\n      ...YearStatusFields\n    }\n  }\n"): (typeof documents)["\n  query ProvinceReport($fiscalYear: Int!) {\n    provinceReport(fiscalYear: $fiscalYear) {\n      fiscalYear\n      generatedAt\n      budget {\n        funded\n        central\n        allocated\n        committed\n        spent\n        exchangeCap {\n          percent\n          cap\n          committed\n          headroom\n          shareOfCentral\n        }\n      }\n      districts {\n        ...ReportRowFields\n      }\n      total {\n        ...ReportRowFields\n      }\n    }\n  }\n  fragment ReportRowFields on ReportRow {\n    district {\n      id\n      name\n      code\n    }\n    communes\n    especiallyDifficultCommunes\n    villages\n    especiallyDifficultVillages\n    monitoringBoards\n    participantsRegistered\n    peopleTrained\n    personTimes\n    womenTrained\n    ethnicMinorityTrained\n    womenShare\n    ethnicMinorityShare\n    coverage\n    trainedByCategory {\n      category\n      people\n    }\n    activitiesByKind {\n      kind\n      activitiesOrganised\n    }\n    peopleCompleted\n    activitiesOrganised\n    allocation\n    committed\n    spent\n    approved\n    liveFigures {\n      peopleTrained\n    }\n    yearStatus {\n      ...YearStatusFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      name\n      displayName\n      kind\n      role\n      canWrite\n      district {\n        id\n        name\n        code\n      }\n      province {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      name\n      displayName\n      kind\n      role\n      canWrite\n      district {\n        id\n        name\n        code\n      }\n      province {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      expiresAt\n      me {\n        id\n        name\n        role\n        canWrite\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      expiresAt\n      me {\n        id\n        name\n        role\n        canWrite\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportActivities($filter: ActivityFilter) {\n    activities(first: 50, filter: $filter) {\n      edges {\n        node {\n          id\n          title\n          startDate\n          districtId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ImportActivities($filter: ActivityFilter) {\n    activities(first: 50, filter: $filter) {\n      edges {\n        node {\n          id\n          title\n          startDate\n          districtId\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserRow on User {\n    id\n    version\n    username\n    displayName\n    role\n    districtId\n    district {\n      id\n      code\n      name\n    }\n    disabledAt\n    demo\n    createdAt\n    personalData\n  }\n"): (typeof documents)["\n  fragment UserRow on User {\n    id\n    version\n    username\n    displayName\n    role\n    districtId\n    district {\n      id\n      code\n      name\n    }\n    disabledAt\n    demo\n    createdAt\n    personalData\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($first: Int!, $after: String) {\n    users(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...UserRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Users($first: Int!, $after: String) {\n    users(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...UserRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRow\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...UserRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($id: Int!, $version: Int!, $input: UpdateUserInput!) {\n    updateUser(id: $id, version: $version, input: $input) {\n      ...UserRow\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUser($id: Int!, $version: Int!, $input: UpdateUserInput!) {\n    updateUser(id: $id, version: $version, input: $input) {\n      ...UserRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetUserPassword($id: Int!, $version: Int!, $input: ResetPasswordInput!) {\n    resetUserPassword(id: $id, version: $version, input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ResetUserPassword($id: Int!, $version: Int!, $input: ResetPasswordInput!) {\n    resetUserPassword(id: $id, version: $version, input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserPersonalData($id: Int!, $granted: Boolean!) {\n    setUserPersonalData(id: $id, granted: $granted) {\n      id\n      version\n      personalData\n    }\n  }\n"): (typeof documents)["\n  mutation SetUserPersonalData($id: Int!, $granted: Boolean!) {\n    setUserPersonalData(id: $id, granted: $granted) {\n      id\n      version\n      personalData\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;