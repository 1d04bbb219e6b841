import { type JsonObject, type KubeObject } from '../../kube-object';
import { safeSuffix, stableUid } from './generated-names';
import { generatedNode } from './generated-node';
import {
  type InjectablePod,
  type PodInjector,
  type PodLabeler,
  type PodTemplate,
} from './pod-injection';
import { POD_STARTED, sharedPodStatus, type SharedPodStatus } from './generated-pod-status';

// Shared by every endpoint: generated objects are read-only (see generateFleet).
const READY_ENDPOINT = Object.freeze({ ready: true, serving: true, terminating: false });

/**
 * Builds the built-in objects of one generated cluster: nodes, and Deployments with their ReplicaSet,
 * Ready pods (spread over the nodes, one pod IP each), Services and EndpointSlices. Names, uids and
 * addresses derive from the cluster name, so the same inputs give the same objects.
 */
export class ClusterBuilder {
  readonly objects: KubeObject[] = [];
  private readonly nodes: { name: string; zone: string; ip: string }[] = [];
  private readonly nextIp: number[] = [];
  private podCount = 0;

  constructor(
    readonly cluster: string,
    private readonly clusterIndex: number,
    nodeCount: number,
    private readonly kubeletVersion: string,
  ) {
    for (let i = 0; i < nodeCount; i++) {
      const zone = `zone-${String.fromCharCode(97 + (i % 3))}`;
      const name = `${cluster}-node-${String(i).padStart(3, '0')}`;
      this.nodes.push({
        name,
        zone,
        ip: `172.${16 + (clusterIndex % 16)}.${i >> 8}.${(i % 254) + 1}`,
      });
      this.nextIp.push(2);
      this.add(this.node(i));
    }
  }

  add(...objects: KubeObject[]): void {
    this.objects.push(...objects);
  }

  uid(kind: string, namespace: string, name: string): string {
    return stableUid(`${this.cluster}/${kind}/${namespace}/${name}`);
  }

  namespace(
    name: string,
    labels: Record<string, string> = {},
    annotations?: Record<string, string>,
  ): void {
    this.add({
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: {
        name,
        labels: { 'kubernetes.io/metadata.name': name, ...labels },
        ...(annotations ? { annotations } : {}),
      },
      spec: { finalizers: ['kubernetes'] },
      status: { phase: 'Active' },
    });
  }

  serviceAccount(namespace: string, name: string, labels?: Record<string, string>): void {
    this.add({
      apiVersion: 'v1',
      kind: 'ServiceAccount',
      metadata: { name, namespace, ...(labels ? { labels } : {}) },
    });
  }

