// Shared Jest settings: TypeScript through SWC (with decorator metadata for NestJS), the workspace's
// path aliases, and ESM-only dependencies (the Kubernetes client) compiled to CommonJS for Jest.
const fs = require('node:fs');
const path = require('node:path');

// Packages published as ES modules only ("type": "module"), found once per run. Jest (below Node 24.9)
// cannot require them, so SWC compiles them to CommonJS like our own sources.
function findEsmOnlyPackages(root) {
  const found = [];
  const dir = path.join(root, 'node_modules');
  const readType = (pkgDir) => {
    try {
      return JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8')).type;
    } catch {
      return undefined;
    }
  };
  for (const entry of fs.readdirSync(dir)) {
    if (entry.startsWith('.')) continue;
    const names = entry.startsWith('@')
      ? fs.readdirSync(path.join(dir, entry)).map((n) => `${entry}/${n}`)
      : [entry];
    for (const name of names) if (readType(path.join(dir, name)) === 'module') found.push(name);
  }
  return found;
}
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const esmOnly = findEsmOnlyPackages(__dirname).map(escape);

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.(t|j|mj)sx?$': ['@swc/jest', { swcrc: false, ...require('./swc.jest.json') }],
  },
  transformIgnorePatterns: [`node_modules/(?!(${esmOnly.join('|')})/)`],
  moduleNameMapper: {
    '^@meshwork/model$': path.join(__dirname, 'libs/model/src/index.ts'),
    '^@meshwork/adapters-core$': path.join(__dirname, 'libs/adapters/core/src/index.ts'),
    '^@meshwork/adapters-core/testing$': path.join(__dirname, 'libs/adapters/core/src/testing.ts'),
    '^@meshwork/adapters-(istio|linkerd|consul|smi)$': path.join(__dirname, 'libs/adapters/$1/src/index.ts'),
    '^@meshwork/fleet-sim$': path.join(__dirname, 'libs/fleet-sim/src/index.ts'),
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
};
