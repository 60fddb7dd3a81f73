// Runs a TypeScript script of the project's own (e.g. `node scripts/run-ts.mjs scripts/x.ts args`):
// esbuild bundles it to a temporary module, which is then imported.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  process.stderr.write('usage: node scripts/run-ts.mjs <script.ts> [args...]\n');
  process.exit(2);
}
// Inside node_modules, so that the bundle's imports of packages resolve.
const cache = path.join('node_modules', '.cache');
await mkdir(cache, { recursive: true });
const dir = await mkdtemp(path.join(cache, 'hh-run-'));
const out = path.join(dir, 'script.mjs');
await esbuild.build({
  entryPoints: [entry],
  outfile: out,
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  logLevel: 'error',
  define: { __HIPAA_HERO_VERSION__: JSON.stringify(JSON.parse(await (await import('node:fs/promises')).readFile('package.json', 'utf8')).version) },
});
process.argv = [process.argv[0], entry, ...args];
try {
  await import(pathToFileURL(out).href);
} finally {
  await rm(dir, { recursive: true, force: true });
}
