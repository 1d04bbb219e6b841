import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { printApiSchema } from './print-schema';

describe('the committed GraphQL schema', () => {
  it('matches the schema generated from the code (run `npm run schema` when this fails)', async () => {
    const committed = readFileSync(join(__dirname, '..', 'schema.gql'), 'utf8');
    expect(await printApiSchema()).toBe(committed);
  });
});