  /** A Deployment, its ReplicaSet and `replicas` Ready pods; returns the pods. */
  deployment(
    namespace: string,
    name: string,
    opts: {
      labels: Record<string, string>;
      selector: Record<string, string>;
      replicas: number;
      template: PodTemplate;
      inject?: PodInjector;
      podLabels?: PodLabeler;
    },
  ): KubeObject[] {
    const hash = safeSuffix(`${this.cluster}/rs/${namespace}/${name}`, 10);
    const rsName = `${name}-${hash}`;
    const template = {
      metadata: {
        labels: opts.template.labels,
        ...(opts.template.annotations ? { annotations: opts.template.annotations } : {}),
      },
      spec: opts.template.spec,
    };
    const owner = (kind: string, ownerName: string) => [
      {
        apiVersion: 'apps/v1',
        kind,
        name: ownerName,
        uid: this.uid(kind, namespace, ownerName),
        controller: true,
        blockOwnerDeletion: true,
      },
    ];
    const replicas = opts.replicas;
    this.add(
      {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: {
          name,
          namespace,
          uid: this.uid('Deployment', namespace, name),
          labels: opts.labels,
          annotations: { 'deployment.kubernetes.io/revision': '1' },
        },
        spec: { replicas, selector: { matchLabels: opts.selector }, template },
        status: {
          observedGeneration: 1,
          replicas,
          updatedReplicas: replicas,
          readyReplicas: replicas,
          availableReplicas: replicas,
        },
      },
      {
        apiVersion: 'apps/v1',
        kind: 'ReplicaSet',
        metadata: {
          name: rsName,
          namespace,
          uid: this.uid('ReplicaSet', namespace, rsName),
          labels: { ...opts.template.labels, 'pod-template-hash': hash },
          ownerReferences: owner('Deployment', name),
        },
        spec: {
          replicas,
          selector: { matchLabels: { ...opts.selector, 'pod-template-hash': hash } },
          template: {
            ...template,
            metadata: {
              ...template.metadata,
              labels: { ...template.metadata.labels, 'pod-template-hash': hash },
            },
          },
        },
        status: {
          observedGeneration: 1,
          replicas,
          fullyLabeledReplicas: replicas,
          readyReplicas: replicas,
          availableReplicas: replicas,
        },
      },
    );
    const shape = this.podShape(
      namespace,
      opts.template,
      { 'pod-template-hash': hash },
      owner('ReplicaSet', rsName),
    );
    opts.inject?.(shape.injectable, { kind: 'Deployment', name, namespace });
    const pods: KubeObject[] = [];
    for (let i = 0; i < replicas; i++) {
      const podName = `${rsName}-${safeSuffix(`${this.cluster}/pod/${namespace}/${rsName}/${i}`, 5)}`;
      pods.push(this.pod(shape, podName, opts.podLabels?.(namespace, podName)));
    }
    this.add(...pods);
    return pods;
  }

  /** A StatefulSet and its `replicas` Ready pods `<name>-<ordinal>`; returns the pods. */
  statefulSet(
    namespace: string,
    name: string,
    opts: {
      labels: Record<string, string>;
      selector: Record<string, string>;
      replicas: number;
      template: PodTemplate;
    },
  ): KubeObject[] {
    const revision = `${name}-${safeSuffix(`${this.cluster}/sts/${namespace}/${name}`, 10)}`;
    const replicas = opts.replicas;
    const template = {
      metadata: {
        labels: opts.template.labels,
        ...(opts.template.annotations ? { annotations: opts.template.annotations } : {}),
      },
      spec: opts.template.spec,
    };
    this.add({
      apiVersion: 'apps/v1',
      kind: 'StatefulSet',
      metadata: {
        name,
        namespace,
        uid: this.uid('StatefulSet', namespace, name),
        labels: opts.labels,
      },
      spec: { replicas, serviceName: name, selector: { matchLabels: opts.selector }, template },
      status: {
        observedGeneration: 1,
        replicas,
        readyReplicas: replicas,
        currentReplicas: replicas,
        updatedReplicas: replicas,
        availableReplicas: replicas,
        currentRevision: revision,
        updateRevision: revision,
      },
    });
    const owner = [
      {
        apiVersion: 'apps/v1',
        kind: 'StatefulSet',
        name,
        uid: this.uid('StatefulSet', namespace, name),
        controller: true,
        blockOwnerDeletion: true,
      },
    ];
    const shape = this.podShape(
      namespace,
      opts.template,
      { 'controller-revision-hash': revision },
      owner,
    );
    const pods: KubeObject[] = [];
    for (let i = 0; i < replicas; i++) {
      const podName = `${name}-${i}`;
      const pod = this.pod(shape, podName, { 'statefulset.kubernetes.io/pod-name': podName });
      Object.assign(pod.spec as JsonObject, { hostname: podName, subdomain: name });
      pods.push(pod);
    }
    this.add(...pods);
    return pods;
  }

