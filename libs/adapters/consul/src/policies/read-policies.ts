import { type ClusterError } from '@meshwork/model';
import { type ConsulContext } from '../discovery/consul-context';
import { readOwnedObjects } from '../discovery/owned-objects';
import { ConsulKinds } from '../kube/consul-kinds';
import { type ConsulCatalog } from '../services/consul-catalog';
import { readMeshConfig } from './mesh-config';
import { type PolicyReader, type PolicyReading } from './policy-reader';
import { readProxyDefaults } from './proxy-defaults';
import { readServiceDefaults } from './service-defaults';
import { readServiceIntentions } from './service-intentions';
import { readServiceResolver } from './service-resolver';
import { readServiceRouter } from './service-router';
import { readServiceSplitter } from './service-splitter';
import { unsyncedError } from './sync-status';

/** One reader per config-entry kind; ExportedServices and peering objects are links, not policies. */
export const POLICY_READERS = [
  [ConsulKinds.ServiceIntentions, readServiceIntentions],
  [ConsulKinds.ServiceSplitter, readServiceSplitter],
  [ConsulKinds.ServiceRouter, readServiceRouter],
  [ConsulKinds.ServiceResolver, readServiceResolver],
  [ConsulKinds.ServiceDefaults, readServiceDefaults],
  [ConsulKinds.ProxyDefaults, readProxyDefaults],
  [ConsulKinds.Mesh, readMeshConfig],
] as const satisfies readonly (readonly [unknown, PolicyReader])[];

/**
 * Every config entry this mesh owns, read into policies. Malformed ones land in `errors`; so do those
 * Consul rejected, which are still listed as policies since they are what the user wrote.
 */
export function readPolicies(
  context: ConsulContext,
  catalog: ConsulCatalog,
  errors: ClusterError[],
): PolicyReading[] {
  return POLICY_READERS.flatMap(([kind, reader]) =>
    readOwnedObjects(
      context,
      kind,
      (object) => {
        const reading = reader({ context, catalog, object });
        const unsynced = unsyncedError(context.snapshot.cluster, kind.resource, object);
        if (unsynced) errors.push(unsynced);
        return reading;
      },
      errors,
    ),
  ).sort((a, b) => a.policy.id.localeCompare(b.policy.id));
}
