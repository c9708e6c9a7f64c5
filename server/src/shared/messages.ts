import i18next from 'i18next';
import vi from '../../../shared/messages/vi';
import en from '../../../shared/messages/en';
import type { Violation } from '../../../shared/rules/violation';
import { currentLanguage, type Language } from './language';

/** Values of a message's placeholders, as sent to clients in `extensions.params`. */
export type MessageParams = Record<string, string | number>;

const translator = i18next.createInstance();
// Resources are in memory, so initialisation finishes synchronously. Single-brace placeholders, as
// vue-i18n writes them: the web reads the same catalogue (shared/messages).
void translator.init({
  resources: { vi: { translation: vi }, en: { translation: en } },
  lng: 'vi',
  fallbackLng: 'vi',
  initAsync: false,
  interpolation: { prefix: '{', suffix: '}', escapeValue: false },
});

/** The message `key` (e.g. "errors.noFunding") in the request's language, or in `language`. */
export function render(key: string, params: MessageParams = {}, language: Language = currentLanguage()): string {
  return translator.t(key, { ...params, lng: language });
}

/** What users see as a field's name: the form's label ("Họ và tên"), the field itself when it has none. */
export function fieldLabel(field: string, language: Language = currentLanguage()): string {
  const name = field.split('.').pop() as string;
  return translator.exists(`fields.${name}`, { lng: language }) ? translator.t(`fields.${name}`, { lng: language }) : name;
}

/** A message naming a field: `{label}` is the field's label. */
export function renderForField(key: string, field: string, params: MessageParams = {}, language: Language = currentLanguage()): string {
  return render(key, { ...params, label: fieldLabel(field, language) }, language);
}

export function renderViolation(v: Violation, language: Language = currentLanguage()): string {
  return renderForField(`rules.${v.code}`, v.field, v.params ?? {}, language);
}

/** An entity's name for messages ("hoạt động"), the type name itself when the catalogue has none. */
export function entityLabel(entity: string, language: Language = currentLanguage()): string {
  return translator.exists(`entities.${entity}`, { lng: language }) ? translator.t(`entities.${entity}`, { lng: language }) : entity;
}
