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
