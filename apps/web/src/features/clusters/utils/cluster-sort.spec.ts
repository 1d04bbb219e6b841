import {
  defaultClusterSort,
  formatClusterSort,
  nextClusterSort,
  parseClusterSort,
} from './cluster-sort';

describe('cluster sort in the URL', () => {
  it('defaults to problems first when the parameter is missing or unknown', () => {
    expect(parseClusterSort(null)).toEqual(defaultClusterSort);
    expect(parseClusterSort('colour')).toEqual(defaultClusterSort);
    expect(parseClusterSort('-')).toEqual(defaultClusterSort);
  });

  it('reads a leading minus as descending', () => {
    expect(parseClusterSort('-lastSeen')).toEqual({ key: 'lastSeen', descending: true });
    expect(parseClusterSort('name')).toEqual({ key: 'name', descending: false });
  });

  it('round-trips every sort and leaves the default out of the URL', () => {
    expect(formatClusterSort(defaultClusterSort)).toBeNull();
    for (const sort of [
      { key: 'name', descending: true },
      { key: 'version', descending: false },
      { key: 'severity', descending: true },
    ] as const) {
      expect(parseClusterSort(formatClusterSort(sort))).toEqual(sort);
    }
  });

  it('flips the direction when the current column is clicked again', () => {
    const byName = nextClusterSort(defaultClusterSort, 'name');
    expect(byName).toEqual({ key: 'name', descending: false });
    expect(nextClusterSort(byName, 'name')).toEqual({ key: 'name', descending: true });
    expect(nextClusterSort({ key: 'name', descending: true }, 'server')).toEqual({
      key: 'server',
      descending: false,
    });
  });
});
