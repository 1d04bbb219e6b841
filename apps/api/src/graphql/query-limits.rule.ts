import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

export interface QueryLimits {
  /** Deepest nesting of selections allowed (fragments are followed). */
  maxDepth: number;
  /** Most field selections one document may make, fragments expanded (bounds alias amplification). */
  maxFields: number;
}

/**
 * A validation rule that rejects documents nested deeper than `maxDepth` or selecting more than
 * `maxFields` fields once fragments are expanded, before anything executes. The error names the limit.
 */
export function queryLimitsRule(limits: QueryLimits) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION)
        fragments.set(definition.name.value, definition);
    }
    let fields = 0;
    const measure = (set: SelectionSetNode, depth: number, seen: ReadonlySet<string>): number => {
      let deepest = depth;
      for (const selection of set.selections) {
        if (fields > limits.maxFields || deepest > limits.maxDepth) return deepest;
        if (selection.kind === Kind.FIELD) {
          fields += 1;
          if (selection.selectionSet)
            deepest = Math.max(deepest, measure(selection.selectionSet, depth + 1, seen));
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          deepest = Math.max(deepest, measure(selection.selectionSet, depth, seen));
        } else {
          const name = selection.name.value;
          const fragment = fragments.get(name);
          // A fragment spread inside itself is reported by graphql-js's own NoFragmentCycles rule.
          if (fragment && !seen.has(name)) {
            deepest = Math.max(
              deepest,
              measure(fragment.selectionSet, depth, new Set([...seen, name])),
            );
          }
        }
      }
      return deepest;
    };
    return {
      OperationDefinition(operation) {
        fields = 0;
        const depth = measure(operation.selectionSet, 1, new Set());
        const name = operation.name?.value ?? 'anonymous operation';
        if (depth > limits.maxDepth) {
          context.reportError(
            new GraphQLError(
              `${name} is nested deeper than the limit of ${limits.maxDepth} levels`,
              {
                nodes: [operation],
                extensions: { code: 'QUERY_TOO_DEEP' },
              },
            ),
          );
        } else if (fields > limits.maxFields) {
          context.reportError(
            new GraphQLError(`${name} selects more than the limit of ${limits.maxFields} fields`, {
              nodes: [operation],
              extensions: { code: 'QUERY_TOO_LARGE' },
            }),
          );
        }
      },
    };
  };
}
