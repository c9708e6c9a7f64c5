import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * Whether the client's operation selects `path` below the field being resolved, through fragments
 * too: `selects(info, ['edges', 'node', 'commune'])` in the `participants` resolver. Lets a list query
 * join what its rows' nested fields will ask for, instead of a statement per nested field.
 * @skip/@include are not evaluated: a skipped field counts as selected, which costs a join, never a field.
 */
export function selects(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  let fields: readonly FieldNode[] = info.fieldNodes;
  for (const name of path) {
    fields = fields.flatMap((field) => (field.selectionSet ? fieldsNamed(field.selectionSet, name, info) : []));
    if (fields.length === 0) return false;
  }
  return true;
}

function fieldsNamed(set: SelectionSetNode, name: string, info: GraphQLResolveInfo, seen: ReadonlySet<string> = new Set()): FieldNode[] {
  return set.selections.flatMap((selection): FieldNode[] => {
    if (selection.kind === Kind.FIELD) return selection.name.value === name ? [selection] : [];
    if (selection.kind === Kind.INLINE_FRAGMENT) return fieldsNamed(selection.selectionSet, name, info, seen);
    const fragment = info.fragments[selection.name.value];
    if (!fragment || seen.has(fragment.name.value)) return [];
    return fieldsNamed(fragment.selectionSet, name, info, new Set([...seen, fragment.name.value]));
  });
}
