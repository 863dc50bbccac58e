import {
  getArgumentValues,
  getNamedType,
  isCompositeType,
  isObjectType,
  isInterfaceType,
  Kind,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/** The weights graphql-armor's cost limit uses, kept so a query costs what it cost before variables counted. */
const SCALAR_COST = 1;
const OBJECT_COST = 2;
const DEPTH_FACTOR = 1.5;

/**
 * The cost of an operation as graphql-armor's cost-limit rule computes it (a leaf costs 1, a field
 * with a selection 2 plus 1.5 times its children, times its `first`/`last`), except that `first` and
 * `last` are read with the request's coerced variables and the arguments' defaults. armor reads only
 * integer literals, so `first: $n` and an omitted `first` (default 20) counted as 1: fifteen aliases
 * of `matters(first: $n)` with n = 100 passed a limit their literal twin failed.
 */
export function operationCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
): number {
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;
  const fragmentCosts = new Map<string, number>();

  const selectionsCost = (set: SelectionSetNode, parent: GraphQLCompositeType): number => {
    let total = 0;
    for (const selection of set.selections) {
      switch (selection.kind) {
        case Kind.FIELD: {
          if (selection.name.value === '__schema' || selection.name.value === '__type') break; // introspection is armor's to ignore too
          const field = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[selection.name.value] : undefined;
          if (!selection.selectionSet) {
            total += DEPTH_FACTOR * SCALAR_COST;
            break;
          }
          const type = field ? getNamedType(field.type) : undefined;
          const children = type && isCompositeType(type) ? selectionsCost(selection.selectionSet, type) : 0;
          let multiplier = 1;
          if (field) {
            const args = getArgumentValues(field, selection, variables);
            const n = args.first ?? args.last;
            if (typeof n === 'number' && Number.isFinite(n)) multiplier = Math.max(n, 1);
          }
          total += DEPTH_FACTOR * (OBJECT_COST + children) * multiplier;
          break;
        }
        case Kind.INLINE_FRAGMENT: {
          const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
          const inner = type && isCompositeType(type) ? selectionsCost(selection.selectionSet, type) : 0;
          total += DEPTH_FACTOR * (OBJECT_COST + inner);
          break;
        }
        case Kind.FRAGMENT_SPREAD: {
          const name = selection.name.value;
          let cost = fragmentCosts.get(name);
          if (cost === undefined) {
            const fragment = fragments[name];
            const type = fragment && schema.getType(fragment.typeCondition.name.value);
            cost = fragment && type && isCompositeType(type) ? OBJECT_COST + selectionsCost(fragment.selectionSet, type) : 0;
            fragmentCosts.set(name, cost);
          }
          total += DEPTH_FACTOR * (SCALAR_COST + DEPTH_FACTOR * cost);
          break;
        }
      }
    }
    return total;
  };

  // armor does not weigh the operation's own fields by depth: undo the factor applied to each.
  return selectionsCost(operation.selectionSet, root) / DEPTH_FACTOR;
}
