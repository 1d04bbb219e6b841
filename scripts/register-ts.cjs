// Runs the TypeScript sources directly on Node 22 through SWC (with decorator metadata for NestJS),
// resolving the workspace's path aliases from the API's tsconfig.
const path = require('node:path');

process.env.SWC_NODE_PROJECT ??= path.join(__dirname, '..', 'apps', 'api', 'tsconfig.json');
require('@swc-node/register');
