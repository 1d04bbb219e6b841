import { type KubeObject } from '../../kube-object';
import { POD_STARTED } from './generated-pod-status';

/** A Ready node as the kubelet registers it, reduced to what mesh tooling reads. */
export function generatedNode(
  name: string,
  zone: string,
  ip: string,
  kubeletVersion: string,
): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name,
      labels: {
        'kubernetes.io/hostname': name,
        'kubernetes.io/os': 'linux',
        'topology.kubernetes.io/zone': zone,
      },
    },
    spec: {},
    status: {
      addresses: [{ type: 'InternalIP', address: ip }],
      conditions: [
        { type: 'Ready', status: 'True', reason: 'KubeletReady', lastTransitionTime: POD_STARTED },
      ],
      nodeInfo: {
        kubeletVersion,
        containerRuntimeVersion: 'containerd://2.0.5',
        osImage: 'Ubuntu 24.04.3 LTS',
        architecture: 'amd64',
        operatingSystem: 'linux',
      },
    },
  };
}
