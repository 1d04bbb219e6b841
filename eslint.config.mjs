// Type-aware lint for the whole workspace, and Nx module boundaries by tags
// (scope:api|web|shared x type:app|feature|adapter|model|util).
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '**/generated/**', '**/*.js', '**/*.mjs', '**/*.cjs', 'tools/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { '@nx': nx },
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' }],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          allow: [],
          depConstraints: [
            { sourceTag: 'type:model', onlyDependOnLibsWithTags: ['type:model'] },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:model', 'type:util'] },
            { sourceTag: 'type:adapter', onlyDependOnLibsWithTags: ['type:model', 'type:util', 'type:adapter'] },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'type:model'] },
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
          ],
          banTransitiveDependencies: false,
        },
      ],
    },
  },
  {
    files: ['libs/model/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['@kubernetes/*', '@nestjs/*', 'react', 'react-dom', 'cytoscape'] },
      ],
    },
  },
  {
    files: ['apps/web/vite.config.ts', 'tests/**/*.ts', '**/*.config.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
