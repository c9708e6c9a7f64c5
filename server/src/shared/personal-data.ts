/**
 * Personal data (ID numbers, phones) is shown masked to API keys and viewers unless the province
 * admin granted them `personalData` (docs/SECURITY.md, "Personal data").
 */

/** Marks a GraphQL field as personal data: graphql/personal-data.ts masks it for callers without the grant. */
export const PERSONAL_DATA = { personalData: true } as const;

/**
 * The first character and the last three, e.g. "008185001234" → "0xx…234": enough to tell two people
 * apart on a list or to confirm a number the reader already holds, not enough to contact or identify
 * anyone, and the length is hidden. Values too short to keep four characters are hidden whole.
 */
export function maskPersonalData(value: string | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return value ?? null;
  return value.length < 8 ? '…' : `${value[0]}xx…${value.slice(-3)}`;
}
