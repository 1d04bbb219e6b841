import type { KubeConfig } from '@kubernetes/client-node';
import type { KindRef } from '@meshwork/adapters-core';
import { kubeRequest } from '../clusters/kube-http';
import { mapLimited } from './map-limited';

export interface AccessDenial {
  verb: string;
  kind: KindRef;
  reason: string;
}

const VERBS = ['list', 'watch'] as const;
/** Reviews in flight at once per cluster (each is a small POST; see mapLimited). */
const CONCURRENT_REVIEWS = 4;

/**
 * Asks the cluster, with a SelfSubjectAccessReview per (verb, kind), whether our identity may list and
 * watch each kind. Returns the denials; a review that cannot be made counts as allowed, so that the
 * list itself reports the real error.
 */
export async function reviewAccess(
  kubeConfig: KubeConfig,
  kinds: readonly KindRef[],
  timeoutMs: number,
): Promise<AccessDenial[]> {
  const checks = kinds.flatMap((kind) => VERBS.map((verb) => ({ kind, verb })));
  const results = await mapLimited(
    checks,
    CONCURRENT_REVIEWS,
    async ({ kind, verb }): Promise<AccessDenial | undefined> => {
      try {
        const response = await kubeRequest(
          kubeConfig,
          '/apis/authorization.k8s.io/v1/selfsubjectaccessreviews',
          {
            method: 'POST',
            timeoutMs,
            body: {
              apiVersion: 'authorization.k8s.io/v1',
              kind: 'SelfSubjectAccessReview',
              spec: { resourceAttributes: { verb, group: kind.group, resource: kind.resource } },
            },
          },
        );
        if (response.status !== 201 && response.status !== 200) return undefined;
        const status = (
          JSON.parse(response.body) as { status?: { allowed?: boolean; reason?: string } }
        ).status;
        return status?.allowed ? undefined : { verb, kind, reason: status?.reason ?? '' };
      } catch {
        return undefined;
      }
    },
  );
  return results.filter((r): r is AccessDenial => r !== undefined);
}
