import {
  type ClusterError,
  type MeshLink,
  MeshLinkKind,
  logicalServiceKey,
  meshLinkId,
} from '@meshwork/model';
import { type ConsulContext } from '../discovery/consul-context';
import { readOwnedObjects } from '../discovery/owned-objects';
import { type ConsulObject, ConsulKinds } from '../kube/consul-kinds';
import { readList, readObject, readString } from '../kube/field-readers';
import { InvalidObjectError } from '../kube/invalid-object-error';
import { type ConsulCatalog } from '../services/consul-catalog';
import { linkSource } from './link-source';

/**
 * One link per (exported service, consumer) of ExportedServices `spec.services[]{name, namespace,
 * consumers[]{peer | partition | samenessGroup}}`. `logicalKey` is the exported Service's key, so the
 * hub can tie it to the same service in the peer's cluster; `services` lists the local Service ids.
 */
export function readExportedServiceLinks(
  context: ConsulContext,
  catalog: ConsulCatalog,
  errors: ClusterError[],
): MeshLink[] {
  return readOwnedObjects(
    context,
    ConsulKinds.ExportedServices,
    (object) => exportedLinks(context, catalog, object),
    errors,
  ).flat();
}

function exportedLinks(
  context: ConsulContext,
  catalog: ConsulCatalog,
  object: ConsulObject,
): MeshLink[] {
  const { cluster } = context.snapshot;
  const namespace = object.metadata.namespace ?? '';
  const spec = readObject(object.spec, 'spec');
  return readList(spec['services'], 'spec.services').flatMap((raw, i) => {
    const path = `spec.services[${i}]`;
    const exported = readObject(raw, path);
    const name = readString(exported['name'], `${path}.name`);
    if (name === undefined) throw new InvalidObjectError(`${path}.name`, 'required');
    const consulNamespace =
      readString(exported['namespace'], `${path}.namespace`) ??
      catalog.consulNamespaceOf(namespace);
    const local = name === '*' ? [] : catalog.resolve(name, consulNamespace, namespace);
    const logicalKey = local[0]
      ? logicalServiceKey(local[0].service.metadata.namespace ?? '', local[0].consulName)
      : undefined;
    return readList(exported['consumers'], `${path}.consumers`).map((rawConsumer, j): MeshLink => {
      const at = `${path}.consumers[${j}]`;
      const consumer = readObject(rawConsumer, at);
      const peer = readString(consumer['peer'], `${at}.peer`);
      const partition = readString(consumer['partition'], `${at}.partition`);
      const samenessGroup = readString(consumer['samenessGroup'], `${at}.samenessGroup`);
      const [consumerKind, consumerName] = peer
        ? ['peer', peer]
        : partition
          ? ['partition', partition]
          : samenessGroup
            ? ['samenessGroup', samenessGroup]
            : [];
      if (!consumerKind || !consumerName) {
        throw new InvalidObjectError(at, 'a consumer needs a peer, partition or samenessGroup');
      }
      return {
        id: meshLinkId(
          cluster,
          namespace,
          MeshLinkKind.CONSUL_EXPORTED_SERVICE,
          `${object.metadata.name}/${consulNamespace}/${name}/${consumerKind}:${consumerName}`,
        ),
        kind: MeshLinkKind.CONSUL_EXPORTED_SERVICE,
        fromCluster: cluster,
        fromMesh: context.mesh.id,
        ...(peer && { toCluster: peer }),
        source: linkSource(context, object),
        details: {
          service: name,
          consulNamespace,
          [consumerKind]: consumerName,
          ...(logicalKey && { logicalKey }),
          ...(local.length > 0 && { services: local.map((e) => e.id).join(',') }),
        },
      };
    });
  });
}
