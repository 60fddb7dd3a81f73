// The samples in fixtures/reports/ are what `npm run example-reports` makes: rendering the bundled
// example again with the same --now gives the same bytes, in every format.
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
// @ts-expect-error a plain .mjs script, without types
import { EXAMPLE_FORMATS, exampleReportArgs } from '../scripts/example-reports.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const SAMPLES = path.join(root, 'fixtures/reports');
const formats = EXAMPLE_FORMATS as Record<string, string>;

async function render(): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'hh-samples-'));
  const r = await execa(process.execPath, ['bin/hipaa-hero.js', ...(exampleReportArgs(dir) as string[])], { cwd: root, reject: false, env: { NO_COLOR: '1', GITHUB_ACTIONS: '' } });
  expect(r.exitCode, r.stderr).toBe(0);
  return dir;
}

/** The Chromium release a PDF was printed with, from its /Producer (Skia/PDF m156). */
const skiaRelease = (pdf: Buffer) => /\/Producer \(Skia\/PDF m(\d+)\)/.exec(pdf.toString('latin1'))?.[1];

describe('fixtures/reports', () => {
  it('holds a sample of every format, and nothing else but the HTML screenshot', () => {
    const expected = [...Object.values(formats).map((ext) => `glow-medspa.${ext}`), 'glow-medspa.html.png'].sort();
    expect(readdirSync(SAMPLES).sort()).toEqual(expected);
  });

  it('renders again to the same bytes with the same --now', async () => {
    const first = await render();
    const second = await render();
    for (const [format, ext] of Object.entries(formats)) {
      const name = `glow-medspa.${ext}`;
      const again = readFileSync(path.join(first, name));
      expect(readFileSync(path.join(second, name)).equals(again), `${format}: two renders differ`).toBe(true);
      const sample = readFileSync(path.join(SAMPLES, name));
      // A PDF embeds the Chromium release and its fonts: it matches the sample when printed by the
      // same release (CI installs Debian's), and is reproducible by any one release (above).
      if (format === 'pdf' && skiaRelease(sample) !== skiaRelease(again)) continue;
      expect(sample.equals(again), `${name} differs from a fresh render: run npm run example-reports`).toBe(true);
    }
  });
});
