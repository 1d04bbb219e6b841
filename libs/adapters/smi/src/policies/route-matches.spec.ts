import { accessOperationOf, httpMatchesOf } from './route-matches';

describe('accessOperationOf', () => {
  it('keeps a path regex and specific methods', () => {
    expect(
      accessOperationOf({ name: 'm', pathRegex: '/metrics', methods: ['GET'], headers: {} }),
    ).toEqual({
      paths: ['/metrics'],
      methods: ['GET'],
    });
  });

  it('drops a match-all path and the * method, leaving an operation that matches anything', () => {
    expect(
      accessOperationOf({ name: 'all', pathRegex: '.*', methods: ['*'], headers: {} }),
    ).toEqual({});
  });
});

describe('httpMatchesOf', () => {
  it('turns a literal path into a prefix (SMI regexes are anchored at the start only)', () => {
    expect(
      httpMatchesOf({ name: 'api', pathRegex: '/api', methods: [], headers: {} }).matches,
    ).toEqual([{ path: { type: 'PREFIX', value: '/api' } }]);
  });

  it('keeps real regexes as regexes and makes one match per method', () => {
    expect(
      httpMatchesOf({
        name: 'buy',
        pathRegex: '.*a-book.*new',
        methods: ['GET', 'HEAD'],
        headers: {},
      }).matches,
    ).toEqual([
      { path: { type: 'REGEX', value: '.*a-book.*new' }, method: 'GET' },
      { path: { type: 'REGEX', value: '.*a-book.*new' }, method: 'HEAD' },
    ]);
  });

  it('keeps literal header values as exact matches and reports regex ones', () => {
    const converted = httpMatchesOf({
      name: 'h',
      methods: ['*'],
      headers: { 'client-app': 'bookbuyer', 'user-agent': '.*Android.*' },
    });
    expect(converted.matches).toEqual([{ headers: { 'client-app': 'bookbuyer' } }]);
    expect(converted.lostHeaders).toEqual(['user-agent']);
  });
});
