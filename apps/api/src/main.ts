import 'reflect-metadata';
import { KubeconfigError } from './clusters/kubeconfig-error';
import { ConfigError } from './config/config-error';
import { loadConfig } from './config/load-config';
import { createApp } from './create-app';
import { resolveClusters } from './boot';
import { createLogger } from './logging/logger';

/** Longest a SIGTERM/SIGINT shutdown may take before the process exits regardless. */
const SHUTDOWN_TIMEOUT_MS = 10_000;

/** Bad configuration: one line naming the key or file, exit code 2. */
function exitOnBadInput(error: unknown): never {
  if (error instanceof ConfigError || error instanceof KubeconfigError) {
    process.stderr.write(`meshwork: ${error.message}\n`);
    process.exit(2);
  }
  throw error;
}

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    exitOnBadInput(error);
  }
  const logger = createLogger(config.logLevel);
  const clusters = await resolveClusters(config, logger).catch(exitOnBadInput);
  const { app, servesWeb } = await createApp({ config, logger, targets: clusters.targets });
  process.once('beforeExit', () => void clusters.dispose());
  await app.listen(config.port, config.host);
  const url = `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${config.port}/`;
  logger.info({ url, clusters: clusters.targets.length, servesWeb }, 'meshwork listening');
  process.stdout.write(
    `\nMeshwork is running: open ${url}\n` +
      (servesWeb
        ? ''
        : 'The web app is not built (npm run build:web); the GraphQL API is at /graphql.\n'),
  );
  const shutdown = async (): Promise<void> => {
    // Whatever hangs in closing (a stuck socket, a hook) must not outlive the orchestrator's grace period.
    setTimeout(() => {
      logger.warn({ afterMs: SHUTDOWN_TIMEOUT_MS }, 'shutdown did not finish; exiting anyway');
      process.exit(1);
    }, SHUTDOWN_TIMEOUT_MS).unref();
    await app.close();
    await clusters.dispose();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
}

void main();
