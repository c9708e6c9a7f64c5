/**
 * The one spelling of a username, used to store it, to look it up and to key the sign-in throttle, so
 * that "  HUYEN-070\t", "Huyen-070" and "huyen-070" are one account with one budget of guesses.
 * Control and format characters (NUL, zero-width joiners) are dropped, the text is composed (NFC: the
 * "ề" typed as e + two accents equals the precomposed one), trimmed and lower-cased.
 */
export function normalizeUsername(typed: string): string {
  return typed
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .normalize('NFC')
    .trim()
    .toLowerCase();
}
