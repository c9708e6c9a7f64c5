import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router';
import type { Role } from './graphql/generated/graphql';
import StatusPage from './components/StatusPage.vue';

/** Who may open a page; the navigation hides the rest and a direct URL shows "not allowed". */
declare module 'vue-router' {
  interface RouteMeta {
    roles?: Role[];
    public?: boolean;
    nav?: string;
  }
}

const DISTRICT: Role[] = ['DISTRICT_MANAGER', 'DISTRICT_VIEWER'];
const PROVINCE: Role[] = ['PROVINCE_ADMIN', 'PROVINCE_VIEWER'];
const WRITERS: Role[] = ['PROVINCE_ADMIN', 'DISTRICT_MANAGER'];
const ADMIN: Role[] = ['PROVINCE_ADMIN'];

export const routes: RouteRecordRaw[] = [
  { path: '/sign-in', name: 'sign-in', component: () => import('./pages/SignInPage.vue'), meta: { public: true } },
  { path: '/', name: 'home', redirect: '/dashboard' },
  { path: '/dashboard', name: 'dashboard', component: () => import('./pages/DistrictDashboard.vue'), meta: { roles: DISTRICT, nav: 'dashboard' } },
  { path: '/province', name: 'province', component: () => import('./pages/ProvinceDashboard.vue'), meta: { roles: PROVINCE, nav: 'province' } },
  { path: '/communes', name: 'communes', component: () => import('./pages/CommunesPage.vue'), meta: { nav: 'communes' } },
  { path: '/villages', name: 'villages', component: () => import('./pages/VillagesPage.vue'), meta: { nav: 'villages' } },
  { path: '/boards', name: 'boards', component: () => import('./pages/BoardsPage.vue'), meta: { nav: 'boards' } },
  { path: '/participants', name: 'participants', component: () => import('./pages/ParticipantsPage.vue'), meta: { nav: 'participants' } },
  { path: '/participants/:id(\\d+)', name: 'participant', component: () => import('./pages/ParticipantPage.vue'), props: (r) => ({ id: Number(r.params.id) }) },
  { path: '/activities', name: 'activities', component: () => import('./pages/ActivitiesPage.vue'), meta: { nav: 'activities' } },
  { path: '/funding', name: 'funding', component: () => import('./pages/FundingPage.vue'), meta: { roles: PROVINCE, nav: 'funding' } },
  // The API lists and changes accounts for the province administrator only (docs/SECURITY.md, "Roles and tenancy").
  { path: '/users', name: 'users', component: () => import('./pages/UsersPage.vue'), meta: { roles: ADMIN, nav: 'users' } },
  // Every role reads the audit log of its reach; viewers without the personal-data grant read ID numbers and phones masked.
  { path: '/audit', name: 'audit', component: () => import('./pages/AuditPage.vue'), meta: { nav: 'audit' } },
  // Bulk import writes: district managers for their district, the province administrator for a chosen one.
  { path: '/import', name: 'import', component: () => import('./pages/ImportPage.vue'), meta: { roles: WRITERS, nav: 'importData' } },
  { path: '/api-keys', name: 'api-keys', component: () => import('./pages/ApiKeysPage.vue'), meta: { roles: WRITERS, nav: 'apiKeys' } },
  // Not /api: the server keeps /api/* for its own endpoints (files), so a deep link there would not reach the portal.
  // Field capture without signal (#19): district managers take activities onto the device and sync later.
  { path: '/offline', name: 'offline', component: () => import('./pages/OfflinePage.vue'), meta: { roles: ['DISTRICT_MANAGER'], nav: 'offline' } },
  { path: '/api-explorer', name: 'api', component: () => import('./pages/ApiPage.vue'), meta: { nav: 'api' } },
  { path: '/:rest(.*)*', name: 'not-found', component: StatusPage, props: { kind: 'notFound' } },
];

export function createPortalRouter() {
  return createRouter({ history: createWebHistory(), routes });
}

export function mayOpen(roles: Role[] | undefined, role: Role | undefined): boolean {
  return !roles || (role !== undefined && roles.includes(role));
}

/** The first page of a role. */
export function homeOf(role: Role): string {
  return PROVINCE.includes(role) ? '/province' : '/dashboard';
}
