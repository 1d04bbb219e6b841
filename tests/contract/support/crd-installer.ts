import {
  ApiextensionsV1Api,
  CustomObjectsApi,
  type KubeConfig,
  type V1CustomResourceDefinition,
} from '@kubernetes/client-node';
import { ignoringStatus, toApiFailure } from './api-failure';
import { waitUntil } from './wait-until';

/**
 * Installs CRDs for one suite: each at most once, waiting until it is Established and its resource
 * answers. Removes at the end only the CRDs it created, so a CRD another suite installed on the same
 * cluster stays.
 */
export class CrdInstaller {
  private readonly installs = new Map<string, Promise<void>>();
  private readonly created: string[] = [];

  constructor(private readonly admin: () => KubeConfig) {}

  ensure(crd: V1CustomResourceDefinition): Promise<void> {
    const name = crd.metadata?.name ?? '';
    let install = this.installs.get(name);
    if (install === undefined) {
      install = this.install(crd);
      this.installs.set(name, install);
      // A failed install may be retried by the next test.
      install.catch(() => this.installs.delete(name));
    }
    return install;
  }

  /** Creates the CRD, fails if it exists already, and waits until its resource is served. */
  async create(crd: V1CustomResourceDefinition): Promise<void> {
    await this.admin()
      .makeApiClient(ApiextensionsV1Api)
      .createCustomResourceDefinition({ body: crd });
    this.created.push(crd.metadata?.name ?? '');
    await this.waitUntilServed(crd);
  }

  async removeCreated(): Promise<void> {
    const api = this.admin().makeApiClient(ApiextensionsV1Api);
    const names = this.created.splice(0);
    await Promise.all(
      names.map((name) => ignoringStatus(404, api.deleteCustomResourceDefinition({ name }))),
    );
    this.installs.clear();
  }

  private async install(crd: V1CustomResourceDefinition): Promise<void> {
    const api = this.admin().makeApiClient(ApiextensionsV1Api);
    try {
      await this.create(crd);
      return;
    } catch (error) {
      if (toApiFailure(error)?.code !== 409) throw error;
    }
    const existing = await api.readCustomResourceDefinition({ name: crd.metadata?.name ?? '' });
    const wanted = crd.spec.versions[0]?.name;
    if (!existing.spec.versions.some((v) => v.name === wanted && v.served)) {
      throw new Error(`CRD ${crd.metadata?.name} exists but does not serve ${wanted}`);
    }
    await this.waitUntilServed(crd);
  }

  private async waitUntilServed(crd: V1CustomResourceDefinition): Promise<void> {
    const name = crd.metadata?.name ?? '';
    const api = this.admin().makeApiClient(ApiextensionsV1Api);
    await waitUntil(`CRD ${name} is Established`, async () => {
      const current = await api.readCustomResourceDefinition({ name });
      const established = current.status?.conditions?.find((c) => c.type === 'Established');
      return established?.status === 'True' ? true : undefined;
    });
    // Established can precede the moment the new resource's handler answers; a list proves it does.
    const objects = this.admin().makeApiClient(CustomObjectsApi);
    const version = crd.spec.versions[0]?.name ?? '';
    await waitUntil(`the resource of CRD ${name} answers a list`, async () => {
      await objects.listCustomObjectForAllNamespaces({
        group: crd.spec.group,
        version,
        resourcePlural: crd.spec.names.plural,
        limit: 1,
      });
      return true;
    });
  }
}
