import pino from 'pino';
import { meshworkConfigSchema } from '../config/meshwork-config';
import { ClusterRegistry } from './cluster-registry.service';
import type { ClusterTarget } from './cluster-target';
import { KubeProbe, type ProbeResult } from './kube-probe';
import { Reachability } from './reachability';
import { KubeConfig } from '@kubernetes/client-node';

/** A probe whose answer per cluster the test controls, resolving when the test says so. */
class ScriptedProbe extends KubeProbe {
  readonly calls: string[] = [];
  private readonly pending = new Map<string, Array<(result: ProbeResult) => void>>();

  probe(target: ClusterTarget): Promise<ProbeResult> {
    this.calls.push(target.name);
    return new Promise((resolve) => {
      const queue = this.pending.get(target.name) ?? [];
      queue.push(resolve);
      this.pending.set(target.name, queue);
    });
  }

  answer(cluster: string, result: ProbeResult): void {
    const resolve = this.pending.get(cluster)?.shift();
    if (!resolve) throw new Error(`no probe of ${cluster} is waiting`);
    resolve(result);
  }
}

const target = (name: string): ClusterTarget => ({
  name,
  context: name,
  source: 'KUBECONFIG',
  kubeConfig: new KubeConfig(),
});
const flush = () => new Promise((resolve) => setImmediate(resolve));

function registryWith(targets: ClusterTarget[], probe: KubeProbe, retryMs = 60_000) {
  const config = meshworkConfigSchema.parse({ clusterRetryMs: retryMs });
  return new ClusterRegistry(targets, config, pino({ level: 'silent' }), probe);
}

describe('ClusterRegistry', () => {
  it('reports each cluster as soon as it answers, without waiting for a slow one', async () => {
    const probe = new ScriptedProbe();
    const registry = registryWith([target('slow'), target('fast')], probe);
    registry.onApplicationBootstrap();
    probe.answer('fast', { reachability: Reachability.REACHABLE, kubernetesVersion: 'v1.34.1' });
    await flush();
    expect(registry.get('fast')).toMatchObject({
      reachability: Reachability.REACHABLE,
      kubernetesVersion: 'v1.34.1',
    });
    expect(registry.get('slow')?.reachability).toBe(Reachability.PENDING);
    expect(registry.readiness()).toEqual({ ready: false, tried: 1, total: 2 });

    probe.answer('slow', {
      reachability: Reachability.UNREACHABLE,
      error: 'no answer within 5000 ms',
    });
    await flush();
    expect(registry.get('slow')).toMatchObject({
      reachability: Reachability.UNREACHABLE,
      error: 'no answer within 5000 ms',
    });
    expect(registry.readiness().ready).toBe(true);
    registry.onApplicationShutdown();
  });

  it('keeps lastSeenAt and the last known version while a cluster is unreachable', async () => {
    jest.useFakeTimers({ doNotFake: ['setImmediate'] });
    try {
      const probe = new ScriptedProbe();
      const registry = registryWith([target('east')], probe, 200);
      registry.onApplicationBootstrap();
      probe.answer('east', { reachability: Reachability.REACHABLE, kubernetesVersion: 'v1.34.1' });
      await flush();
      const seen = registry.get('east')?.lastSeenAt;
      expect(seen).toBeInstanceOf(Date);

      jest.advanceTimersByTime(250);
      probe.answer('east', {
        reachability: Reachability.UNREACHABLE,
        error: 'connection refused by 127.0.0.1:1',
      });
      await flush();
      expect(registry.get('east')).toMatchObject({
        reachability: Reachability.UNREACHABLE,
        kubernetesVersion: 'v1.34.1',
        lastSeenAt: seen,
      });
      registry.onApplicationShutdown();
    } finally {
      jest.useRealTimers();
    }
  });

  it('retries a failing cluster with backoff and stops retrying on shutdown', async () => {
    jest.useFakeTimers({ doNotFake: ['setImmediate'] });
    try {
      const probe = new ScriptedProbe();
      const registry = registryWith([target('dead')], probe, 10_000);
      registry.onApplicationBootstrap();
      probe.answer('dead', { reachability: Reachability.UNREACHABLE, error: 'refused' });
      await flush();
      jest.advanceTimersByTime(1_200); // first retry after ~1 s
      expect(probe.calls).toEqual(['dead', 'dead']);
      probe.answer('dead', { reachability: Reachability.UNREACHABLE, error: 'refused' });
      await flush();
      jest.advanceTimersByTime(1_500); // second retry waits ~2 s, not yet
      expect(probe.calls).toHaveLength(2);
      jest.advanceTimersByTime(1_000);
      expect(probe.calls).toHaveLength(3);
      registry.onApplicationShutdown();
      probe.answer('dead', { reachability: Reachability.UNREACHABLE, error: 'refused' });
      await flush();
      jest.advanceTimersByTime(60_000);
      expect(probe.calls).toHaveLength(3);
    } finally {
      jest.useRealTimers();
    }
  });

  it('reports a context that cannot be used with its configuration error', async () => {
    const probe = new ScriptedProbe();
    const broken: ClusterTarget = {
      name: 'ghost',
      context: 'ghost',
      source: 'KUBECONFIG',
      configError: 'context "ghost" refers to user "nobody", which is missing',
    };
    const registry = registryWith([broken], probe);
    expect(registry.get('ghost')?.error).toContain('refers to user "nobody"');
    registry.onApplicationShutdown();
  });
});
