import { CustomObjectsApi, type KubeConfig } from '@kubernetes/client-node';
import { type MeshKind } from './mesh-kinds';

/** A custom resource as the API returns it: plain JSON. */
export interface CustomObject {
  apiVersion: string;
  kind: string;
  metadata: {
    name: string;
    namespace?: string;
    resourceVersion?: string;
    generation?: number;
    uid?: string;
    managedFields?: { manager?: string; operation?: string; fieldsV1?: unknown }[];
    [field: string]: unknown;
  };
  spec?: Record<string, unknown>;
  status?: Record<string, unknown>;
}

/** CustomObjectsApi calls for one mesh kind in one namespace, without repeating group/version/plural. */
export class CustomObjects {
  readonly api: CustomObjectsApi;

  constructor(
    config: KubeConfig,
    readonly kind: MeshKind,
    readonly namespace: string,
  ) {
    this.api = config.makeApiClient(CustomObjectsApi);
  }

  /** The request fields that name this kind's collection. */
  get collection(): { group: string; version: string; namespace: string; plural: string } {
    return {
      group: this.kind.group,
      version: this.kind.version,
      namespace: this.namespace,
      plural: this.kind.plural,
    };
  }

  async create(body: object): Promise<{ status: number; object: CustomObject }> {
    const info = await this.api.createNamespacedCustomObjectWithHttpInfo({
      ...this.collection,
      body,
    });
    return { status: info.httpStatusCode, object: info.data as CustomObject };
  }

  async get(name: string): Promise<CustomObject> {
    return (await this.api.getNamespacedCustomObject({ ...this.collection, name })) as CustomObject;
  }

  async list(): Promise<{ metadata?: { resourceVersion?: string }; items: CustomObject[] }> {
    return (await this.api.listNamespacedCustomObject(this.collection)) as {
      metadata?: { resourceVersion?: string };
      items: CustomObject[];
    };
  }

  async replace(object: CustomObject): Promise<CustomObject> {
    return (await this.api.replaceNamespacedCustomObject({
      ...this.collection,
      name: object.metadata.name,
      body: object,
    })) as CustomObject;
  }

  async replaceStatus(object: CustomObject): Promise<CustomObject> {
    return (await this.api.replaceNamespacedCustomObjectStatus({
      ...this.collection,
      name: object.metadata.name,
      body: object,
    })) as CustomObject;
  }

  async delete(name: string): Promise<unknown> {
    return this.api.deleteNamespacedCustomObject({ ...this.collection, name });
  }
}
