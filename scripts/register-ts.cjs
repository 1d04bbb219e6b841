// Runs the TypeScript sources directly on Node 22 through SWC (with decorator metadata for NestJS).
// Workspace libraries (@meshwork/*) resolve through the npm workspace links in node_modules, so the
// runtime tsconfig turns the type checker's path aliases off.
const path = require('node:path');

process.env.SWC_NODE_PROJECT ??= path.join(__dirname, 'tsconfig.runtime.json');
require('@swc-node/register');
