import { GraphQLError } from 'graphql';
import { CombinedError } from 'urql';
import { expressionProblemOf } from './expression-problem';

describe('expressionProblemOf', () => {
  it('names the refused field and keeps the reason', () => {
    const error = new CombinedError({
      graphQLErrors: [
        new GraphQLError('hide: expected a value at position 12: namespace =', {
          extensions: { code: 'INVALID_EXPRESSION', field: 'hide', position: 12 },
        }),
      ],
    });
    expect(expressionProblemOf(error)).toEqual({
      field: 'hide',
      message: 'expected a value at position 12: namespace =',
    });
  });

  it('ignores other failures', () => {
    expect(
      expressionProblemOf(new CombinedError({ networkError: new Error('down') })),
    ).toBeUndefined();
    expect(expressionProblemOf(new Error('plain'))).toBeUndefined();
    expect(expressionProblemOf(undefined)).toBeUndefined();
  });
});
