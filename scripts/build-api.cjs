// Compiles the hub (apps/api and the libraries it runs) to CommonJS once, so `npm start` runs plain
// JavaScript: no TypeScript, no SWC and no source maps in the running hub's heap, nothing transpiled at
// start-up. Usage: node scripts/build-api.cjs [outDir=dist/api] [--source-maps]
//
// The tree mirrors the repository (<outDir>/apps/api/src/main.js), and @meshwork/* imports become
// relative requires, so it needs no workspace links for code. It resolves its npm dependencies from the
// repository's node_modules, which is why outDir must be inside the repository.
// --source-maps writes external .js.map files for debugging: free unless node runs with
// --enable-source-maps, which costs ~15 MB of heap on the demo fleet, so npm start goes without.
//
// @kubernetes/client-node is an ES module package whose index loads all of its ~2,700 files (every
// generated API and model) even for KubeConfig alone: ~1 s of start-up and ~37 MB of module sources
// kept in the heap. The build bundles just the names the hub uses (found in the compiled code) into
// <outDir>/vendor/kubernetes-client-node.cjs with rolldown, tree-shaken, and points the requires there.
const fs = require('node:fs');
const path = require('node:path');
const swc = require('@swc/core');

const ROOT = path.join(__dirname, '..');
const DEFAULT_OUT_DIR = path.join(ROOT, 'dist', 'api');
// Written into every build so a later build only ever deletes a folder it made itself.
const MARKER = '.meshwork-api-build';
// Specs, recorded fixtures and test helpers stay out, unless runtime code requires them (see below).
const TEST_ONLY_DIRS = new Set(['__fixtures__', 'testing']);
// A library's test entry (e.g. @meshwork/adapters-core/testing) is for specs only.
const isSpec = (file) => file.endsWith('.spec.ts') || file === 'testing.ts';

function sourceRoots() {
  const adapters = path.join(ROOT, 'libs', 'adapters');
  return [
    'apps/api/src',
    'libs/model/src',
    'libs/fleet-sim/src',
    ...fs.readdirSync(adapters).map((name) => `libs/adapters/${name}/src`),
  ]
    .map((root) => path.join(ROOT, root))
    .filter((root) => fs.existsSync(root));
}

function listSources(dir, found = []) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!TEST_ONLY_DIRS.has(entry.name)) listSources(full, found);
    } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') && !isSpec(entry.name)) {
      found.push(full);
    }
  }
  return found;
}

/** The same transform the tests run (swc.jest.json), plus the workspace's path aliases. */
function swcOptions(sourceMaps) {
  const { paths } = JSON.parse(
    fs.readFileSync(path.join(ROOT, 'tsconfig.base.json'), 'utf8'),
  ).compilerOptions;
  return {
    swcrc: false,
    configFile: false,
    sourceMaps: sourceMaps ? true : false,
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      // NestJS reads constructor parameter types from the decorator metadata.
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2023',
      keepClassNames: true,
      // Absolute, so SWC can turn `@meshwork/model` into a path relative to the importing file.
      baseUrl: ROOT,
      paths,
    },
    module: { type: 'commonjs' },
  };
}

function checkOutDir(outDir) {
  const fromOut = path.relative(outDir, ROOT);
  if (fromOut === '' || !fromOut.startsWith('..'))
    throw new Error(`${outDir} holds the repository; choose a folder inside it, e.g. dist/api`);
  if (path.relative(ROOT, outDir).startsWith('..'))
    throw new Error(`${outDir} is outside ${ROOT}: the compiled hub resolves its packages there`);
  if (
    fs.existsSync(outDir) &&
    fs.readdirSync(outDir).length > 0 &&
    !fs.existsSync(path.join(outDir, MARKER))
  )
    throw new Error(`${outDir} is not empty and was not made by this script; not deleting it`);
}

/** The source a relative require in `fromSource` points at: a .ts module or an index.ts. */
function resolveSource(fromSource, specifier) {
  const base = path.resolve(path.dirname(fromSource), specifier);
  return [`${base}.ts`, path.join(base, 'index.ts'), base].find(
    (candidate) => fs.existsSync(candidate) && fs.statSync(candidate).isFile(),
  );
}

const RELATIVE_REQUIRE = /\brequire\("(\.\.?\/[^"]*)"\)/g;
const CLIENT_NODE = '@kubernetes/client-node';
const CLIENT_NODE_REQUIRE = /\bconst (\w+) = require\("@kubernetes\/client-node"\);/g;
const VENDOR_CLIENT_NODE = path.join('vendor', 'kubernetes-client-node.cjs');
const BUILD_TOOLS = /\brequire\("(typescript|@swc\/[^"]*|@swc-node\/[^"]*)"\)/;

