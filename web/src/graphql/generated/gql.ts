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
    "\n  fragment ActivityRow on Activity {\n    id title kind scope status startDate endDate location topic fiscalYear plannedCost actualCost committedCost version\n    districtId providerId district { id name } attendances { id participantId attended completed participant { id fullName } }\n  }\n": typeof types.ActivityRowFragmentDoc,
    "\n  query Activities($first: Int!, $after: String, $filter: ActivityFilter) {\n    activities(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges {\n        node { ...ActivityRow }\n      }\n    }\n  }\n": typeof types.ActivitiesDocument,
    "\n  mutation CreateActivity($input: CreateActivityInput!) { createActivity(input: $input) { ...ActivityRow } }\n": typeof types.CreateActivityDocument,
    "\n  mutation UpdateActivity($id: Int!, $version: Int!, $input: ActivityInput!) {\n    updateActivity(id: $id, version: $version, input: $input) { ...ActivityRow }\n  }\n": typeof types.UpdateActivityDocument,
    "\n  mutation DeleteActivity($id: Int!, $version: Int!) { deleteActivity(id: $id, version: $version) }\n": typeof types.DeleteActivityDocument,
    "\n  mutation SetAttendance($activityId: Int!, $activityVersion: Int!, $entries: [AttendanceEntryInput!]!) {\n    setAttendance(activityId: $activityId, activityVersion: $activityVersion, entries: $entries) {\n      ...ActivityRow\n    }\n  }\n": typeof types.SetAttendanceDocument,
    "\n  query Providers { providers { id name kind } }\n": typeof types.ProvidersDocument,
    "\n  query ApiKeys {\n    apiKeys { id name prefix districtId district { id name } createdAt lastUsedAt revokedAt personalData }\n  }\n": typeof types.ApiKeysDocument,
    "\n  mutation CreateApiKey($input: ApiKeyInput!) {\n    createApiKey(input: $input) { secret apiKey { id name prefix } }\n  }\n": typeof types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: Int!) {\n    revokeApiKey(id: $id) { id revokedAt }\n  }\n": typeof types.RevokeApiKeyDocument,
    "\n  mutation SetApiKeyPersonalData($id: Int!, $granted: Boolean!) {\n    setApiKeyPersonalData(id: $id, granted: $granted) { id personalData }\n  }\n": typeof types.SetApiKeyPersonalDataDocument,
    "\n  query AuditLog($first: Int!, $after: String, $filter: AuditFilter) {\n    auditLog(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges {\n        node {\n          id at action entity entityId actorLabel districtId importId\n          changes { field before after }\n          importSummary { kind fileName rows created updated skipped }\n        }\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query Districts { districts { id code name } }\n": typeof types.DistrictsDocument,
    "\n  query CommuneOptions($districtId: Int!) {\n    communes(districtId: $districtId) { id name villages { id name } }\n  }\n": typeof types.CommuneOptionsDocument,
    "\n  query CommunePage($first: Int!, $after: String, $filter: CommuneFilter) {\n    communePage(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { node { id code name type p135Status version district { id name } board { id } } }\n    }\n  }\n": typeof types.CommunePageDocument,
    "\n  mutation UpdateCommune($id: Int!, $version: Int!, $input: UpdateCommuneInput!) {\n    updateCommune(id: $id, version: $version, input: $input) { id p135Status version }\n  }\n": typeof types.UpdateCommuneDocument,
    "\n  fragment VillageRow on Village { id name households poorHouseholds especiallyDifficult version communeId commune { id name } }\n": typeof types.VillageRowFragmentDoc,
    "\n  query Villages($first: Int!, $after: String, $filter: VillageFilter) {\n    villages(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { node { ...VillageRow } }\n    }\n  }\n": typeof types.VillagesDocument,
    "\n  mutation CreateVillage($input: CreateVillageInput!) { createVillage(input: $input) { ...VillageRow } }\n": typeof types.CreateVillageDocument,
    "\n  mutation UpdateVillage($id: Int!, $version: Int!, $input: UpdateVillageInput!) {\n    updateVillage(id: $id, version: $version, input: $input) { ...VillageRow }\n  }\n": typeof types.UpdateVillageDocument,
    "\n  mutation DeleteVillage($id: Int!, $version: Int!) { deleteVillage(id: $id, version: $version) }\n": typeof types.DeleteVillageDocument,
    "\n  query Budget($fiscalYear: Int!) {\n    budget(fiscalYear: $fiscalYear) {\n      fiscalYear funded central allocated committed spent fundingVersion\n      exchangeCap { percent cap committed headroom shareOfCentral }\n      districts { district { id name code } allocation committed spent headroom }\n    }\n  }\n": typeof types.BudgetDocument,
    "\n  query Fundings { fundings { id fiscalYear centralAmount exchangeCapPercent decisionRef version } }\n": typeof types.FundingsDocument,
    "\n  mutation SetFunding($input: FundingInput!) { setFunding(input: $input) { id fiscalYear centralAmount exchangeCapPercent decisionRef version } }\n": typeof types.SetFundingDocument,
    "\n  mutation SetAllocations($input: AllocationsInput!) { setDistrictAllocations(input: $input) { id districtId amount } }\n": typeof types.SetAllocationsDocument,
    "\n  query DistrictCounts($fiscalYear: Int!) {\n    communePage(first: 1) { totalCount }\n    villages(first: 1) { totalCount }\n    monitoringBoards(first: 1) { totalCount }\n    participants(first: 1) { totalCount }\n    activities(first: 1, filter: { fiscalYear: $fiscalYear }) { totalCount }\n    trainings: activities(first: 1, filter: { fiscalYear: $fiscalYear, kind: TRAINING }) { totalCount }\n    provinceReport(fiscalYear: $fiscalYear) {\n      total {\n        peopleTrained personTimes womenShare ethnicMinorityShare womenTrained ethnicMinorityTrained peopleCompleted activitiesOrganised\n        communes villages participantsRegistered allocation committed spent\n      }\n    }\n    yearStatus(fiscalYear: $fiscalYear) { ...YearStatusFields }\n    budget(fiscalYear: $fiscalYear) {\n      funded\n      districts { district { id name } allocation committed spent headroom }\n      exchangeCap { cap committed headroom }\n    }\n  }\n": typeof types.DistrictCountsDocument,
    "\n  query OfflineActivity($id: Int!) {\n    activity(id: $id) { id version title startDate endDate districtId attendances { participantId attended completed } }\n  }\n": typeof types.OfflineActivityDocument,
    "\n  query OfflineActivityChoices($districtId: Int!) {\n    activities(first: 100, filter: { districtId: $districtId }) { edges { node { id title startDate status } } }\n  }\n": typeof types.OfflineActivityChoicesDocument,
    "\n  query OfflinePeople($communeId: Int!, $after: String) {\n    participants(first: 200, after: $after, filter: { communeId: $communeId }) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { node { id version fullName gender birthYear ethnicGroupCode category position communeId villageId phone idNumber } }\n    }\n  }\n": typeof types.OfflinePeopleDocument,
    "\n  query OfflinePerson($id: Int!) {\n    participant(id: $id) { id version fullName gender birthYear ethnicGroupCode category position communeId villageId phone idNumber }\n  }\n": typeof types.OfflinePersonDocument,
    "\n  fragment ParticipantFields on Participant {\n    id fullName gender birthYear category position phone idNumber ethnicGroupCode isEthnicMinority version\n    communeId villageId commune { id name } village { id name } ethnicGroup { code name }\n    districtId district { id name }\n  }\n": typeof types.ParticipantFieldsFragmentDoc,
    "\n  query Participants($first: Int!, $after: String, $filter: ParticipantFilter) {\n    participants(first: $first, after: $after, filter: $filter) {\n      totalCount totalCountIsExact\n      pageInfo { endCursor hasNextPage }\n      edges {\n        node { ...ParticipantFields }\n      }\n    }\n  }\n": typeof types.ParticipantsDocument,
    "\n  query Participant($id: Int!) {\n    participant(id: $id) {\n      ...ParticipantFields\n      attendances { id attended completed activity { id title kind startDate } }\n    }\n  }\n": typeof types.ParticipantDocument,
    "\n  mutation CreateParticipant($input: ParticipantInput!) { createParticipant(input: $input) { ...ParticipantFields } }\n": typeof types.CreateParticipantDocument,
    "\n  mutation UpdateParticipant($id: Int!, $version: Int!, $input: ParticipantInput!) {\n    updateParticipant(id: $id, version: $version, input: $input) { ...ParticipantFields }\n  }\n": typeof types.UpdateParticipantDocument,
    "\n  fragment BoardRow on MonitoringBoard {\n    id establishedOn decisionRef version communeId commune { id name }\n    members { id role participantId participant { id fullName } }\n  }\n": typeof types.BoardRowFragmentDoc,
    "\n  query Boards($first: Int!, $after: String, $filter: MonitoringBoardFilter) {\n    monitoringBoards(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges {\n        node { ...BoardRow }\n      }\n    }\n  }\n": typeof types.BoardsDocument,
    "\n  mutation CreateBoard($input: CreateMonitoringBoardInput!) { createMonitoringBoard(input: $input) { ...BoardRow } }\n": typeof types.CreateBoardDocument,
    "\n  mutation SetBoardMembers($boardId: Int!, $version: Int!, $members: [BoardMemberInput!]!) {\n    setBoardMembers(boardId: $boardId, version: $version, members: $members) { ...BoardRow }\n  }\n": typeof types.SetBoardMembersDocument,
    "\n  fragment YearStatusFields on YearStatus {\n    id districtId fiscalYear status locked note reason submittedAt submittedBy approvedAt approvedBy decidedAt decidedBy\n  }\n": typeof types.YearStatusFieldsFragmentDoc,
    "\n  query YearStatus($fiscalYear: Int!, $districtId: Int) { yearStatus(fiscalYear: $fiscalYear, districtId: $districtId) { ...YearStatusFields } }\n": typeof types.YearStatusDocument,
    "\n  query DistrictYearStatuses($fiscalYear: Int!) {\n    provinceReport(fiscalYear: $fiscalYear) { districts { district { id name } yearStatus { ...YearStatusFields } } }\n  }\n": typeof types.DistrictYearStatusesDocument,
    "\n  mutation SubmitYear($fiscalYear: Int!, $note: String) { submitYear(fiscalYear: $fiscalYear, note: $note) { ...YearStatusFields } }\n": typeof types.SubmitYearDocument,
    "\n  mutation ApproveYear($districtId: Int!, $fiscalYear: Int!) { approveYear(districtId: $districtId, fiscalYear: $fiscalYear) { ...YearStatusFields } }\n": typeof types.ApproveYearDocument,
    "\n  mutation ReturnYear($districtId: Int!, $fiscalYear: Int!, $reason: String!) {\n    returnYear(districtId: $districtId, fiscalYear: $fiscalYear, reason: $reason) { ...YearStatusFields }\n  }\n": typeof types.ReturnYearDocument,
    "\n  mutation ReopenYear($districtId: Int!, $fiscalYear: Int!, $reason: String!) {\n    reopenYear(districtId: $districtId, fiscalYear: $fiscalYear, reason: $reason) { ...YearStatusFields }\n  }\n": typeof types.ReopenYearDocument,
    "\n  query ProvinceYearStatus($fiscalYear: Int!) { provinceYearStatus(fiscalYear: $fiscalYear) { fiscalYear closed closedAt closedBy } }\n": typeof types.ProvinceYearStatusDocument,
    "\n  mutation CloseProvinceYear($fiscalYear: Int!) { closeProvinceYear(fiscalYear: $fiscalYear) { fiscalYear closed closedAt closedBy } }\n": typeof types.CloseProvinceYearDocument,
    "\n  query ActiveYears { activeYears }\n": typeof types.ActiveYearsDocument,
    "\n  query EthnicGroups {\n    ethnicGroups { code name nameAlt }\n  }\n": typeof types.EthnicGroupsDocument,
    "\n  query ProvinceReport($fiscalYear: Int!) {\n    provinceReport(fiscalYear: $fiscalYear) {\n      fiscalYear\n      generatedAt\n      budget { funded central allocated committed spent exchangeCap { percent cap committed headroom shareOfCentral } }\n      districts { ...ReportRowFields }\n      total { ...ReportRowFields }\n    }\n  }\n  fragment ReportRowFields on ReportRow {\n    district { id name code }\n    communes especiallyDifficultCommunes villages especiallyDifficultVillages monitoringBoards participantsRegistered\n    peopleTrained personTimes womenTrained ethnicMinorityTrained womenShare ethnicMinorityShare coverage\n    trainedByCategory { category people }\n    activitiesByKind { kind activitiesOrganised }\n    peopleCompleted activitiesOrganised\n    allocation committed spent\n    approved liveFigures { peopleTrained }\n    yearStatus { ...YearStatusFields }\n  }\n": typeof types.ProvinceReportDocument,
    "\n  query Me {\n    me { id name displayName kind role canWrite district { id name code } province { id name } }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) { expiresAt me { id name role canWrite } }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout { logout }\n": typeof types.LogoutDocument,
    "\n  query ImportActivities($filter: ActivityFilter) {\n    activities(first: 50, filter: $filter) { edges { node { id title startDate districtId } } }\n  }\n": typeof types.ImportActivitiesDocument,
    "\n  fragment UserRow on User { id version username displayName role districtId district { id code name } disabledAt demo createdAt personalData }\n": typeof types.UserRowFragmentDoc,
    "\n  query Users($first: Int!, $after: String) {\n    users(first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { node { ...UserRow } }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { ...UserRow } }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUser($id: Int!, $version: Int!, $input: UpdateUserInput!) {\n    updateUser(id: $id, version: $version, input: $input) { ...UserRow }\n  }\n": typeof types.UpdateUserDocument,
    "\n  mutation ResetUserPassword($id: Int!, $version: Int!, $input: ResetPasswordInput!) {\n    resetUserPassword(id: $id, version: $version, input: $input) { id version }\n  }\n": typeof types.ResetUserPasswordDocument,
    "\n  mutation SetUserPersonalData($id: Int!, $granted: Boolean!) {\n    setUserPersonalData(id: $id, granted: $granted) { id version personalData }\n  }\n": typeof types.SetUserPersonalDataDocument,
};
const documents: Documents = {
    "\n  fragment ActivityRow on Activity {\n    id title kind scope status startDate endDate location topic fiscalYear plannedCost actualCost committedCost version\n    districtId providerId district { id name } attendances { id participantId attended completed participant { id fullName } }\n  }\n": types.ActivityRowFragmentDoc,
    "\n  query Activities($first: Int!, $after: String, $filter: ActivityFilter) {\n    activities(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges {\n        node { ...ActivityRow }\n      }\n    }\n  }\n": types.ActivitiesDocument,
    "\n  mutation CreateActivity($input: CreateActivityInput!) { createActivity(input: $input) { ...ActivityRow } }\n": types.CreateActivityDocument,
    "\n  mutation UpdateActivity($id: Int!, $version: Int!, $input: ActivityInput!) {\n    updateActivity(id: $id, version: $version, input: $input) { ...ActivityRow }\n  }\n": types.UpdateActivityDocument,
    "\n  mutation DeleteActivity($id: Int!, $version: Int!) { deleteActivity(id: $id, version: $version) }\n": types.DeleteActivityDocument,
    "\n  mutation SetAttendance($activityId: Int!, $activityVersion: Int!, $entries: [AttendanceEntryInput!]!) {\n    setAttendance(activityId: $activityId, activityVersion: $activityVersion, entries: $entries) {\n      ...ActivityRow\n    }\n  }\n": types.SetAttendanceDocument,
    "\n  query Providers { providers { id name kind } }\n": types.ProvidersDocument,
    "\n  query ApiKeys {\n    apiKeys { id name prefix districtId district { id name } createdAt lastUsedAt revokedAt personalData }\n  }\n": types.ApiKeysDocument,
    "\n  mutation CreateApiKey($input: ApiKeyInput!) {\n    createApiKey(input: $input) { secret apiKey { id name prefix } }\n  }\n": types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: Int!) {\n    revokeApiKey(id: $id) { id revokedAt }\n  }\n": types.RevokeApiKeyDocument,
    "\n  mutation SetApiKeyPersonalData($id: Int!, $granted: Boolean!) {\n    setApiKeyPersonalData(id: $id, granted: $granted) { id personalData }\n  }\n": types.SetApiKeyPersonalDataDocument,
    "\n  query AuditLog($first: Int!, $after: String, $filter: AuditFilter) {\n    auditLog(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges {\n        node {\n          id at action entity entityId actorLabel districtId importId\n          changes { field before after }\n          importSummary { kind fileName rows created updated skipped }\n        }\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  query Districts { districts { id code name } }\n": types.DistrictsDocument,
    "\n  query CommuneOptions($districtId: Int!) {\n    communes(districtId: $districtId) { id name villages { id name } }\n  }\n": types.CommuneOptionsDocument,
    "\n  query CommunePage($first: Int!, $after: String, $filter: CommuneFilter) {\n    communePage(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { node { id code name type p135Status version district { id name } board { id } } }\n    }\n  }\n": types.CommunePageDocument,
    "\n  mutation UpdateCommune($id: Int!, $version: Int!, $input: UpdateCommuneInput!) {\n    updateCommune(id: $id, version: $version, input: $input) { id p135Status version }\n  }\n": types.UpdateCommuneDocument,
    "\n  fragment VillageRow on Village { id name households poorHouseholds especiallyDifficult version communeId commune { id name } }\n": types.VillageRowFragmentDoc,
    "\n  query Villages($first: Int!, $after: String, $filter: VillageFilter) {\n    villages(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { node { ...VillageRow } }\n    }\n  }\n": types.VillagesDocument,
    "\n  mutation CreateVillage($input: CreateVillageInput!) { createVillage(input: $input) { ...VillageRow } }\n": types.CreateVillageDocument,
    "\n  mutation UpdateVillage($id: Int!, $version: Int!, $input: UpdateVillageInput!) {\n    updateVillage(id: $id, version: $version, input: $input) { ...VillageRow }\n  }\n": types.UpdateVillageDocument,
    "\n  mutation DeleteVillage($id: Int!, $version: Int!) { deleteVillage(id: $id, version: $version) }\n": types.DeleteVillageDocument,
    "\n  query Budget($fiscalYear: Int!) {\n    budget(fiscalYear: $fiscalYear) {\n      fiscalYear funded central allocated committed spent fundingVersion\n      exchangeCap { percent cap committed headroom shareOfCentral }\n      districts { district { id name code } allocation committed spent headroom }\n    }\n  }\n": types.BudgetDocument,
    "\n  query Fundings { fundings { id fiscalYear centralAmount exchangeCapPercent decisionRef version } }\n": types.FundingsDocument,
    "\n  mutation SetFunding($input: FundingInput!) { setFunding(input: $input) { id fiscalYear centralAmount exchangeCapPercent decisionRef version } }\n": types.SetFundingDocument,
    "\n  mutation SetAllocations($input: AllocationsInput!) { setDistrictAllocations(input: $input) { id districtId amount } }\n": types.SetAllocationsDocument,
    "\n  query DistrictCounts($fiscalYear: Int!) {\n    communePage(first: 1) { totalCount }\n    villages(first: 1) { totalCount }\n    monitoringBoards(first: 1) { totalCount }\n    participants(first: 1) { totalCount }\n    activities(first: 1, filter: { fiscalYear: $fiscalYear }) { totalCount }\n    trainings: activities(first: 1, filter: { fiscalYear: $fiscalYear, kind: TRAINING }) { totalCount }\n    provinceReport(fiscalYear: $fiscalYear) {\n      total {\n        peopleTrained personTimes womenShare ethnicMinorityShare womenTrained ethnicMinorityTrained peopleCompleted activitiesOrganised\n        communes villages participantsRegistered allocation committed spent\n      }\n    }\n    yearStatus(fiscalYear: $fiscalYear) { ...YearStatusFields }\n    budget(fiscalYear: $fiscalYear) {\n      funded\n      districts { district { id name } allocation committed spent headroom }\n      exchangeCap { cap committed headroom }\n    }\n  }\n": types.DistrictCountsDocument,
    "\n  query OfflineActivity($id: Int!) {\n    activity(id: $id) { id version title startDate endDate districtId attendances { participantId attended completed } }\n  }\n": types.OfflineActivityDocument,
    "\n  query OfflineActivityChoices($districtId: Int!) {\n    activities(first: 100, filter: { districtId: $districtId }) { edges { node { id title startDate status } } }\n  }\n": types.OfflineActivityChoicesDocument,
    "\n  query OfflinePeople($communeId: Int!, $after: String) {\n    participants(first: 200, after: $after, filter: { communeId: $communeId }) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { node { id version fullName gender birthYear ethnicGroupCode category position communeId villageId phone idNumber } }\n    }\n  }\n": types.OfflinePeopleDocument,
    "\n  query OfflinePerson($id: Int!) {\n    participant(id: $id) { id version fullName gender birthYear ethnicGroupCode category position communeId villageId phone idNumber }\n  }\n": types.OfflinePersonDocument,
    "\n  fragment ParticipantFields on Participant {\n    id fullName gender birthYear category position phone idNumber ethnicGroupCode isEthnicMinority version\n    communeId villageId commune { id name } village { id name } ethnicGroup { code name }\n    districtId district { id name }\n  }\n": types.ParticipantFieldsFragmentDoc,
    "\n  query Participants($first: Int!, $after: String, $filter: ParticipantFilter) {\n    participants(first: $first, after: $after, filter: $filter) {\n      totalCount totalCountIsExact\n      pageInfo { endCursor hasNextPage }\n      edges {\n        node { ...ParticipantFields }\n      }\n    }\n  }\n": types.ParticipantsDocument,
    "\n  query Participant($id: Int!) {\n    participant(id: $id) {\n      ...ParticipantFields\n      attendances { id attended completed activity { id title kind startDate } }\n    }\n  }\n": types.ParticipantDocument,
    "\n  mutation CreateParticipant($input: ParticipantInput!) { createParticipant(input: $input) { ...ParticipantFields } }\n": types.CreateParticipantDocument,
    "\n  mutation UpdateParticipant($id: Int!, $version: Int!, $input: ParticipantInput!) {\n    updateParticipant(id: $id, version: $version, input: $input) { ...ParticipantFields }\n  }\n": types.UpdateParticipantDocument,
    "\n  fragment BoardRow on MonitoringBoard {\n    id establishedOn decisionRef version communeId commune { id name }\n    members { id role participantId participant { id fullName } }\n  }\n": types.BoardRowFragmentDoc,
    "\n  query Boards($first: Int!, $after: String, $filter: MonitoringBoardFilter) {\n    monitoringBoards(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges {\n        node { ...BoardRow }\n      }\n    }\n  }\n": types.BoardsDocument,
    "\n  mutation CreateBoard($input: CreateMonitoringBoardInput!) { createMonitoringBoard(input: $input) { ...BoardRow } }\n": types.CreateBoardDocument,
    "\n  mutation SetBoardMembers($boardId: Int!, $version: Int!, $members: [BoardMemberInput!]!) {\n    setBoardMembers(boardId: $boardId, version: $version, members: $members) { ...BoardRow }\n  }\n": types.SetBoardMembersDocument,
    "\n  fragment YearStatusFields on YearStatus {\n    id districtId fiscalYear status locked note reason submittedAt submittedBy approvedAt approvedBy decidedAt decidedBy\n  }\n": types.YearStatusFieldsFragmentDoc,
    "\n  query YearStatus($fiscalYear: Int!, $districtId: Int) { yearStatus(fiscalYear: $fiscalYear, districtId: $districtId) { ...YearStatusFields } }\n": types.YearStatusDocument,
    "\n  query DistrictYearStatuses($fiscalYear: Int!) {\n    provinceReport(fiscalYear: $fiscalYear) { districts { district { id name } yearStatus { ...YearStatusFields } } }\n  }\n": types.DistrictYearStatusesDocument,
    "\n  mutation SubmitYear($fiscalYear: Int!, $note: String) { submitYear(fiscalYear: $fiscalYear, note: $note) { ...YearStatusFields } }\n": types.SubmitYearDocument,
    "\n  mutation ApproveYear($districtId: Int!, $fiscalYear: Int!) { approveYear(districtId: $districtId, fiscalYear: $fiscalYear) { ...YearStatusFields } }\n": types.ApproveYearDocument,
    "\n  mutation ReturnYear($districtId: Int!, $fiscalYear: Int!, $reason: String!) {\n    returnYear(districtId: $districtId, fiscalYear: $fiscalYear, reason: $reason) { ...YearStatusFields }\n  }\n": types.ReturnYearDocument,
    "\n  mutation ReopenYear($districtId: Int!, $fiscalYear: Int!, $reason: String!) {\n    reopenYear(districtId: $districtId, fiscalYear: $fiscalYear, reason: $reason) { ...YearStatusFields }\n  }\n": types.ReopenYearDocument,
    "\n  query ProvinceYearStatus($fiscalYear: Int!) { provinceYearStatus(fiscalYear: $fiscalYear) { fiscalYear closed closedAt closedBy } }\n": types.ProvinceYearStatusDocument,
    "\n  mutation CloseProvinceYear($fiscalYear: Int!) { closeProvinceYear(fiscalYear: $fiscalYear) { fiscalYear closed closedAt closedBy } }\n": types.CloseProvinceYearDocument,
    "\n  query ActiveYears { activeYears }\n": types.ActiveYearsDocument,
    "\n  query EthnicGroups {\n    ethnicGroups { code name nameAlt }\n  }\n": types.EthnicGroupsDocument,
    "\n  query ProvinceReport($fiscalYear: Int!) {\n    provinceReport(fiscalYear: $fiscalYear) {\n      fiscalYear\n      generatedAt\n      budget { funded central allocated committed spent exchangeCap { percent cap committed headroom shareOfCentral } }\n      districts { ...ReportRowFields }\n      total { ...ReportRowFields }\n    }\n  }\n  fragment ReportRowFields on ReportRow {\n    district { id name code }\n    communes especiallyDifficultCommunes villages especiallyDifficultVillages monitoringBoards participantsRegistered\n    peopleTrained personTimes womenTrained ethnicMinorityTrained womenShare ethnicMinorityShare coverage\n    trainedByCategory { category people }\n    activitiesByKind { kind activitiesOrganised }\n    peopleCompleted activitiesOrganised\n    allocation committed spent\n    approved liveFigures { peopleTrained }\n    yearStatus { ...YearStatusFields }\n  }\n": types.ProvinceReportDocument,
    "\n  query Me {\n    me { id name displayName kind role canWrite district { id name code } province { id name } }\n  }\n": types.MeDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) { expiresAt me { id name role canWrite } }\n  }\n": types.LoginDocument,
    "\n  mutation Logout { logout }\n": types.LogoutDocument,
    "\n  query ImportActivities($filter: ActivityFilter) {\n    activities(first: 50, filter: $filter) { edges { node { id title startDate districtId } } }\n  }\n": types.ImportActivitiesDocument,
    "\n  fragment UserRow on User { id version username displayName role districtId district { id code name } disabledAt demo createdAt personalData }\n": types.UserRowFragmentDoc,
    "\n  query Users($first: Int!, $after: String) {\n    users(first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { node { ...UserRow } }\n    }\n  }\n": types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { ...UserRow } }\n": types.CreateUserDocument,
    "\n  mutation UpdateUser($id: Int!, $version: Int!, $input: UpdateUserInput!) {\n    updateUser(id: $id, version: $version, input: $input) { ...UserRow }\n  }\n": types.UpdateUserDocument,
    "\n  mutation ResetUserPassword($id: Int!, $version: Int!, $input: ResetPasswordInput!) {\n    resetUserPassword(id: $id, version: $version, input: $input) { id version }\n  }\n": types.ResetUserPasswordDocument,
    "\n  mutation SetUserPersonalData($id: Int!, $granted: Boolean!) {\n    setUserPersonalData(id: $id, granted: $granted) { id version personalData }\n  }\n": types.SetUserPersonalDataDocument,
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
export function graphql(source: "\n  fragment ActivityRow on Activity {\n    id title kind scope status startDate endDate location topic fiscalYear plannedCost actualCost committedCost version\n    districtId providerId district { id name } attendances { id participantId attended completed participant { id fullName } }\n  }\n"): (typeof documents)["\n  fragment ActivityRow on Activity {\n    id title kind scope status startDate endDate location topic fiscalYear plannedCost actualCost committedCost version\n    districtId providerId district { id name } attendances { id participantId attended completed participant { id fullName } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Activities($first: Int!, $after: String, $filter: ActivityFilter) {\n    activities(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges {\n        node { ...ActivityRow }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Activities($first: Int!, $after: String, $filter: ActivityFilter) {\n    activities(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges {\n        node { ...ActivityRow }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateActivity($input: CreateActivityInput!) { createActivity(input: $input) { ...ActivityRow } }\n"): (typeof documents)["\n  mutation CreateActivity($input: CreateActivityInput!) { createActivity(input: $input) { ...ActivityRow } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateActivity($id: Int!, $version: Int!, $input: ActivityInput!) {\n    updateActivity(id: $id, version: $version, input: $input) { ...ActivityRow }\n  }\n"): (typeof documents)["\n  mutation UpdateActivity($id: Int!, $version: Int!, $input: ActivityInput!) {\n    updateActivity(id: $id, version: $version, input: $input) { ...ActivityRow }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteActivity($id: Int!, $version: Int!) { deleteActivity(id: $id, version: $version) }\n"): (typeof documents)["\n  mutation DeleteActivity($id: Int!, $version: Int!) { deleteActivity(id: $id, version: $version) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAttendance($activityId: Int!, $activityVersion: Int!, $entries: [AttendanceEntryInput!]!) {\n    setAttendance(activityId: $activityId, activityVersion: $activityVersion, entries: $entries) {\n      ...ActivityRow\n    }\n  }\n"): (typeof documents)["\n  mutation SetAttendance($activityId: Int!, $activityVersion: Int!, $entries: [AttendanceEntryInput!]!) {\n    setAttendance(activityId: $activityId, activityVersion: $activityVersion, entries: $entries) {\n      ...ActivityRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Providers { providers { id name kind } }\n"): (typeof documents)["\n  query Providers { providers { id name kind } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeys {\n    apiKeys { id name prefix districtId district { id name } createdAt lastUsedAt revokedAt personalData }\n  }\n"): (typeof documents)["\n  query ApiKeys {\n    apiKeys { id name prefix districtId district { id name } createdAt lastUsedAt revokedAt personalData }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiKey($input: ApiKeyInput!) {\n    createApiKey(input: $input) { secret apiKey { id name prefix } }\n  }\n"): (typeof documents)["\n  mutation CreateApiKey($input: ApiKeyInput!) {\n    createApiKey(input: $input) { secret apiKey { id name prefix } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKey($id: Int!) {\n    revokeApiKey(id: $id) { id revokedAt }\n  }\n"): (typeof documents)["\n  mutation RevokeApiKey($id: Int!) {\n    revokeApiKey(id: $id) { id revokedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetApiKeyPersonalData($id: Int!, $granted: Boolean!) {\n    setApiKeyPersonalData(id: $id, granted: $granted) { id personalData }\n  }\n"): (typeof documents)["\n  mutation SetApiKeyPersonalData($id: Int!, $granted: Boolean!) {\n    setApiKeyPersonalData(id: $id, granted: $granted) { id personalData }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($first: Int!, $after: String, $filter: AuditFilter) {\n    auditLog(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges {\n        node {\n          id at action entity entityId actorLabel districtId importId\n          changes { field before after }\n          importSummary { kind fileName rows created updated skipped }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($first: Int!, $after: String, $filter: AuditFilter) {\n    auditLog(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges {\n        node {\n          id at action entity entityId actorLabel districtId importId\n          changes { field before after }\n          importSummary { kind fileName rows created updated skipped }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Districts { districts { id code name } }\n"): (typeof documents)["\n  query Districts { districts { id code name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommuneOptions($districtId: Int!) {\n    communes(districtId: $districtId) { id name villages { id name } }\n  }\n"): (typeof documents)["\n  query CommuneOptions($districtId: Int!) {\n    communes(districtId: $districtId) { id name villages { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunePage($first: Int!, $after: String, $filter: CommuneFilter) {\n    communePage(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { node { id code name type p135Status version district { id name } board { id } } }\n    }\n  }\n"): (typeof documents)["\n  query CommunePage($first: Int!, $after: String, $filter: CommuneFilter) {\n    communePage(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { node { id code name type p135Status version district { id name } board { id } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCommune($id: Int!, $version: Int!, $input: UpdateCommuneInput!) {\n    updateCommune(id: $id, version: $version, input: $input) { id p135Status version }\n  }\n"): (typeof documents)["\n  mutation UpdateCommune($id: Int!, $version: Int!, $input: UpdateCommuneInput!) {\n    updateCommune(id: $id, version: $version, input: $input) { id p135Status version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VillageRow on Village { id name households poorHouseholds especiallyDifficult version communeId commune { id name } }\n"): (typeof documents)["\n  fragment VillageRow on Village { id name households poorHouseholds especiallyDifficult version communeId commune { id name } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Villages($first: Int!, $after: String, $filter: VillageFilter) {\n    villages(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { node { ...VillageRow } }\n    }\n  }\n"): (typeof documents)["\n  query Villages($first: Int!, $after: String, $filter: VillageFilter) {\n    villages(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { node { ...VillageRow } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateVillage($input: CreateVillageInput!) { createVillage(input: $input) { ...VillageRow } }\n"): (typeof documents)["\n  mutation CreateVillage($input: CreateVillageInput!) { createVillage(input: $input) { ...VillageRow } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateVillage($id: Int!, $version: Int!, $input: UpdateVillageInput!) {\n    updateVillage(id: $id, version: $version, input: $input) { ...VillageRow }\n  }\n"): (typeof documents)["\n  mutation UpdateVillage($id: Int!, $version: Int!, $input: UpdateVillageInput!) {\n    updateVillage(id: $id, version: $version, input: $input) { ...VillageRow }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteVillage($id: Int!, $version: Int!) { deleteVillage(id: $id, version: $version) }\n"): (typeof documents)["\n  mutation DeleteVillage($id: Int!, $version: Int!) { deleteVillage(id: $id, version: $version) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Budget($fiscalYear: Int!) {\n    budget(fiscalYear: $fiscalYear) {\n      fiscalYear funded central allocated committed spent fundingVersion\n      exchangeCap { percent cap committed headroom shareOfCentral }\n      districts { district { id name code } allocation committed spent headroom }\n    }\n  }\n"): (typeof documents)["\n  query Budget($fiscalYear: Int!) {\n    budget(fiscalYear: $fiscalYear) {\n      fiscalYear funded central allocated committed spent fundingVersion\n      exchangeCap { percent cap committed headroom shareOfCentral }\n      districts { district { id name code } allocation committed spent headroom }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Fundings { fundings { id fiscalYear centralAmount exchangeCapPercent decisionRef version } }\n"): (typeof documents)["\n  query Fundings { fundings { id fiscalYear centralAmount exchangeCapPercent decisionRef version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetFunding($input: FundingInput!) { setFunding(input: $input) { id fiscalYear centralAmount exchangeCapPercent decisionRef version } }\n"): (typeof documents)["\n  mutation SetFunding($input: FundingInput!) { setFunding(input: $input) { id fiscalYear centralAmount exchangeCapPercent decisionRef version } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAllocations($input: AllocationsInput!) { setDistrictAllocations(input: $input) { id districtId amount } }\n"): (typeof documents)["\n  mutation SetAllocations($input: AllocationsInput!) { setDistrictAllocations(input: $input) { id districtId amount } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DistrictCounts($fiscalYear: Int!) {\n    communePage(first: 1) { totalCount }\n    villages(first: 1) { totalCount }\n    monitoringBoards(first: 1) { totalCount }\n    participants(first: 1) { totalCount }\n    activities(first: 1, filter: { fiscalYear: $fiscalYear }) { totalCount }\n    trainings: activities(first: 1, filter: { fiscalYear: $fiscalYear, kind: TRAINING }) { totalCount }\n    provinceReport(fiscalYear: $fiscalYear) {\n      total {\n        peopleTrained personTimes womenShare ethnicMinorityShare womenTrained ethnicMinorityTrained peopleCompleted activitiesOrganised\n        communes villages participantsRegistered allocation committed spent\n      }\n    }\n    yearStatus(fiscalYear: $fiscalYear) { ...YearStatusFields }\n    budget(fiscalYear: $fiscalYear) {\n      funded\n      districts { district { id name } allocation committed spent headroom }\n      exchangeCap { cap committed headroom }\n    }\n  }\n"): (typeof documents)["\n  query DistrictCounts($fiscalYear: Int!) {\n    communePage(first: 1) { totalCount }\n    villages(first: 1) { totalCount }\n    monitoringBoards(first: 1) { totalCount }\n    participants(first: 1) { totalCount }\n    activities(first: 1, filter: { fiscalYear: $fiscalYear }) { totalCount }\n    trainings: activities(first: 1, filter: { fiscalYear: $fiscalYear, kind: TRAINING }) { totalCount }\n    provinceReport(fiscalYear: $fiscalYear) {\n      total {\n        peopleTrained personTimes womenShare ethnicMinorityShare womenTrained ethnicMinorityTrained peopleCompleted activitiesOrganised\n        communes villages participantsRegistered allocation committed spent\n      }\n    }\n    yearStatus(fiscalYear: $fiscalYear) { ...YearStatusFields }\n    budget(fiscalYear: $fiscalYear) {\n      funded\n      districts { district { id name } allocation committed spent headroom }\n      exchangeCap { cap committed headroom }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfflineActivity($id: Int!) {\n    activity(id: $id) { id version title startDate endDate districtId attendances { participantId attended completed } }\n  }\n"): (typeof documents)["\n  query OfflineActivity($id: Int!) {\n    activity(id: $id) { id version title startDate endDate districtId attendances { participantId attended completed } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfflineActivityChoices($districtId: Int!) {\n    activities(first: 100, filter: { districtId: $districtId }) { edges { node { id title startDate status } } }\n  }\n"): (typeof documents)["\n  query OfflineActivityChoices($districtId: Int!) {\n    activities(first: 100, filter: { districtId: $districtId }) { edges { node { id title startDate status } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfflinePeople($communeId: Int!, $after: String) {\n    participants(first: 200, after: $after, filter: { communeId: $communeId }) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { node { id version fullName gender birthYear ethnicGroupCode category position communeId villageId phone idNumber } }\n    }\n  }\n"): (typeof documents)["\n  query OfflinePeople($communeId: Int!, $after: String) {\n    participants(first: 200, after: $after, filter: { communeId: $communeId }) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { node { id version fullName gender birthYear ethnicGroupCode category position communeId villageId phone idNumber } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OfflinePerson($id: Int!) {\n    participant(id: $id) { id version fullName gender birthYear ethnicGroupCode category position communeId villageId phone idNumber }\n  }\n"): (typeof documents)["\n  query OfflinePerson($id: Int!) {\n    participant(id: $id) { id version fullName gender birthYear ethnicGroupCode category position communeId villageId phone idNumber }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ParticipantFields on Participant {\n    id fullName gender birthYear category position phone idNumber ethnicGroupCode isEthnicMinority version\n    communeId villageId commune { id name } village { id name } ethnicGroup { code name }\n    districtId district { id name }\n  }\n"): (typeof documents)["\n  fragment ParticipantFields on Participant {\n    id fullName gender birthYear category position phone idNumber ethnicGroupCode isEthnicMinority version\n    communeId villageId commune { id name } village { id name } ethnicGroup { code name }\n    districtId district { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Participants($first: Int!, $after: String, $filter: ParticipantFilter) {\n    participants(first: $first, after: $after, filter: $filter) {\n      totalCount totalCountIsExact\n      pageInfo { endCursor hasNextPage }\n      edges {\n        node { ...ParticipantFields }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Participants($first: Int!, $after: String, $filter: ParticipantFilter) {\n    participants(first: $first, after: $after, filter: $filter) {\n      totalCount totalCountIsExact\n      pageInfo { endCursor hasNextPage }\n      edges {\n        node { ...ParticipantFields }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Participant($id: Int!) {\n    participant(id: $id) {\n      ...ParticipantFields\n      attendances { id attended completed activity { id title kind startDate } }\n    }\n  }\n"): (typeof documents)["\n  query Participant($id: Int!) {\n    participant(id: $id) {\n      ...ParticipantFields\n      attendances { id attended completed activity { id title kind startDate } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateParticipant($input: ParticipantInput!) { createParticipant(input: $input) { ...ParticipantFields } }\n"): (typeof documents)["\n  mutation CreateParticipant($input: ParticipantInput!) { createParticipant(input: $input) { ...ParticipantFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateParticipant($id: Int!, $version: Int!, $input: ParticipantInput!) {\n    updateParticipant(id: $id, version: $version, input: $input) { ...ParticipantFields }\n  }\n"): (typeof documents)["\n  mutation UpdateParticipant($id: Int!, $version: Int!, $input: ParticipantInput!) {\n    updateParticipant(id: $id, version: $version, input: $input) { ...ParticipantFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BoardRow on MonitoringBoard {\n    id establishedOn decisionRef version communeId commune { id name }\n    members { id role participantId participant { id fullName } }\n  }\n"): (typeof documents)["\n  fragment BoardRow on MonitoringBoard {\n    id establishedOn decisionRef version communeId commune { id name }\n    members { id role participantId participant { id fullName } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Boards($first: Int!, $after: String, $filter: MonitoringBoardFilter) {\n    monitoringBoards(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges {\n        node { ...BoardRow }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Boards($first: Int!, $after: String, $filter: MonitoringBoardFilter) {\n    monitoringBoards(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges {\n        node { ...BoardRow }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateBoard($input: CreateMonitoringBoardInput!) { createMonitoringBoard(input: $input) { ...BoardRow } }\n"): (typeof documents)["\n  mutation CreateBoard($input: CreateMonitoringBoardInput!) { createMonitoringBoard(input: $input) { ...BoardRow } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetBoardMembers($boardId: Int!, $version: Int!, $members: [BoardMemberInput!]!) {\n    setBoardMembers(boardId: $boardId, version: $version, members: $members) { ...BoardRow }\n  }\n"): (typeof documents)["\n  mutation SetBoardMembers($boardId: Int!, $version: Int!, $members: [BoardMemberInput!]!) {\n    setBoardMembers(boardId: $boardId, version: $version, members: $members) { ...BoardRow }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment YearStatusFields on YearStatus {\n    id districtId fiscalYear status locked note reason submittedAt submittedBy approvedAt approvedBy decidedAt decidedBy\n  }\n"): (typeof documents)["\n  fragment YearStatusFields on YearStatus {\n    id districtId fiscalYear status locked note reason submittedAt submittedBy approvedAt approvedBy decidedAt decidedBy\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query YearStatus($fiscalYear: Int!, $districtId: Int) { yearStatus(fiscalYear: $fiscalYear, districtId: $districtId) { ...YearStatusFields } }\n"): (typeof documents)["\n  query YearStatus($fiscalYear: Int!, $districtId: Int) { yearStatus(fiscalYear: $fiscalYear, districtId: $districtId) { ...YearStatusFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DistrictYearStatuses($fiscalYear: Int!) {\n    provinceReport(fiscalYear: $fiscalYear) { districts { district { id name } yearStatus { ...YearStatusFields } } }\n  }\n"): (typeof documents)["\n  query DistrictYearStatuses($fiscalYear: Int!) {\n    provinceReport(fiscalYear: $fiscalYear) { districts { district { id name } yearStatus { ...YearStatusFields } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitYear($fiscalYear: Int!, $note: String) { submitYear(fiscalYear: $fiscalYear, note: $note) { ...YearStatusFields } }\n"): (typeof documents)["\n  mutation SubmitYear($fiscalYear: Int!, $note: String) { submitYear(fiscalYear: $fiscalYear, note: $note) { ...YearStatusFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveYear($districtId: Int!, $fiscalYear: Int!) { approveYear(districtId: $districtId, fiscalYear: $fiscalYear) { ...YearStatusFields } }\n"): (typeof documents)["\n  mutation ApproveYear($districtId: Int!, $fiscalYear: Int!) { approveYear(districtId: $districtId, fiscalYear: $fiscalYear) { ...YearStatusFields } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnYear($districtId: Int!, $fiscalYear: Int!, $reason: String!) {\n    returnYear(districtId: $districtId, fiscalYear: $fiscalYear, reason: $reason) { ...YearStatusFields }\n  }\n"): (typeof documents)["\n  mutation ReturnYear($districtId: Int!, $fiscalYear: Int!, $reason: String!) {\n    returnYear(districtId: $districtId, fiscalYear: $fiscalYear, reason: $reason) { ...YearStatusFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenYear($districtId: Int!, $fiscalYear: Int!, $reason: String!) {\n    reopenYear(districtId: $districtId, fiscalYear: $fiscalYear, reason: $reason) { ...YearStatusFields }\n  }\n"): (typeof documents)["\n  mutation ReopenYear($districtId: Int!, $fiscalYear: Int!, $reason: String!) {\n    reopenYear(districtId: $districtId, fiscalYear: $fiscalYear, reason: $reason) { ...YearStatusFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProvinceYearStatus($fiscalYear: Int!) { provinceYearStatus(fiscalYear: $fiscalYear) { fiscalYear closed closedAt closedBy } }\n"): (typeof documents)["\n  query ProvinceYearStatus($fiscalYear: Int!) { provinceYearStatus(fiscalYear: $fiscalYear) { fiscalYear closed closedAt closedBy } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseProvinceYear($fiscalYear: Int!) { closeProvinceYear(fiscalYear: $fiscalYear) { fiscalYear closed closedAt closedBy } }\n"): (typeof documents)["\n  mutation CloseProvinceYear($fiscalYear: Int!) { closeProvinceYear(fiscalYear: $fiscalYear) { fiscalYear closed closedAt closedBy } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActiveYears { activeYears }\n"): (typeof documents)["\n  query ActiveYears { activeYears }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EthnicGroups {\n    ethnicGroups { code name nameAlt }\n  }\n"): (typeof documents)["\n  query EthnicGroups {\n    ethnicGroups { code name nameAlt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProvinceReport($fiscalYear: Int!) {\n    provinceReport(fiscalYear: $fiscalYear) {\n      fiscalYear\n      generatedAt\n      budget { funded central allocated committed spent exchangeCap { percent cap committed headroom shareOfCentral } }\n      districts { ...ReportRowFields }\n      total { ...ReportRowFields }\n    }\n  }\n  fragment ReportRowFields on ReportRow {\n    district { id name code }\n    communes especiallyDifficultCommunes villages especiallyDifficultVillages monitoringBoards participantsRegistered\n    peopleTrained personTimes womenTrained ethnicMinorityTrained womenShare ethnicMinorityShare coverage\n    trainedByCategory { category people }\n    activitiesByKind { kind activitiesOrganised }\n    peopleCompleted activitiesOrganised\n    allocation committed spent\n    approved liveFigures { peopleTrained }\n    yearStatus { ...YearStatusFields }\n  }\n"): (typeof documents)["\n  query ProvinceReport($fiscalYear: Int!) {\n    provinceReport(fiscalYear: $fiscalYear) {\n      fiscalYear\n      generatedAt\n      budget { funded central allocated committed spent exchangeCap { percent cap committed headroom shareOfCentral } }\n      districts { ...ReportRowFields }\n      total { ...ReportRowFields }\n    }\n  }\n  fragment ReportRowFields on ReportRow {\n    district { id name code }\n    communes especiallyDifficultCommunes villages especiallyDifficultVillages monitoringBoards participantsRegistered\n    peopleTrained personTimes womenTrained ethnicMinorityTrained womenShare ethnicMinorityShare coverage\n    trainedByCategory { category people }\n    activitiesByKind { kind activitiesOrganised }\n    peopleCompleted activitiesOrganised\n    allocation committed spent\n    approved liveFigures { peopleTrained }\n    yearStatus { ...YearStatusFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me { id name displayName kind role canWrite district { id name code } province { id name } }\n  }\n"): (typeof documents)["\n  query Me {\n    me { id name displayName kind role canWrite district { id name code } province { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) { expiresAt me { id name role canWrite } }\n  }\n"): (typeof documents)["\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) { expiresAt me { id name role canWrite } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout { logout }\n"): (typeof documents)["\n  mutation Logout { logout }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportActivities($filter: ActivityFilter) {\n    activities(first: 50, filter: $filter) { edges { node { id title startDate districtId } } }\n  }\n"): (typeof documents)["\n  query ImportActivities($filter: ActivityFilter) {\n    activities(first: 50, filter: $filter) { edges { node { id title startDate districtId } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserRow on User { id version username displayName role districtId district { id code name } disabledAt demo createdAt personalData }\n"): (typeof documents)["\n  fragment UserRow on User { id version username displayName role districtId district { id code name } disabledAt demo createdAt personalData }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($first: Int!, $after: String) {\n    users(first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { node { ...UserRow } }\n    }\n  }\n"): (typeof documents)["\n  query Users($first: Int!, $after: String) {\n    users(first: $first, after: $after) {\n      totalCount\n      pageInfo { endCursor hasNextPage }\n      edges { node { ...UserRow } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { ...UserRow } }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { ...UserRow } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($id: Int!, $version: Int!, $input: UpdateUserInput!) {\n    updateUser(id: $id, version: $version, input: $input) { ...UserRow }\n  }\n"): (typeof documents)["\n  mutation UpdateUser($id: Int!, $version: Int!, $input: UpdateUserInput!) {\n    updateUser(id: $id, version: $version, input: $input) { ...UserRow }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetUserPassword($id: Int!, $version: Int!, $input: ResetPasswordInput!) {\n    resetUserPassword(id: $id, version: $version, input: $input) { id version }\n  }\n"): (typeof documents)["\n  mutation ResetUserPassword($id: Int!, $version: Int!, $input: ResetPasswordInput!) {\n    resetUserPassword(id: $id, version: $version, input: $input) { id version }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserPersonalData($id: Int!, $granted: Boolean!) {\n    setUserPersonalData(id: $id, granted: $granted) { id version personalData }\n  }\n"): (typeof documents)["\n  mutation SetUserPersonalData($id: Int!, $granted: Boolean!) {\n    setUserPersonalData(id: $id, granted: $granted) { id version personalData }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;