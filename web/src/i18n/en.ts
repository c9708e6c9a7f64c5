import type { Messages } from './vi';

/** English; same keys as vi.ts (the type makes a missing key a build error). */
const en: Messages = {
  app: { title: 'Portal 135', subtitle: 'Capacity building — Program 135', loading: 'Loading…', language: 'Language', signOut: 'Sign out', menu: 'Menu' },
  nav: {
    dashboard: 'District dashboard', province: 'Province dashboard', communes: 'Communes', villages: 'Villages', boards: 'Monitoring boards',
    participants: 'Participants', activities: 'Activities', funding: 'Funding', users: 'Users', audit: 'Audit log',
  },
  roles: { PROVINCE_ADMIN: 'Province administrator', PROVINCE_VIEWER: 'Province viewer', DISTRICT_MANAGER: 'District manager', DISTRICT_VIEWER: 'District viewer' },
  signIn: { title: 'Sign in', username: 'Username', password: 'Password', submit: 'Sign in', failed: 'Wrong username or password', expired: 'Your session has ended; please sign in again' },
  common: {
    add: 'Add', edit: 'Edit', delete: 'Delete', save: 'Save', cancel: 'Cancel', search: 'Search', all: 'All', yes: 'Yes', no: 'No',
    actions: 'Actions', saved: 'Saved', deleted: 'Deleted', confirmDelete: 'Delete this item?', year: 'Year', total: 'Total',
    page: 'Page {page}', rows: '{from}–{to} of {total}', previous: 'Previous page', next: 'Next page', none: 'No data',
    notFound: 'Not found', notFoundText: 'This item does not exist or is outside your scope.',
    forbidden: 'Not allowed', forbiddenText: 'Your role may not open this page.', back: 'Back', district: 'District', commune: 'Commune', village: 'Village',
    readOnly: 'You may only view.', details: 'Details',
  },
  errors: {
    generic: 'Something went wrong: {message}', CONFLICT: 'Someone else changed this meanwhile; reload and try again.', NOT_FOUND: 'Not found',
    IN_USE: 'Cannot delete: the item is still in use.', FORBIDDEN: 'You are not allowed to do this.',
    BUDGET_CAP_EXCEEDED: 'Study tours would pass the exchange cap: cap {cap}, committed {committed}, requested {requested}, headroom {headroom}.',
    BUDGET_EXCEEDED: 'The allocation would be exceeded: allocation {cap}, committed {committed}, requested {requested}, headroom {headroom}.',
    RATE_LIMITED: 'Too many attempts; try again later.', BAD_USER_INPUT: 'Invalid input: {message}',
  },
  enums: {
    P135Status: { NONE: 'Not listed', ESPECIALLY_DIFFICULT: 'Especially difficult', SAFE_ZONE: 'Safe zone' },
    CommuneType: { COMMUNE: 'Commune', WARD: 'Ward', TOWNSHIP: 'Township' },
    Gender: { FEMALE: 'Female', MALE: 'Male' },
    ParticipantCategory: {
      COMMUNE_OFFICIAL: 'Commune official', VILLAGE_OFFICIAL: 'Village official', MONITORING_BOARD_MEMBER: 'Monitoring board member',
      PRESTIGIOUS_PERSON: 'Prestigious person', RESIDENT: 'Resident',
    },
    ActivityKind: { TRAINING: 'Training', EXCHANGE: 'Study tour' },
    ActivityScope: { IN_PROVINCE: 'In the province', OUT_OF_PROVINCE: 'Outside the province' },
    ActivityStatus: { PLANNED: 'Planned', COMPLETED: 'Completed', CANCELLED: 'Cancelled' },
    BoardRole: { HEAD: 'Head', DEPUTY: 'Deputy', MEMBER: 'Member' },
    AuditAction: { CREATE: 'Create', UPDATE: 'Update', DELETE: 'Delete' },
  },
  dashboard: {
    trained: 'People trained in {year}', womenShare: 'Women among those trained', minorityShare: 'Ethnic minorities among those trained', title: '{district} district dashboard', communes: 'Communes', villages: 'Villages', boards: 'Monitoring boards', participants: 'Participants',
    activities: 'Activities in {year}', trainings: 'Trainings in {year}', envelope: 'Budget envelope {year}', allocation: 'Allocated',
    committed: 'Committed', spent: 'Spent', headroom: 'Headroom', notFunded: 'The province has set no funding for {year}.',
  },
  communes: { title: 'Communes', code: 'Code', name: 'Commune', type: 'Type', status: 'Program 135 status', editStatus: 'Program 135 status of {name}', hasBoard: 'Has a monitoring board' },
  villages: {
    title: 'Villages', name: 'Village name', households: 'Households', poorHouseholds: 'Poor households', especiallyDifficult: 'Especially difficult',
    create: 'Add village', editTitle: 'Edit village',
  },
  boards: {
    title: 'Community monitoring boards', establishedOn: 'Established on', decisionRef: 'Decision no.', members: 'Members',
    create: 'Found a board', editMembers: 'Members of the board of {name}', addMember: 'Add member', role: 'Role', person: 'Person',
  },
  participants: {
    title: 'Participants', fullName: 'Full name', gender: 'Gender', birthYear: 'Birth year', category: 'Category', position: 'Position',
    phone: 'Phone', idNumber: 'ID number', ethnicGroupCode: 'Ethnic group code', ethnicGroup: 'Ethnic group', ethnicMinority: 'Ethnic minority',
    minorityOnly: 'Ethnic minorities only', kinhOnly: 'Kinh only',
    create: 'Add participant', editTitle: 'Edit participant', searchPlaceholder: 'Name (diacritics optional), ID number or phone',
    attendances: 'Activities attended', open: 'Open',
  },
  activities: {
    title: 'Activities', name: 'Title', kind: 'Kind', scope: 'Scope', status: 'Status', startDate: 'From', endDate: 'To',
    location: 'Location', topic: 'Topic', plannedCost: 'Planned cost', actualCost: 'Actual cost', committedCost: 'Counted against the budget',
    create: 'Add activity', editTitle: 'Edit activity', attendance: 'Attendance', attendanceTitle: 'Attendance: {title}',
    attended: 'Attended', completed: 'Completed the course', people: 'People', headroom: 'Study-tour cap for {year}: {headroom} left (cap {cap}).',
    envelopeHeadroom: 'The district’s envelope for {year} has {headroom} left.', pickPeople: 'Pick participants', provider: 'Provider',
  },
  province: {
    millions: 'million ₫', title: 'Province dashboard {year}', rollup: 'Roll-up by district', communes: 'Communes', ed: 'Esp. difficult', villages: 'Villages', boards: 'Boards',
    registered: 'Registered', trained: 'People trained', personTimes: 'Person-times', women: 'Women', minority: 'Ethnic minority', coverage: 'Coverage',
    allocation: 'Allocated', committed: 'Committed', spent: 'Spent', trainedByDistrict: 'People trained by district and category',
    shares: 'Women and ethnic-minority shares', womenShare: 'Women share', minorityShare: 'Ethnic-minority share', spending: 'Spending against allocation',
    cap: 'Study-tour cap', capUsed: 'Used {used} of {cap}', noReport: 'The roll-up report is not on the server yet; showing the money figures.',
  },
  funding: {
    title: 'Funding {year}', central: 'Central allocation', capPercent: 'Study-tour cap (%)', decisionRef: 'Funding decision no.',
    allocations: 'District allocations', amount: 'Amount', allocated: 'Allocated', saveFunding: 'Save funding', saveAllocations: 'Save allocations',
    notFunded: 'No funding for this year yet.',
  },
  users: { title: 'Users', you: 'Signed in as', name: 'Name', role: 'Role', scope: 'Scope', note: 'The account list comes once the API offers it.' },
  audit: { title: 'Audit log', at: 'When', action: 'Action', entity: 'Entity', entityId: 'Id', actor: 'By' },
};
export default en;