  /** A ClusterIP Service selecting `selector`, and the EndpointSlice of `pods` behind it. */
  service(
    namespace: string,
    name: string,
    opts: {
      labels?: Record<string, string>;
      selector: Record<string, string>;
      port: { name: string; port: number; targetPort: number };
      pods: KubeObject[];
    },
  ): void {
    const ports = [
      {
        name: opts.port.name,
        port: opts.port.port,
        targetPort: opts.port.targetPort,
        protocol: 'TCP',
      },
    ];
    this.add(
      {
        apiVersion: 'v1',
        kind: 'Service',
        metadata: {
          name,
          namespace,
          uid: this.uid('Service', namespace, name),
          labels: opts.labels ?? { app: name },
        },
        spec: { type: 'ClusterIP', selector: opts.selector, ports },
      },
      {
        apiVersion: 'discovery.k8s.io/v1',
        kind: 'EndpointSlice',
        metadata: {
          name: `${name}-${safeSuffix(`${this.cluster}/eps/${namespace}/${name}`, 5)}`,
          namespace,
          labels: {
            'kubernetes.io/service-name': name,
            'endpointslice.kubernetes.io/managed-by': 'endpointslice-controller.k8s.io',
          },
          ownerReferences: [
            {
              apiVersion: 'v1',
              kind: 'Service',
              name,
              uid: this.uid('Service', namespace, name),
              controller: true,
              blockOwnerDeletion: true,
            },
          ],
        },
        addressType: 'IPv4',
        endpoints: opts.pods.map((pod) => {
          const status = pod.status as { podIP: string };
          const spec = pod.spec as { nodeName: string };
          return {
            addresses: [status.podIP],
            conditions: READY_ENDPOINT,
            nodeName: spec.nodeName,
            targetRef: { kind: 'Pod', name: pod.metadata.name, namespace, uid: pod.metadata.uid },
          };
        }),
        ports: [{ name: opts.port.name, port: opts.port.targetPort, protocol: 'TCP' }],
      },
    );
  }

  /** What the pods of one workload share: metadata maps, spec and container statuses (read-only). */
  private podShape(
    namespace: string,
    template: PodTemplate,
    extraLabels: Record<string, string>,
    ownerReferences: JsonObject[],
  ) {
    const injectable: InjectablePod = {
      metadata: {
        namespace,
        labels: { ...template.labels, ...extraLabels },
        annotations: { ...template.annotations },
      },
      spec: { ...template.spec, containers: [...template.spec.containers] },
    };
    let statuses: SharedPodStatus | undefined;
    const status = (): SharedPodStatus => (statuses ??= sharedPodStatus(injectable.spec));
    return { namespace, injectable, ownerReferences, status };
  }

  /** One pod of `shape`, scheduled round-robin on the nodes, Ready with its own IP. */
  private pod(
    shape: ReturnType<ClusterBuilder['podShape']>,
    name: string,
    ownLabels?: Record<string, string>,
  ): KubeObject {
    const index = this.podCount % this.nodes.length;
    this.podCount += 1;
    const node = this.nodes[index]!;
    const n = this.nextIp[index]!;
    this.nextIp[index] = n + 1;
    const podIP = `10.${64 + (this.clusterIndex % 192)}.${index}.${n}`;
    const meta = shape.injectable.metadata;
    const annotations =
      Object.keys(meta.annotations).length > 0 ? { annotations: meta.annotations } : {};
    const shared = shape.status();
    return {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: {
        name,
        namespace: shape.namespace,
        uid: this.uid('Pod', shape.namespace, name),
        labels: ownLabels ? { ...meta.labels, ...ownLabels } : meta.labels,
        ...annotations,
        ownerReferences: shape.ownerReferences,
      },
      spec: { ...shape.injectable.spec, nodeName: node.name },
      status: {
        phase: 'Running',
        conditions: shared.conditions,
        hostIP: node.ip,
        podIP,
        podIPs: [{ ip: podIP }],
        startTime: POD_STARTED,
        qosClass: shared.qosClass,
        ...(shared.initContainerStatuses
          ? { initContainerStatuses: shared.initContainerStatuses }
          : {}),
        containerStatuses: shared.containerStatuses,
      },
    };
  }

  private node(i: number): KubeObject {
    const node = this.nodes[i]!;
    return generatedNode(node.name, node.zone, node.ip, this.kubeletVersion);
  }
}
