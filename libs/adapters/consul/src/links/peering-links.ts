import { type ClusterError, type MeshLink, MeshLinkKind, meshLinkId } from '@meshwork/model';
import { type ConsulContext } from '../discovery/consul-context';
import { readOwnedObjects } from '../discovery/owned-objects';
import { type ConsulObject, ConsulKinds } from '../kube/consul-kinds';
import { readBoolean, readObject, readString } from '../kube/field-readers';
import { linkSource } from './link-source';

const ROLES = [
  ['acceptor', ConsulKinds.PeeringAcceptor],
  ['dialer', ConsulKinds.PeeringDialer],
] as const;

/**
 * Cluster peerings. The object's name is the peer's name on this side (PeeringAcceptor generates the
 * token Secret, PeeringDialer consumes one). The state comes from the status the controller writes;
 * the token Secret itself is never read (it holds the peering secret).
 */
export function readPeeringLinks(context: ConsulContext, errors: ClusterError[]): MeshLink[] {
  return ROLES.flatMap(([role, kind]) =>
    readOwnedObjects(context, kind, (object) => peeringLink(context, role, object), errors),
  );
}

function peeringLink(context: ConsulContext, role: string, object: ConsulObject): MeshLink {
  const { cluster } = context.snapshot;
  const namespace = object.metadata.namespace ?? '';
  const peer = object.metadata.name;
  const spec = readObject(object.spec, 'spec');
  const secret = readObject(readObject(spec['peer'], 'spec.peer')['secret'], 'spec.peer.secret');
  const status = readObject(object.status, 'status');
  const reconcileError = readObject(status['reconcileError'], 'status.reconcileError');
  const failed = readBoolean(reconcileError['error'], 'status.reconcileError.error') === true;
  const message = readString(reconcileError['message'], 'status.reconcileError.message');
  const synced = Object.keys(readObject(status['secret'], 'status.secret')).length > 0;
  const secretName = readString(secret['name'], 'spec.peer.secret.name');
  return {
    id: meshLinkId(cluster, namespace, MeshLinkKind.CONSUL_PEERING, `${role}/${peer}`),
    kind: MeshLinkKind.CONSUL_PEERING,
    fromCluster: cluster,
    fromMesh: context.mesh.id,
    toCluster: peer,
    source: linkSource(context, object),
    details: {
      role,
      peer,
      state: failed ? 'error' : synced ? 'synced' : 'pending',
      ...(failed && message && { error: message }),
      ...(secretName && { tokenSecret: secretName }),
    },
  };
}
