import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * Whether the client's operation selects `path` below the field being resolved, through fragments
 * too: `selects(info, ['edges', 'node', 'commune'])` in the `participants` resolver. Lets a list query
 * join what its rows' nested fields will ask for, instead of a statement per nested field.
 * @skip/@include are not evaluated: a skipped field counts as selected, which costs a join, never a field.
 */
export function selects(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  return fieldsAt(info, path).length > 0;
}

/**
 * The names of the fields the operation selects directly under `path` (through fragments too), e.g.
 * `selectedNames(info, ['edges', 'node'])`: which columns a list must read. Empty when `path` is not selected.
 */
export function selectedNames(info: GraphQLResolveInfo, path: readonly string[]): ReadonlySet<string> {
  const names = new Set<string>();
  for (const field of fieldsAt(info, path)) if (field.selectionSet) collectNames(field.selectionSet, info, names, new Set());
  return names;
}

function fieldsAt(info: GraphQLResolveInfo, path: readonly string[]): readonly FieldNode[] {
  let fields: readonly FieldNode[] = info.fieldNodes;
  for (const name of path) {
    fields = fields.flatMap((field) => (field.selectionSet ? fieldsNamed(field.selectionSet, name, info) : []));
    if (fields.length === 0) return [];
  }
  return fields;
}

function collectNames(set: SelectionSetNode, info: GraphQLResolveInfo, names: Set<string>, seen: Set<string>): void {
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) names.add(selection.name.value);
    else if (selection.kind === Kind.INLINE_FRAGMENT) collectNames(selection.selectionSet, info, names, seen);
    else {
      const fragment = info.fragments[selection.name.value];
      if (!fragment || seen.has(fragment.name.value)) continue;
      seen.add(fragment.name.value);
      collectNames(fragment.selectionSet, info, names, seen);
    }
  }
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
