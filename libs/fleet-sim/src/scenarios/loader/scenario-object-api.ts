import {
  HttpMethod,
  type KubeConfig,
  KubernetesObjectApi,
  type KubernetesObject,
} from '@kubernetes/client-node';
import { type KubeObject } from '../../kube-object';

/**
 * KubernetesObjectApi with server-side apply that sends the object as written. The stock methods pass
 * typed kinds through the generated model classes, which drop fields the models name differently
 * (a CRD's `x-kubernetes-preserve-unknown-fields`, for one) and fields newer than the client; it also
 * has no way to reach the `/status` subresource.
 */
export class ScenarioObjectApi extends KubernetesObjectApi {
  static forConfig(kubeConfig: KubeConfig): ScenarioObjectApi {
    const api = kubeConfig.makeApiClient(ScenarioObjectApi);
    api.setDefaultNamespace(kubeConfig);
    return api;
  }

  /** Server-side apply (force: the scenario owns what it writes); resolves to the stored object. */
  async apply(
    obj: KubeObject,
    fieldManager: string,
    subresource?: 'status',
  ): Promise<KubernetesObject> {
    const header = {
      apiVersion: obj.apiVersion,
      kind: obj.kind,
      metadata: { name: obj.metadata.name, namespace: obj.metadata.namespace },
    };
    const path = await this.specUriPath(header, 'patch');
    const context = this.configuration.baseServer.makeRequestContext(
      subresource ? `${path}/${subresource}` : path,
      HttpMethod.PATCH,
    );
    context.setHeaderParam('Accept', 'application/json');
    context.setHeaderParam('Content-Type', 'application/apply-patch+yaml');
    context.setQueryParam('fieldManager', fieldManager);
    context.setQueryParam('force', 'true');
    context.setBody(JSON.stringify(obj));
    return this.requestPromise(context);
  }

  /** Whether the kind's resource has a `/status` subresource, from the API group's discovery document. */
  async hasStatusSubresource(apiVersion: string, kind: string): Promise<boolean> {
    const resource = await this.resource(apiVersion, kind);
    if (!resource) throw new Error(`Unrecognized API version and kind: ${apiVersion} ${kind}`);
    const list = this.apiVersionResourceCache[apiVersion];
    return list?.resources.some((r) => r.name === `${resource.name}/status`) ?? false;
  }

  /** Forgets discovery for `apiVersion`, so a group served since the last lookup is found. */
  forgetDiscovery(apiVersion: string): void {
    delete this.apiVersionResourceCache[apiVersion];
  }
}
