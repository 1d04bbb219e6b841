import { type ClusterSnapshot, type KindRef, type KubeObject } from '@meshwork/adapters-core';
import { type ClusterError } from '@meshwork/model';
import { type MeshScope } from '../discover/mesh-scope';
import { SmiKinds } from '../kube/smi-kinds';
import { invalidObject } from './invalid-object';
import {
  type Fields,
  InvalidSpecError,
  fieldsAt,
  isFields,
  listAt,
  optionalFields,
  optionalList,
  optionalNumber,
  optionalString,
  stringAt,
  stringList,
} from './spec-reader';

/** One `HTTPRouteGroup` match: regexes anchored at the path start, `*` meaning any method. */
export interface HttpRouteMatch {
  name: string;
  pathRegex?: string;
  methods: string[];
  /** Header name → value regex, AND-ed. */
  headers: Record<string, string>;
}

/** A route group lookup: found, absent, or present but unreadable (reported once, by `errors`). */
export type RouteLookup<T> = { found: true; value: T } | { found: false; reason: string };

/**
 * Headers are a map in the SMI documents but a list of single-entry maps in the CRD schemas both
 * OSM and Traefik Mesh ship, so either shape is read.
 */
function readHeaders(value: unknown, path: string): Record<string, string> {
  const maps: Fields[] = Array.isArray(value)
    ? value.map((item, i) => fieldsAt(item, `${path}[${i}]`))
    : [optionalFields(value, path) ?? {}];
  const headers: Record<string, string> = {};
  for (const map of maps) {
    for (const [name, regex] of Object.entries(map))
      headers[name] = stringAt(regex, `${path}.${name}`);
  }
  return headers;
}

export function readHttpRouteGroup(object: KubeObject): HttpRouteMatch[] {
  const spec = fieldsAt(object.spec, 'spec');
  return listAt(spec['matches'], 'spec.matches').map((item, i) => {
    const path = `spec.matches[${i}]`;
    const match = fieldsAt(item, path);
    const pathRegex = optionalString(match['pathRegex'], `${path}.pathRegex`);
    return {
      name: stringAt(match['name'], `${path}.name`),
      ...(pathRegex !== undefined && { pathRegex }),
      methods: stringList(match['methods'], `${path}.methods`),
      headers: readHeaders(match['headers'], `${path}.headers`),
    };
  });
}

/** Ports of a TCPRoute; empty = every port (v1alpha3 TCPRoutes have an empty spec). */
export function readTcpRoute(object: KubeObject): number[] {
  const spec = isFields(object.spec) ? object.spec : {};
  const matches = optionalFields(spec['matches'], 'spec.matches');
  return optionalList(matches?.['ports'], 'spec.matches.ports').map((port, i) => {
    const value = optionalNumber(port, `spec.matches.ports[${i}]`);
    if (value === undefined || !Number.isInteger(value)) {
      throw new InvalidSpecError(`spec.matches.ports[${i}] must be a port number`);
    }
    return value;
  });
}

/** SMI route groups, looked up in the namespace of the object that names them. */
export class RouteGroups {
  constructor(private readonly snapshot: ClusterSnapshot) {}

  http(namespace: string, name: string): RouteLookup<HttpRouteMatch[]> {
    return this.lookup(SmiKinds.HTTPRouteGroup, namespace, name, readHttpRouteGroup);
  }

  tcpPorts(namespace: string, name: string): RouteLookup<number[]> {
    return this.lookup(SmiKinds.TCPRoute, namespace, name, readTcpRoute);
  }

  /** One INVALID_OBJECT error per unreadable route group in the mesh's namespaces. */
  errors(scope: MeshScope): ClusterError[] {
    const errors: ClusterError[] = [];
    const kinds = [
      [SmiKinds.HTTPRouteGroup, readHttpRouteGroup],
      [SmiKinds.TCPRoute, readTcpRoute],
    ] as const;
    for (const [kind, read] of kinds) {
      for (const object of this.snapshot.list(kind)) {
        if (!scope.includes(object.metadata.namespace ?? '')) continue;
        try {
          read(object);
        } catch (error) {
          errors.push(invalidObject(this.snapshot.cluster, kind, object, error));
        }
      }
    }
    return errors;
  }

  private lookup<T>(
    kind: KindRef,
    namespace: string,
    name: string,
    read: (object: KubeObject) => T,
  ): RouteLookup<T> {
    if (!this.snapshot.has(kind)) {
      return { found: false, reason: `${kind.kind} ${name}: ${kind.group} is not served` };
    }
    const object = this.snapshot.get(kind, namespace, name);
    if (!object) return { found: false, reason: `${kind.kind} ${name} not found` };
    try {
      return { found: true, value: read(object) };
    } catch {
      return { found: false, reason: `${kind.kind} ${name} is invalid` };
    }
  }
}
