import { matchesLabelSelector, matchesLabels } from './label-selector';

describe('matchesLabelSelector', () => {
  const labels = { app: 'cart', version: 'v2', tier: 'backend' };

  it('matches everything with an empty or absent selector', () => {
    expect(matchesLabelSelector(undefined, labels)).toBe(true);
    expect(matchesLabelSelector({}, {})).toBe(true);
  });

  it('requires every matchLabels pair', () => {
    expect(matchesLabelSelector({ matchLabels: { app: 'cart', version: 'v2' } }, labels)).toBe(
      true,
    );
    expect(matchesLabelSelector({ matchLabels: { app: 'cart', version: 'v1' } }, labels)).toBe(
      false,
    );
  });

  it('evaluates In, NotIn, Exists and DoesNotExist expressions', () => {
    const check = (
      operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist',
      key: string,
      values?: string[],
    ) =>
      matchesLabelSelector(
        { matchExpressions: [{ key, operator, ...(values && { values }) }] },
        labels,
      );
    expect(check('In', 'version', ['v1', 'v2'])).toBe(true);
    expect(check('In', 'missing', ['x'])).toBe(false);
    expect(check('NotIn', 'version', ['v1'])).toBe(true);
    expect(check('NotIn', 'version', ['v2'])).toBe(false);
    expect(check('NotIn', 'missing', ['x'])).toBe(true);
    expect(check('Exists', 'tier')).toBe(true);
    expect(check('DoesNotExist', 'tier')).toBe(false);
  });
});

describe('matchesLabels', () => {
  it('needs all pairs and treats missing labels as no match', () => {
    expect(matchesLabels({ app: 'cart' }, { app: 'cart', x: 'y' })).toBe(true);
    expect(matchesLabels({ app: 'cart' }, undefined)).toBe(false);
  });
});
