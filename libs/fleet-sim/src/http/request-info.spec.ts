import { parseRequestInfo } from './request-info';

const info = (method: string, url: string) => {
  const u = new URL(url, 'http://x');
  return parseRequestInfo(method, u.pathname, u.searchParams);
};

describe('parseRequestInfo', () => {
  it.each([
    ['GET', '/api/v1/pods', { verb: 'list', resource: 'pods', namespace: '', name: '' }],
    [
      'GET',
      '/api/v1/namespaces/a/pods?watch=1',
      { verb: 'watch', resource: 'pods', namespace: 'a' },
    ],
    ['GET', '/api/v1/watch/namespaces/a/pods', { verb: 'watch', resource: 'pods', namespace: 'a' }],
    [
      'GET',
      '/api/v1/namespaces/a',
      { verb: 'get', resource: 'namespaces', name: 'a', namespace: 'a' },
    ],
    [
      'PUT',
      '/api/v1/namespaces/a/status',
      { verb: 'update', resource: 'namespaces', name: 'a', subresource: 'status' },
    ],
    [
      'PATCH',
      '/apis/apps/v1/namespaces/a/deployments/d/status',
      { verb: 'patch', group: 'apps', resource: 'deployments', name: 'd', subresource: 'status' },
    ],
    ['DELETE', '/api/v1/namespaces/a/configmaps', { verb: 'deletecollection' }],
    ['POST', '/api/v1/namespaces', { verb: 'create', resource: 'namespaces', namespace: '' }],
  ])('%s %s', (method, url, expected) => {
    expect(info(method, url)).toMatchObject({ resourceRequest: true, ...expected });
  });

  it('marks discovery and health paths as non-resource requests', () => {
    for (const url of [
      '/api',
      '/api/v1',
      '/apis',
      '/apis/apps',
      '/apis/apps/v1',
      '/version',
      '/healthz',
    ]) {
      expect(info('GET', url)).toMatchObject({ resourceRequest: false, verb: 'get' });
    }
  });
});
