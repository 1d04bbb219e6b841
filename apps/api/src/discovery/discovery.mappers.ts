import {
  PolicyEffectType,
  type Mesh,
  type MeshLink,
  type NativePolicy,
  type PolicyEffect,
  type PolicyTarget,
  type Service,
  type Workload,
} from '@meshwork/model';
import type {
  MeshLinkModel,
  MeshModel,
  NativePolicyModel,
  PolicyEffectModel,
  ServiceModel,
  WorkloadModel,
} from './discovery.models';

const pairs = (record: Record<string, string>) =>
  Object.entries(record).map(([key, value]) => ({ key, value }));

export function toMeshModel(mesh: Mesh): MeshModel {
  return {
    ...mesh,
    cluster: { name: mesh.cluster },
    controlPlanes: mesh.controlPlanes.map((cp) => ({
      ...cp,
      readyReplicas: cp.replicas.ready,
      desiredReplicas: cp.replicas.desired,
    })),
    attributes: pairs(mesh.attributes),
  };
}

export function toServiceModel(service: Service): ServiceModel {
  return {
    ...service,
    cluster: { name: service.cluster },
    meshIds: service.meshes,
    versions: service.versions.map((v) => v.name),
    workloadIds: service.workloads,
  };
}

export function toWorkloadModel(workload: Workload): WorkloadModel {
  return {
    ...workload,
    cluster: { name: workload.cluster },
    readyReplicas: workload.replicas.ready,
    desiredReplicas: workload.replicas.desired,
    meshId: workload.mesh,
    identity: workload.identity?.value,
  };
}

export function toPolicyModel(policy: NativePolicy): NativePolicyModel {
  return {
    id: policy.id,
    cluster: { name: policy.cluster },
    meshId: policy.mesh,
    kind: policy.kind,
    namespace: policy.source.namespace,
    name: policy.source.name,
    targets: policy.targets.map(describeTarget),
    effects: policy.effects.map(toEffectModel),
    unmodelled: policy.unmodelled,
  };
}

export function toLinkModel(link: MeshLink): MeshLinkModel {
  return { ...link, fromMeshId: link.fromMesh, details: pairs(link.details) };
}

function describeTarget(target: PolicyTarget): string {
  switch (target.type) {
    case 'SERVICE':
      return target.service;
    case 'WORKLOAD_SELECTOR':
      return `${target.namespace ?? '*'}: ${
        Object.entries(target.labels)
          .map(([k, v]) => `${k}=${v}`)
          .join(',') || 'all workloads'
      }`;
    case 'NAMESPACE':
      return `namespace ${target.namespace}`;
    case 'MESH':
      return 'whole mesh';
    case 'HOST':
      return `host ${target.host}`;
  }
}

function toEffectModel(effect: PolicyEffect): PolicyEffectModel {
  return { type: effect.type, summary: summarize(effect), json: JSON.stringify(effect) };
}

function summarize(effect: PolicyEffect): string {
  switch (effect.type) {
    case PolicyEffectType.TRAFFIC_SPLIT:
      return effect.backends.map((b) => `${b.subset ?? b.service} ${b.weight}%`).join(' / ');
    case PolicyEffectType.TIMEOUT:
      return `timeout ${effect.ms} ms`;
    case PolicyEffectType.RETRY:
      return `${effect.attempts} retries${effect.perTryTimeoutMs ? `, ${effect.perTryTimeoutMs} ms each` : ''}`;
    case PolicyEffectType.FAULT_INJECTION:
      return [
        effect.delay ? `delay ${effect.delay.ms} ms on ${effect.delay.percent}%` : '',
        effect.abort
          ? `abort ${effect.abort.httpStatus ?? effect.abort.grpcStatus ?? ''} on ${effect.abort.percent}%`
          : '',
      ]
        .filter(Boolean)
        .join(', ');
    case PolicyEffectType.MIRROR:
      return `mirror ${effect.percent}% to ${effect.to.subset ?? effect.to.service}`;
    case PolicyEffectType.CIRCUIT_BREAKER:
      return Object.entries(effect)
        .filter(([key, value]) => key !== 'type' && key !== 'route' && value !== undefined)
        .map(([key, value]) => `${key} ${String(value)}`)
        .join(', ');
    case PolicyEffectType.MTLS_MODE:
      return `mTLS ${effect.mode} (${effect.side.toLowerCase()})`;
    case PolicyEffectType.ACCESS:
      return `${effect.action} ${effect.rules.length} rule${effect.rules.length === 1 ? '' : 's'}`;
  }
}
