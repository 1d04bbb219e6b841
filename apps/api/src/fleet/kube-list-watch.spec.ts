import { KubeConfig } from '@kubernetes/client-node';
import { CoreKinds, type KubeObject } from '@meshwork/adapters-core';
import { FleetSim, type KubeObject as SimObject } from '@meshwork/fleet-sim';
import { KubeListWatch } from './kube-list-watch';

const configMap = (name: string): SimObject => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name, namespace: 'team-a' },
});

describe('KubeListWatch on fleet-sim', () => {
  let sim: FleetSim;
  let kubeConfig: KubeConfig;

  beforeAll(async () => {
    sim = await FleetSim.start({
      clusters: [{ name: 'one', objects: ['a', 'b', 'c', 'd'].map(configMap) }],
    });
    kubeConfig = new KubeConfig();
    kubeConfig.loadFromString(sim.kubeconfig({ readOnly: true }));
  });

  afterEach(() => jest.restoreAllMocks());
  afterAll(() => sim.stop());

  function listWatch(onObject: (watch: KubeListWatch, object: KubeObject) => void) {
    const resets: KubeObject[][] = [];
    const watch: KubeListWatch = new KubeListWatch(
      kubeConfig,
      CoreKinds.ConfigMap,
      {
        onReset: (objects) => resets.push(objects),
        onUpsert: () => undefined,
        onDelete: () => undefined,
        onError: () => undefined,
      },
      {
        timeoutMs: 5_000,
        pageSize: 1,
        namespace: 'team-a',
        transform: (object) => {
          onObject(watch, object);
          return object;
        },
      },
    );
    return { watch, resets };
  }

  it('hands over the whole list, page by page, as one reset', async () => {
    const { watch, resets } = listWatch(() => undefined);
    watch.start();
    await waitFor(() => resets.length === 1);
    watch.stop();
    expect(resets[0]!.map((o) => o.metadata.name)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('hands over nothing, and opens no watch, when stopped in the middle of a list', async () => {
    // Every request the list-watch makes applies the kubeconfig's credentials once.
    const requests = jest.spyOn(kubeConfig, 'applyToHTTPSOptions');
    let seen = 0;
    const { watch, resets } = listWatch((self) => {
      seen += 1;
      if (seen === 2) self.stop();
    });
    watch.start();
    await waitFor(() => seen >= 2);
    // Give a wrongly continued list time to finish its remaining pages.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(seen).toBe(2);
    expect(resets).toEqual([]);
    // The two pages it read, and no watch after them.
    expect(requests).toHaveBeenCalledTimes(2);
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
