import { Injectable } from '@nestjs/common';
import type { ClusterTarget } from './cluster-target';
import { kubeGet } from './kube-http';
import { KubeProbe, type ProbeResult } from './kube-probe';
import { Reachability } from './reachability';

/**
 * Probes a cluster with two cheap requests: `/version` (does it answer, which Kubernetes) and `/api`
 * (are our credentials accepted: anonymous users may read /version but not discovery).
 */
@Injectable()
export class HttpsKubeProbe extends KubeProbe {
  async probe(target: ClusterTarget, timeoutMs: number): Promise<ProbeResult> {
    if (!target.kubeConfig) {
      return {
        reachability: Reachability.UNREACHABLE,
        error: target.configError ?? 'no usable kubeconfig context',
      };
    }
    const deadline = Date.now() + timeoutMs;
    try {
      const version = await kubeGet(target.kubeConfig, 'version', timeoutMs);
      if (version.status === 401 || version.status === 403)
        return unauthorized(version.status, version.body);
      if (version.status !== 200) {
        return {
          reachability: Reachability.UNREACHABLE,
          error: `GET /version answered HTTP ${version.status}`,
        };
      }
      const kubernetesVersion = parseGitVersion(version.body);
      const discovery = await kubeGet(target.kubeConfig, 'api', Math.max(deadline - Date.now(), 1));
      if (discovery.status === 401 || discovery.status === 403) {
        return { ...unauthorized(discovery.status, discovery.body), kubernetesVersion };
      }
      if (discovery.status !== 200) {
        return {
          reachability: Reachability.UNREACHABLE,
          kubernetesVersion,
          error: `GET /api answered HTTP ${discovery.status}`,
        };
      }
      return { reachability: Reachability.REACHABLE, kubernetesVersion };
    } catch (error) {
      return { reachability: Reachability.UNREACHABLE, error: (error as Error).message };
    }
  }
}

function parseGitVersion(body: string): string | undefined {
  try {
    const parsed = JSON.parse(body) as { gitVersion?: unknown };
    return typeof parsed.gitVersion === 'string' ? parsed.gitVersion : undefined;
  } catch {
    return undefined;
  }
}

function unauthorized(status: number, body: string): ProbeResult {
  let message = '';
  try {
    message = String((JSON.parse(body) as { message?: unknown }).message ?? '');
  } catch {
    // Not a Kubernetes Status object; the status code alone says enough.
  }
  const what = status === 401 ? 'credentials rejected (HTTP 401)' : 'access denied (HTTP 403)';
  return { reachability: Reachability.UNAUTHORIZED, error: message ? `${what}: ${message}` : what };
}
