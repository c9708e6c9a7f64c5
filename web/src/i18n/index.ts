import { watchEffect } from 'vue';
import { createI18n } from 'vue-i18n';
import { setNumberLanguage } from '../format';
import vi from './vi';
import en from './en';
import { sharedMessages } from './shared';

export type Locale = 'vi' | 'en';
const STORAGE_KEY = 'p135.locale';

function initialLocale(): Locale {
  const saved = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  return saved === 'en' ? 'en' : 'vi';
}

let shown: { global: { locale: { value: string } } } | null = null;

/** The UI's language as requests send it (Accept-Language), so the server's messages match the page: the one it shows now. */
export const uiLanguage = (): Locale => (shown ? (shown.global.locale.value === 'en' ? 'en' : 'vi') : initialLocale());

/** Vietnamese by default; the choice (not the session) is remembered in localStorage. */
export function createPortalI18n(locale: Locale = initialLocale()) {
  const i18n = createI18n({
    legacy: false,
    locale,
    fallbackLocale: 'vi',
    messages: { vi: { ...sharedMessages.vi, ...vi }, en: { ...sharedMessages.en, ...en } },
  });
  // Numbers follow the language (format.ts); a switch of language re-formats them.
  watchEffect(() => setNumberLanguage(i18n.global.locale.value === 'en' ? 'en' : 'vi'));
  shown = i18n;
  return i18n;
}

export function rememberLocale(locale: Locale): void {
  localStorage.setItem(STORAGE_KEY, locale);
  document.documentElement.lang = locale;
}
