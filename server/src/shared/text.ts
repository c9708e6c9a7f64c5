/**
 * Folds Vietnamese text for diacritics-insensitive search: "Lâm Bình" and "lam binh" fold alike.
 * Stored beside the original in `search*` columns so that a plain LIKE works on every engine.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Makes user text literal inside a LIKE pattern: `%` and `_` match themselves. Use with `ESCAPE '!'`,
 * which both SQLite and MySQL understand.
 */
export function escapeLike(text: string): string {
  return text.replace(/[!%_]/g, '!$&');
}

/** A `LIKE … ESCAPE '!'` pattern finding `text` anywhere in a `search*` column, ignoring diacritics. */
export function containsPattern(text: string): string {
  return `%${escapeLike(foldForSearch(text))}%`;
}
