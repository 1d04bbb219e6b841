import { type ConfigMap, type Secret } from '../../kube/core-objects';
import { type WebhookConfiguration } from '../certificate-kinds';

const b64 = (text: string): string => Buffer.from(text).toString('base64');

/** A Secret as the API server returns it (values base64), for fixtures. */
export function secretOf(
  namespace: string,
  name: string,
  values: Record<string, string>,
  type = 'Opaque',
): Secret {
  const data = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, b64(v)]));
  return { apiVersion: 'v1', kind: 'Secret', metadata: { name, namespace }, type, data };
}

export function configMapOf(
  namespace: string,
  name: string,
  data: Record<string, string>,
): ConfigMap {
  return { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace }, data };
}

/**
 * A Mutating- or ValidatingWebhookConfiguration whose webhooks are served by a Service in
 * `serviceNamespace`, or reached by URL when it is undefined.
 */
export function webhookConfigurationOf(
  kind: 'MutatingWebhookConfiguration' | 'ValidatingWebhookConfiguration',
  name: string,
  serviceNamespace: string | undefined,
  caBundlePem: string,
  webhookNames: readonly string[] = [`${name}.example.io`],
): WebhookConfiguration {
  return {
    apiVersion: 'admissionregistration.k8s.io/v1',
    kind,
    metadata: { name },
    webhooks: webhookNames.map((webhook) => ({
      name: webhook,
      clientConfig: {
        ...(serviceNamespace
          ? { service: { namespace: serviceNamespace, name: 'webhook', path: '/inject' } }
          : { url: `https://${name}.example.io:15017/inject` }),
        caBundle: b64(caBundlePem),
      },
    })),
  };
}
