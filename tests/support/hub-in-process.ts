import type { INestApplication } from '@nestjs/common';
import pino from 'pino';
import { loadClusterTargets } from '../../apps/api/src/clusters/kubeconfig-loader';
import {
  meshworkConfigSchema,
  type MeshworkConfig,
} from '../../apps/api/src/config/meshwork-config';
import { createApp } from '../../apps/api/src/create-app';

export interface InProcessHub {
  url: string;
  app: INestApplication;
  graphql<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
  stop(): Promise<void>;
}

/** The hub inside the test process (faster than a child process), on 127.0.0.1, on `kubeconfigPath`. */
export async function startHubInProcess(
  kubeconfigPath: string,
  settings: Partial<MeshworkConfig> = {},
): Promise<InProcessHub> {
  const config = meshworkConfigSchema.parse({
    demo: 'never',
    inCluster: 'never',
    kubeconfig: [kubeconfigPath],
    ...settings,
  });
  const { app } = await createApp({
    config,
    logger: pino({ level: process.env.MESHWORK_TEST_LOG ?? 'silent' }),
    targets: loadClusterTargets(config.kubeconfig, config.contexts),
  });
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  return {
    url,
    app,
    async graphql<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: T; errors?: unknown };
      if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
      return body.data as T;
    },
    stop: () => app.close(),
  };
}

/** Polls `check` until it returns a value (not undefined) or `timeoutMs` passes; returns it and the time taken. */
export async function eventually<T>(
  check: () => Promise<T | undefined>,
  timeoutMs: number,
  what: string,
): Promise<{ value: T; ms: number }> {
  const started = Date.now();
  let last: unknown;
  while (Date.now() - started < timeoutMs) {
    try {
      const value = await check();
      if (value !== undefined) return { value, ms: Date.now() - started };
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(
    `timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${String(last)}` : ''}`,
  );
}
