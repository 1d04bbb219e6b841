import { type ClusterSnapshot } from '@meshwork/adapters-core';
import { IstioKinds } from '../istio-kinds';

/**
 * Revision tags (`istioctl tag set prod --revision 1-22`) are MutatingWebhookConfigurations labelled
 * `istio.io/tag=<tag>` and `istio.io/rev=<revision>`. Namespaces may say `istio.io/rev=<tag>`, and the
 * `default` tag decides which revision `istio-injection=enabled` uses.
 */
export function readRevisionTags(snapshot: ClusterSnapshot): Map<string, string> {
  const tags = new Map<string, string>();
  for (const webhook of snapshot.list(IstioKinds.MutatingWebhookConfiguration)) {
    const tag = webhook.metadata.labels?.['istio.io/tag'];
    const revision = webhook.metadata.labels?.['istio.io/rev'];
    if (tag && revision) tags.set(tag, revision);
  }
  return tags;
}
