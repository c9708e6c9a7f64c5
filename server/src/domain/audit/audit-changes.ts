/**
 * Columns every write touches or derives, which say nothing a reader wants to know: the version and
 * timestamps, and the folded copies kept for search (`searchName` beside `fullName`).
 */
function isBookkeeping(column: string): boolean {
  return column === 'id' || column === 'version' || column === 'createdAt' || column === 'updatedAt' || /^search[A-Z]/.test(column);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The columns whose value differs between two snapshots (a creation: those it set; a deletion: those it removed), in column order. */
export function changedFields(before: Record<string, unknown> | null, after: Record<string, unknown> | null): string[] {
  const columns = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  return columns.filter((c) => !isBookkeeping(c) && !same(before?.[c], after?.[c]));
}
