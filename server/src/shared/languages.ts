/** The languages the server answers in; Vietnamese unless the caller asks for English (language.ts). */
export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
