import type { KubeObject, VirtualClusterSpec } from '@meshwork/fleet-sim';

const namespace = (name: string, labels: Record<string, string> = {}): KubeObject => ({
  apiVersion: 'v1',
  kind: 'Namespace',
  metadata: { name, labels },
});

/** The demo fleet's clusters. Their mesh content comes from the scenario files of libs/fleet-sim. */
export function demoClusters(): VirtualClusterSpec[] {
  return [
    {
      name: 'east',
      kubernetesVersion: 'v1.34.1',
      objects: [namespace('istio-system'), namespace('shop', { 'istio-injection': 'enabled' })],
    },
    {
      name: 'west',
      kubernetesVersion: 'v1.34.1',
      objects: [namespace('istio-system'), namespace('shop', { 'istio-injection': 'enabled' })],
    },
    {
      name: 'north',
      kubernetesVersion: 'v1.33.4',
      objects: [namespace('linkerd'), namespace('emojivoto')],
    },
    {
      name: 'south',
      kubernetesVersion: 'v1.35.0',
      objects: [namespace('consul'), namespace('payments')],
    },
  ];
}
