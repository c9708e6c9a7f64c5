import vi from '../../../shared/messages/vi';
import en from '../../../shared/messages/en';

/**
 * The part of the server's catalogue the forms use: field labels and the messages of shared/rules, so a
 * form's own check and the server's refusal say the same words (the texts are written for vue-i18n too).
 */
export const sharedMessages = {
  vi: { fields: vi.fields, rules: vi.rules },
  en: { fields: en.fields, rules: en.rules },
};