async function build(outDir, { sourceMaps }) {
  const started = performance.now();
  checkOutDir(outDir);
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(
    path.join(outDir, MARKER),
    'made by scripts/build-api.cjs; deleted by its next run\n',
  );

  const options = swcOptions(sourceMaps);
  const emitted = new Set();
  const outPath = (source) =>
    path.join(outDir, path.relative(ROOT, source)).replace(/\.ts$/, '.js');

  // Compiles a batch in parallel (SWC works on its own threads), then follows the relative requires
  // of what it wrote: a file under a test-only folder that runtime code requires is compiled too
  // (adapters-core exports its test CA from its index), and a require that resolves to nothing fails
  // the build here rather than the hub at start-up.
  async function compile(sources) {
    const next = new Set();
    await Promise.all(
      sources.map(async (source) => {
        emitted.add(source);
        const target = outPath(source);
        fs.mkdirSync(path.dirname(target), { recursive: true });
        // A data file a module requires (e.g. JSON) goes next to it as it is.
        if (!source.endsWith('.ts')) return fs.copyFileSync(source, target);
        const { code, map } = await swc.transformFile(source, options);
        const tool = BUILD_TOOLS.exec(code);
        if (tool) throw new Error(`${path.relative(ROOT, source)} requires ${tool[1]} at run time`);
        for (const [, specifier] of code.matchAll(RELATIVE_REQUIRE)) {
          const required = resolveSource(source, specifier);
          if (!required)
            throw new Error(`${path.relative(ROOT, source)} requires ${specifier}: no such source`);
          if (!emitted.has(required)) next.add(required);
        }
        if (map) {
          fs.writeFileSync(`${target}.map`, map);
          fs.writeFileSync(target, `${code}\n//# sourceMappingURL=${path.basename(target)}.map\n`);
        } else {
          fs.writeFileSync(target, code);
        }
      }),
    );
    for (const source of emitted) next.delete(source);
    if (next.size > 0) await compile([...next]);
  }

  await compile(sourceRoots().flatMap((root) => listSources(root)));
  const bundled = await bundleClientNode(outDir, [...emitted].map(outPath));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `build-api: ${emitted.size} files in ${seconds} s -> ${path.relative(process.cwd(), outDir) || '.'}` +
      ` (${CLIENT_NODE}: ${bundled.join(', ')})`,
  );
}

/**
 * Bundles the names the compiled files take from @kubernetes/client-node (SWC writes
 * `const _x = require("@kubernetes/client-node");` and then `_x.Name`) and points those requires at
 * the bundle. Any other use of the package fails the build, as does a name the package lacks.
 */
async function bundleClientNode(outDir, files) {
  const { rolldown } = require('rolldown');
  const names = new Set();
  const users = [];
  for (const file of files) {
    if (!file.endsWith('.js')) continue;
    const code = fs.readFileSync(file, 'utf8');
    if (!code.includes(`"${CLIENT_NODE}"`)) continue;
    const bindings = [...code.matchAll(CLIENT_NODE_REQUIRE)].map((m) => m[1]);
    const requires = code.split(`require("${CLIENT_NODE}")`).length - 1;
    if (bindings.length === 0 || bindings.length !== requires)
      throw new Error(
        `${path.relative(outDir, file)} uses ${CLIENT_NODE} in a way this build does not bundle`,
      );
    for (const binding of bindings)
      for (const [, name] of code.matchAll(new RegExp(`\\b${binding}\\.(\\w+)`, 'g')))
        names.add(name);
    users.push(file);
  }
  if (names.size === 0) return [];
  const entry = path.join(outDir, 'vendor', 'kubernetes-client-node.entry.mjs');
  const target = path.join(outDir, VENDOR_CLIENT_NODE);
  fs.mkdirSync(path.dirname(entry), { recursive: true });
  fs.writeFileSync(entry, `export { ${[...names].sort().join(', ')} } from '${CLIENT_NODE}';\n`);
  const packageDir = path.dirname(require.resolve(`${CLIENT_NODE}/package.json`));
  const ownFile = (id) =>
    id.startsWith(packageDir) || id.startsWith(`${CLIENT_NODE}/`) || id === CLIENT_NODE;
  const bundle = await rolldown({
    input: entry,
    platform: 'node',
    logLevel: 'warn',
    // Every other package stays a require of node_modules; only the client's own files are bundled.
    external: (id, importer) =>
      importer !== undefined && !id.startsWith('.') && !path.isAbsolute(id) && !ownFile(id),
    // The generated models are plain classes; what KubeConfig does not reach is left out.
    treeshake: { moduleSideEffects: (id) => !id.startsWith(packageDir) },
    // A name the package lacks or a file it cannot find is an error; other notes (cycles) are not.
    onLog: (level, log) => {
      if (log.code === 'MISSING_EXPORT' || log.code === 'UNRESOLVED_IMPORT')
        throw new Error(`bundling ${CLIENT_NODE}: ${log.message}`);
    },
  });
  await bundle.write({ file: target, format: 'cjs' });
  await bundle.close();
  fs.rmSync(entry);
  for (const file of users) {
    const relative = path.relative(path.dirname(file), target).split(path.sep).join('/');
    const specifier = relative.startsWith('.') ? relative : `./${relative}`;
    const code = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, code.replaceAll(`require("${CLIENT_NODE}")`, `require("${specifier}")`));
  }
  return [...names].sort();
}

const args = process.argv.slice(2);
const outArg = args.find((arg) => !arg.startsWith('--'));
build(outArg ? path.resolve(outArg) : DEFAULT_OUT_DIR, {
  sourceMaps: args.includes('--source-maps'),
}).catch((error) => {
  console.error(`build-api: ${error.message}`);
  process.exit(1);
});
