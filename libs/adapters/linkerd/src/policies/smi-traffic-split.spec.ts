import { type KubeObject } from '@meshwork/adapters-core';
import { PolicyEffectType } from '@meshwork/model';
import { discoverPrimary, fixtureSnapshot } from '../testing/fixtures';

const split: KubeObject = {
  apiVersion: 'split.smi-spec.io/v1alpha2',
  kind: 'TrafficSplit',
  metadata: { name: 'web-canary', namespace: 'emojivoto' },
  spec: {
    service: 'web-svc',
    backends: [
      { service: 'web-svc', weight: 900 },
      { service: 'web-svc-v2', weight: 100 },
    ],
  },
};
const smiNamespace: KubeObject = {
  apiVersion: 'v1',
  kind: 'Namespace',
  metadata: { name: 'linkerd-smi', labels: { 'linkerd.io/extension': 'smi' } },
};
const ID = 'east/emojivoto/TrafficSplit.split.smi-spec.io/web-canary';

describe('SMI TrafficSplits', () => {
  it('are read as Linkerd splits when the linkerd-smi extension is installed', () => {
    const snapshot = fixtureSnapshot('control-plane', 'emojivoto', 'policies')
      .add(split, smiNamespace)
      .build();
    expect(discoverPrimary(snapshot).result.policies.find((p) => p.id === ID)).toMatchObject({
      targets: [{ type: 'SERVICE', service: 'east/emojivoto/Service/web-svc' }],
      effects: [
        {
          type: PolicyEffectType.TRAFFIC_SPLIT,
          backends: [
            { service: 'east/emojivoto/Service/web-svc', weight: 900 },
            { service: 'east/emojivoto/Service/web-svc-v2', weight: 100 },
          ],
        },
      ],
    });
  });

  it('are left to other meshes when linkerd-smi is not installed', () => {
    const snapshot = fixtureSnapshot('control-plane', 'emojivoto', 'policies').add(split).build();
    expect(discoverPrimary(snapshot).result.policies.some((p) => p.id === ID)).toBe(false);
  });
});
