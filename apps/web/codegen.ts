// Types for the web app's GraphQL documents, generated from the API's committed schema so the web
// builds without the API running. Paths are relative to the repository root, where npm scripts run.
import { type CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'apps/api/src/schema.gql',
  documents: [
    'apps/web/src/**/*.ts',
    'apps/web/src/**/*.tsx',
    '!apps/web/src/graphql/generated/**',
  ],
  ignoreNoDocuments: false,
  generates: {
    'apps/web/src/graphql/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string' },
        strictScalars: true,
        avoidOptionals: false,
      },
    },
  },
};

// graphql-codegen reads the default export.
// eslint-disable-next-line no-restricted-syntax
export default config;
