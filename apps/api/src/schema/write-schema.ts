import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printApiSchema } from './print-schema';

export const SCHEMA_PATH = join(__dirname, '..', 'schema.gql');

async function main(): Promise<void> {
  writeFileSync(SCHEMA_PATH, await printApiSchema());
  process.stdout.write(`wrote ${SCHEMA_PATH}\n`);
}

void main();
