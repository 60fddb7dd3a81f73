// What every part of the benchmark shares: paths, the command line's options, small helpers.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const benchDir = path.join(root, '.bench');
export const BIN = 'bin/hipaa-hero.js';
export const NOW = '2026-11-28';
export const LOOPBACK = '127.0.0.1';
export const GNU_TIME = '/usr/bin/time';

function count(name, fallback) {
  const i = process.argv.indexOf(name);
  if (i === -1) return fallback;
  const n = Number(process.argv[i + 1]);
  if (!Number.isInteger(n) || n < 1) {
    process.stderr.write(`bench: ${name} takes a positive integer\n`);
    process.exit(2);
  }
  return n;
}

function text(name) {
  const i = process.argv.indexOf(name);
  if (i === -1) return undefined;
  const v = process.argv[i + 1];
  if (v === undefined || v.startsWith('--')) {
    process.stderr.write(`bench: ${name} takes a value\n`);
    process.exit(2);
  }
  return v;
}

const SMALL = count('--runs', 15);
export const OPTIONS = {
  smallRuns: SMALL,
  midRuns: Math.max(3, Math.round((SMALL * 2) / 3)),
  largeRuns: count('--large-runs', 5),
  probeRuns: count('--probe-runs', 3),
  pagesOnly: process.argv.includes('--pages-only'),
  portfolio: process.argv.includes('--portfolio'),
  node: text('--node'),
  node24: process.argv.includes('--node24'),
  both: process.argv.includes('--both'),
};

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

export const fmt = (n, d = 0) => (Number.isFinite(n) ? n.toFixed(d) : '—');

/** The first lines of a failed command's stderr, indented, for the progress log. */
export const stderrHead = (stderr, lines = 5) => stderr.split('\n').slice(0, lines).map((l) => `    ${l}`).join('\n');
