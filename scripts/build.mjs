// Build: generate the JSON artifacts the CLI ships (schemas, a precompiled validator, the HIPAA
// catalog), then bundle the CLI into one file so that start-up reads one module, not hundreds.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';
import * as esbuild from 'esbuild';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { parse } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const at = (...p) => path.join(root, ...p);

/** Load a TypeScript module that only builds data (the schemas) by bundling it to a temp file. */
async function importTs(entry) {
  const out = at('dist', '.build', path.basename(entry).replace(/\.ts$/, '.mjs'));
  await esbuild.build({ entryPoints: [at(entry)], outfile: out, bundle: true, format: 'esm', platform: 'node', logLevel: 'error' });
  return import(`${pathToFileURL(out).href}?t=${Date.now()}`);
}

async function generate() {
  await mkdir(at('dist', '.build'), { recursive: true });
  const { StackSchema } = await importTs('src/stack/schema.ts');
  const { ReportSchema } = await importTs('src/report/schema.ts');
  const stackJson = JSON.parse(JSON.stringify(StackSchema));
  const reportJson = JSON.parse(JSON.stringify(ReportSchema));
  await writeFile(at('src/stack/stack-schema.generated.json'), JSON.stringify(stackJson, null, 2) + '\n');
  await writeFile(at('src/report/report-schema.generated.json'), JSON.stringify(reportJson, null, 2) + '\n');
  // Published with the package, for editors: the `# yaml-language-server: $schema=` line that
  // `hipaa-hero init` writes points at schema/stack.schema.json of the installed version.
  await mkdir(at('schema'), { recursive: true });
  await writeFile(at('schema/stack.schema.json'), JSON.stringify(stackJson, null, 2) + '\n');
  await writeFile(at('schema/report.schema.json'), JSON.stringify(reportJson, null, 2) + '\n');

  // Precompiled validators: start-up never loads or compiles ajv. The lean one only answers "valid?"
  // for the fast path; the detailed one (every error, with its schema) explains an invalid file.
  const declaration =
    "import type { ErrorObject } from 'ajv';\n" +
    'declare const validate: ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };\nexport default validate;\n';
  for (const [name, options] of [
    ['validate-stack', { allErrors: true, verbose: true }],
    ['validate-stack-lean', { allErrors: false, verbose: false }],
  ]) {
    const ajv = new Ajv2020({ ...options, strict: true, code: { source: true, esm: true } });
    addFormats(ajv, ['date']);
    const validate = ajv.compile(stackJson);
    await writeFile(at(`src/stack/${name}.generated.js`), `// @ts-nocheck\n${standaloneCode(ajv, validate)}`);
    await writeFile(at(`src/stack/${name}.generated.d.ts`), declaration);
  }

  // The same "valid?" validator for --facts files (src/gather/facts-validate.ts).
  const { FactsFileSchema } = await importTs('src/gather/facts-schema.ts');
  const factsAjv = new Ajv2020({ allErrors: false, verbose: false, strict: true, code: { source: true, esm: true } });
  const validateFacts = factsAjv.compile(JSON.parse(JSON.stringify(FactsFileSchema)));
  await writeFile(at('src/gather/validate-facts-lean.generated.js'), `// @ts-nocheck\n${standaloneCode(factsAjv, validateFacts)}`);
  await writeFile(at('src/gather/validate-facts-lean.generated.d.ts'), declaration);

  const catalog = parse(await readFile(at('src/hipaa/security-rule.yaml'), 'utf8'));
  const entries = catalog.entries.map((e) => ({
    id: e.id,
    title: e.title,
    kind: e.kind,
    required: e.required,
    rule: e.rule,
    ...(e.safeguard ? { safeguard: e.safeguard } : {}),
    ...(e.parent ? { parent: e.parent } : {}),
  }));
  await writeFile(at('src/hipaa/catalog.generated.json'), JSON.stringify(entries, null, 1) + '\n');

  // State breach-notification deadlines: validated here (the CLI trusts the copy it reads).
  const stateDeadlines = parse(await readFile(at('src/hipaa/state-breach-deadlines.yaml'), 'utf8'));
  (await importTs('src/knowledge/state-deadlines-file.ts')).validateStateDeadlines(stateDeadlines);
  await writeFile(at('src/knowledge/state-deadlines.generated.json'), JSON.stringify(stateDeadlines, null, 1) + '\n');

  // Vendor BAA knowledge (hints only): validated here, like the deadlines.
  const vendorBaa = parse(await readFile(at('src/hipaa/vendor-baa.yaml'), 'utf8'));
  (await importTs('src/knowledge/vendor-file.ts')).validateVendorFile(vendorBaa);
  await writeFile(at('src/knowledge/vendor-baa.generated.json'), JSON.stringify(vendorBaa, null, 1) + '\n');
}

async function bundle() {
  const pkg = JSON.parse(await readFile(at('package.json'), 'utf8'));
  const common = {
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20.12',
    logLevel: 'warning',
    legalComments: 'none',
    // Smaller modules parse faster at start-up; names are kept for --debug stack traces.
    // `node scripts/build.mjs --no-minify` builds readable output (for profiling).
    minify: !process.argv.includes('--no-minify'),
    keepNames: true,
    define: { __HIPAA_HERO_VERSION__: JSON.stringify(pkg.version) },
    // write-file-atomic reads __filename, which a bundled ES module does not have: load it from node_modules.
    // esbuild is imported only when the engine runs from source (it bundles the plugin worker then), never by the bundle.
    // playwright-core (the page visits) is loaded from node_modules: it finds its own files at run time and is 8 MB.
    // better-sqlite3 (audit --history) is a native module: it loads its compiled .node file from node_modules.
    // third-party-web is required on first use (src/engine/third-parties.ts), so that start-up does not build its index.
    external: ['write-file-atomic', 'esbuild', 'playwright-core', 'better-sqlite3', 'third-party-web'],
    // Bundled CommonJS dependencies (ajv-formats, ipaddr.js) call require().
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  };
  // plugin-worker: the worker thread entry that loads and runs `--checks` modules (src/engine/plugin-host.ts finds it next to the bundle).
  const entryPoints = { cli: at('src/cli/main.ts'), index: at('src/index.ts'), 'plugin-worker': at('src/engine/plugin-worker.ts') };
  await esbuild.build({ ...common, entryPoints, outdir: at('dist'), splitting: true, chunkNames: 'chunks/[name]-[hash]' });
}

await rm(at('dist'), { recursive: true, force: true });
await generate();
await bundle();
await rm(at('dist', '.build'), { recursive: true, force: true });
