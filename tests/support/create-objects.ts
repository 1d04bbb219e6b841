import type { KubeConfig } from '@kubernetes/client-node';
import type { KubeObject } from '@meshwork/adapters-core';
import { applyScenario } from '@meshwork/fleet-sim';

/** Writes objects through the API as the admin (CRDs first, status through /status), as scenarios are loaded. */
export async function createObjects(
  admin: KubeConfig,
  objects: readonly KubeObject[],
): Promise<void> {
  await applyScenario(admin, objects as never, { fieldManager: 'meshwork-tests' });
}
