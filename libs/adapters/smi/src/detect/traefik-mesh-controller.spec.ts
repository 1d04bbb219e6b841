import { type WorkloadObject } from '@meshwork/adapters-core';
import { readTraefikMeshSettings } from './traefik-mesh-controller';

const controller = (args: string[], name = 'traefik-mesh-controller'): WorkloadObject => ({
  metadata: { name: 'traefik-mesh-controller', namespace: 'traefik-mesh' },
  spec: { template: { spec: { containers: [{ name, image: 'traefik/mesh:v1.4.8', args }] } } },
});

describe('readTraefikMeshSettings', () => {
  it('uses the controller defaults when no flag is given', () => {
    expect(readTraefikMeshSettings(controller([]))).toEqual({
      acl: false,
      defaultMode: 'http',
      watchNamespaces: [],
      ignoreNamespaces: ['kube-system'],
    });
  });

  it('reads --name=value, --name value and comma-separated lists', () => {
    const settings = readTraefikMeshSettings(
      controller([
        '--acl=true',
        '--defaultMode',
        'tcp',
        '--watchNamespaces=a,b',
        '--ignoreNamespaces',
        'c',
      ]),
    );
    expect(settings).toEqual({
      acl: true,
      defaultMode: 'tcp',
      watchNamespaces: ['a', 'b'],
      ignoreNamespaces: ['c', 'kube-system'],
    });
  });

  it('takes a bare --acl as on and --acl=false as off', () => {
    expect(readTraefikMeshSettings(controller(['--acl', '--namespace=x'])).acl).toBe(true);
    expect(readTraefikMeshSettings(controller(['--acl=false'])).acl).toBe(false);
  });

  it('reads the Maesh-era container name too', () => {
    expect(readTraefikMeshSettings(controller(['--acl'], 'maesh-controller')).acl).toBe(true);
  });
});
