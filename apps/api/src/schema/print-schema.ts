import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import pino from 'pino';
import { meshworkConfigSchema } from '../config/meshwork-config';
import { createApp } from '../create-app';

export const SCHEMA_HEADER =
  '# Generated from the code-first GraphQL models of apps/api. Do not edit: run `npm run schema`.\n\n';

/** The API's GraphQL schema as SDL, built from the code-first models exactly as the server builds it. */
export async function printApiSchema(): Promise<string> {
  const config = meshworkConfigSchema.parse({ demo: 'never' });
  const { app } = await createApp({
    config,
    logger: pino({ level: process.env.MESHWORK_SCHEMA_LOG ?? 'error' }),
    targets: [],
  });
  try {
    await app.init();
    const { schema } = app.get(GraphQLSchemaHost);
    return SCHEMA_HEADER + printSchema(lexicographicSortSchema(schema)) + '\n';
  } finally {
    await app.close();
  }
}
