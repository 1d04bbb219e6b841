import { type KubeObject } from '../kube-object';

/**
 * One stored version of an object. Stored objects are never mutated: a write stores a new one. The JSON
 * body (everything but apiVersion and kind) is serialized once and reused by every list and watch.
 */
export class StoredObject {
  private body: string | undefined;
  private bodyBuffer: Buffer | undefined;

  constructor(
    readonly object: KubeObject,
    readonly rv: number,
    /** `<namespace>/<name>` or `<name>`: also the list order, as etcd orders its keys. */
    readonly key: string,
  ) {}

  get namespace(): string {
    return this.object.metadata.namespace ?? '';
  }

  bodyJson(): string {
    if (this.bodyBuffer !== undefined) return this.bodyBuffer.toString();
    if (this.body === undefined) {
      const { apiVersion: _apiVersion, kind: _kind, ...rest } = this.object;
      this.body = JSON.stringify(rest);
    }
    return this.body;
  }

  /**
   * The JSON body as UTF-8 bytes, also encoded once: lists are assembled from these, so serving one
   * costs a copy of bytes rather than joining and re-encoding megabytes of strings (kube-apiserver's
   * watch cache keeps each object's serialized bytes for the same reason). Once the bytes exist, the
   * string goes: on a 150,000-object fleet it was another ~240 MB of heap for every GC to mark.
   */
  bodyBytes(): Buffer {
    if (this.bodyBuffer === undefined) {
      this.bodyBuffer = Buffer.from(this.bodyJson());
      this.body = undefined;
    }
    return this.bodyBuffer;
  }

  /** A private deep copy, parsed from the cached JSON. */
  clone(): KubeObject {
    return JSON.parse(this.json()) as KubeObject;
  }

  /** The full object as JSON, with kind and apiVersion first as the real server writes them. */
  json(apiVersion: string = this.object.apiVersion): string {
    const body = this.bodyJson();
    const head = `{"kind":${JSON.stringify(this.object.kind)},"apiVersion":${JSON.stringify(apiVersion)}`;
    return body === '{}' ? `${head}}` : `${head},${body.slice(1)}`;
  }
}

export function objectKey(namespace: string | undefined, name: string): string {
  return namespace ? `${namespace}/${name}` : name;
}
