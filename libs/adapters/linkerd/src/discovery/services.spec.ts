import { discoverPrimary, fixtureSnapshot } from '../testing/fixtures';

const services = () =>
  discoverPrimary(fixtureSnapshot('control-plane', 'emojivoto', 'policies', 'multicluster').build())
    .result.services;
const byName = (name: string) => services().find((s) => s.name === name);

describe('Linkerd services', () => {
  it('groups the workloads behind a Service by their version label', () => {
    expect(byName('voting-svc')).toMatchObject({
      meshes: ['east/linkerd/Mesh/linkerd'],
      workloads: ['east/emojivoto/Deployment/voting', 'east/emojivoto/Deployment/voting-v2'],
      versions: [
        {
          name: 'v1',
          labels: { app: 'voting-svc', version: 'v1' },
          workloads: ['east/emojivoto/Deployment/voting'],
        },
        {
          name: 'v2',
          labels: { app: 'voting-svc', version: 'v2' },
          workloads: ['east/emojivoto/Deployment/voting-v2'],
        },
      ],
      ports: [{ name: 'grpc', port: 8080, targetPort: 8080, protocol: 'TCP' }],
      logicalKey: 'emojivoto/voting-svc',
    });
  });

  it('calls workloads without a version label unversioned', () => {
    expect(byName('web-svc')?.versions).toEqual([
      {
        name: 'unversioned',
        labels: { app: 'web-svc' },
        workloads: ['east/emojivoto/Deployment/web'],
      },
    ]);
  });

  it('gives a mirror the logical key of the Service it mirrors, so both are one logical service', () => {
    expect(byName('voting-svc-west')).toMatchObject({
      meshes: ['east/linkerd/Mesh/linkerd'],
      workloads: [],
      logicalKey: 'emojivoto/voting-svc',
    });
    expect(byName('web-svc-west')?.logicalKey).toBe('emojivoto/web-svc');
    expect(byName('emoji-svc-federated')?.logicalKey).toBe('emojivoto/emoji-svc');
    expect(byName('voting-svc-west')?.selector).toBeUndefined();
  });

  it('keeps a Service only named by a policy, outside the mesh', () => {
    expect(byName('web-svc-v2')).toMatchObject({ meshes: [], workloads: [] });
  });

  it('leaves out Services with no meshed workload that no policy names, and the gateway probe mirror', () => {
    const names = services().map((s) => s.name);
    expect(names).not.toContain('probe-gateway-west');
    expect(names).toEqual([
      'emoji-svc',
      'emoji-svc-federated',
      'voting-svc',
      'voting-svc-west',
      'web-svc',
      'web-svc-v2',
      'web-svc-west',
    ]);
  });
});
