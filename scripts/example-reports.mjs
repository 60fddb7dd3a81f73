// Renders the bundled example in every format into fixtures/reports/ (or the folder given), with a
// fixed audit day, so that the samples are reproducible: `npm run example-reports`.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const EXAMPLE_NOW = '2026-11-28';
export const EXAMPLE_FORMATS = { text: 'txt', json: 'json', markdown: 'md', html: 'html', pdf: 'pdf', sarif: 'sarif', junit: 'junit.xml' };

/** The audit command that renders every sample into `dir`, run from the repository root. */
export function exampleReportArgs(dir) {
  return [
    'audit',
    'fixtures/glow-medspa/stack.yaml',
    '--facts',
    'fixtures/glow-medspa/facts.json',
    '--now',
    EXAMPLE_NOW,
    '--fail-on',
    'none',
    '--prepared-by',
    'Compliance Partners (sample)',
    ...Object.entries(EXAMPLE_FORMATS).flatMap(([format, ext]) => ['--report', `${format}=${path.join(dir, `glow-medspa.${ext}`)}`]),
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const dir = process.argv[2] ?? 'fixtures/reports';
  mkdirSync(path.resolve(root, dir), { recursive: true });
  execFileSync(process.execPath, ['bin/hipaa-hero.js', ...exampleReportArgs(dir)], { cwd: root, stdio: 'inherit' });
  // The README's picture of the HTML report: its first screens, as a desktop browser shows them.
  const html = path.resolve(root, dir, 'glow-medspa.html');
  execFileSync(process.env.CHROMIUM ?? 'chromium', [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--hide-scrollbars',
    '--window-size=1280,1800',
    `--screenshot=${path.resolve(root, dir, 'glow-medspa.html.png')}`,
    pathToFileURL(html).href,
  ], { stdio: 'ignore' });
}
