import { tableSortParam } from './table-sort';

describe('tableSortParam', () => {
  const sortParam = tableSortParam(['health', 'name', 'version'] as const, {
    key: 'health',
    descending: false,
  });

  it('falls back to the default for a missing or unknown parameter', () => {
    expect(sortParam.parse(null)).toEqual(sortParam.defaultSort);
    expect(sortParam.parse('colour')).toEqual(sortParam.defaultSort);
    expect(sortParam.parse('-')).toEqual(sortParam.defaultSort);
  });

  it('round-trips every sort and keeps the default out of the URL', () => {
    expect(sortParam.format(sortParam.defaultSort)).toBeNull();
    expect(sortParam.format({ key: 'name', descending: true })).toBe('-name');
    expect(sortParam.parse('-name')).toEqual({ key: 'name', descending: true });
    expect(sortParam.parse('version')).toEqual({ key: 'version', descending: false });
  });

  it('flips the current column and starts another one ascending', () => {
    const byName = sortParam.next(sortParam.defaultSort, 'name');
    expect(byName).toEqual({ key: 'name', descending: false });
    expect(sortParam.next(byName, 'name')).toEqual({ key: 'name', descending: true });
  });
});
