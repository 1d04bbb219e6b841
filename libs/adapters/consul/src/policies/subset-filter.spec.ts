import { subsetFilterLabels } from './subset-filter';

describe('subsetFilterLabels', () => {
  it.each([
    ['Service.Meta.version == v1', { version: 'v1' }],
    ['Service.Meta.version == "v2"', { version: 'v2' }],
    ['Service.Meta["version"] == v3', { version: 'v3' }],
    ['Service.Meta.version == v1 and Service.Meta.zone == "eu-1"', { version: 'v1', zone: 'eu-1' }],
  ])('turns %s into labels', (filter, labels) => {
    expect(subsetFilterLabels(filter)).toEqual(labels);
  });

  it.each([
    '"canary" in Service.Tags',
    'Service.Meta.version != v1',
    'Service.Meta.version == v1 or Service.Meta.version == v2',
    'Service.Meta.version matches "v.*"',
  ])('leaves %s unmodelled', (filter) => {
    expect(subsetFilterLabels(filter)).toBeUndefined();
  });
});
