import { textLength, violation, type Violation } from './violation';

/** A username as typed: case and surrounding spaces are normalised away before it is stored. */
export const TYPED_USERNAME = /^\s*[a-zA-Z0-9._-]{3,64}\s*$/;
/** Passwords: at least 10 characters (a passphrase is easier to remember than symbols). */
export const PASSWORD_LENGTH = { min: 10, max: 200 } as const;
export const DISPLAY_NAME_MAX = 120;
export const API_KEY_NAME_LENGTH = { min: 2, max: 120 } as const;

export function checkUsername(value: string | null | undefined): Violation | null {
  if (!value || value.trim() === '') return violation('username', 'required');
  return TYPED_USERNAME.test(value) ? null : violation('username', 'username', { min: 3, max: 64 });
}

/** Counted as typed (not trimmed): spaces are part of a passphrase. */
export function checkPassword(value: string | null | undefined): Violation | null {
  const length = (value ?? '').length;
  if (length === 0) return violation('password', 'required');
  return length >= PASSWORD_LENGTH.min && length <= PASSWORD_LENGTH.max ? null : violation('password', 'length', { ...PASSWORD_LENGTH });
}

/** Optional: a blank display name is sent as none. */
export function checkDisplayName(value: string | null | undefined): Violation | null {
  return textLength('displayName', value, 0, DISPLAY_NAME_MAX);
}

/** Who an API key is for ("Cục Thống kê – báo cáo quý"). */
export function checkApiKeyName(value: string | null | undefined): Violation | null {
  return textLength('name', value, API_KEY_NAME_LENGTH.min, API_KEY_NAME_LENGTH.max);
}
