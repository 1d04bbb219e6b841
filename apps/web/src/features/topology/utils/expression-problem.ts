import { CombinedError } from 'urql';

/** A Find or Hide expression the hub refused (its INVALID_EXPRESSION error), by field. */
export interface ExpressionProblem {
  field: 'find' | 'hide';
  message: string;
}

/** Reads the hub's INVALID_EXPRESSION error out of a failed query; undefined for other failures. */
export function expressionProblemOf(error: Error | undefined): ExpressionProblem | undefined {
  if (!(error instanceof CombinedError)) return undefined;
  for (const graphqlError of error.graphQLErrors) {
    const extensions = graphqlError.extensions as { code?: unknown; field?: unknown };
    if (extensions.code !== 'INVALID_EXPRESSION') continue;
    const field = extensions.field === 'find' ? 'find' : 'hide';
    // The hub starts its message with the field's name, which the page says in words instead.
    return { field, message: graphqlError.message.replace(/^(find|hide):\s*/, '') };
  }
  return undefined;
}
