import { createApp, h, provide } from 'vue';
// Components and their styles come with each page (vite.config.mts); ElMessage and ElMessageBox are called from scripts,
// where the on-demand resolver does not look, so their styles are loaded here; the base variables too, ahead of
// styles.css, so that the portal's overrides of --el-* come later and win.
import 'element-plus/theme-chalk/base.css';
import 'element-plus/es/components/message/style/css';
import 'element-plus/es/components/message-box/style/css';
import { DefaultApolloClient } from '@vue/apollo-composable';
import App from './App.vue';
import { createPortalRouter, homeOf } from './router';
import { createApollo } from './apollo';
import { createPortalI18n } from './i18n';
import { loadSession, recheckSession, setSession, type SessionUser } from './composables/session';
import { offlineStatus } from './offline/status';
import './styles.css';

const router = createPortalRouter();
const apollo = createApollo(router, () => setSession(null));
const i18n = createPortalI18n();
document.documentElement.lang = i18n.global.locale.value;

// Every page but sign-in needs a session; "/" leads to the role's own dashboard.
router.beforeEach(async (to) => {
  if (to.meta.public) return true;
  const me = await loadSession(apollo);
  if (!me) return { name: 'sign-in', query: to.fullPath === '/dashboard' ? {} : { next: to.fullPath } };
  startOffline(me);
  // Opened without signal on the device's copy: only the offline page has its data.
  if (offlineStatus.deviceOnly && to.name !== 'offline') return { name: 'offline' };
  if (to.path === '/dashboard' && to.redirectedFrom?.path === '/') return homeOf(me.role);
  return true;
});

/** District officers who write get the offline side (service worker, device copy, sync), loaded on its own after sign-in. */
function startOffline(me: NonNullable<SessionUser>): void {
  if (!me.district || !me.canWrite) return;
  void import('./offline/boot').then((m) => m.startOffline(me, offlineStatus.deviceOnly));
}
window.addEventListener('online', () => void (offlineStatus.deviceOnly && recheckSession(apollo)));

createApp({ setup: () => (provide(DefaultApolloClient, apollo), () => h(App)) })
  .use(router)
  .use(i18n)
  .mount('#app');
