import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import type { BootContext } from './boot-context';
import { sendSharedBodies } from './graphql/send-shared-bodies.middleware';
import { sharedBodies } from './graphql/shared-bodies';
import { PinoNestLogger } from './logging/pino-nest-logger';
import { serveWebApp } from './web/serve-web-app';
import { findWorkspaceRoot } from './workspace-root';

/** Where `npm run build:web` writes, whether the hub runs from its sources or from dist/api. */
export const DEFAULT_WEB_DIR = join(findWorkspaceRoot(__dirname), 'dist', 'apps', 'web');

/** Builds the Nest application (not yet listening); shared by main() and the API tests. */
export async function createApp(
  boot: BootContext,
): Promise<{ app: NestExpressApplication; servesWeb: boolean }> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(boot), {
    logger: new PinoNestLogger(boot.logger),
    bufferLogs: false,
    abortOnError: false,
  });
  app.disable('x-powered-by');
  // Before Apollo's middleware, which the GraphQL module adds when the app initializes.
  app.use(sendSharedBodies(sharedBodies));
  const servesWeb = serveWebApp(app, boot.config.webDir ?? DEFAULT_WEB_DIR);
  return { app, servesWeb };
}
