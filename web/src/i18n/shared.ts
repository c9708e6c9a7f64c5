import vi from '../../../shared/messages/vi';
import en from '../../../shared/messages/en';

/**
 * The part of the server's catalogue the web uses: field labels, record names and the messages of
 * shared/rules, so a form's own check, the audit log and the server's refusal say the same words (the
 * texts are written for vue-i18n too).
 */
export const sharedMessages = {
  vi: { fields: vi.fields, entities: vi.entities, rules: vi.rules },
  en: { fields: en.fields, entities: en.entities, rules: en.rules },
};
