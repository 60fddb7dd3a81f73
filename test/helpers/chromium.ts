// Headless Chromium for the report tests: found the way the PDF printer finds it, and required — a missing one fails the tests.
import { chromium, type Browser } from 'playwright-core';
import { runAudit } from '../../src/audit.js';
import { findChromium } from '../../src/report/chromium.js';
import type { Report } from '../../src/report/schema.js';

/** The offline flags the issue asks for: no background services, updates, sync or QUIC. */
export const OFFLINE_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The installed Chromium; throws (never skips) when there is none: CI installs it in .ci/run. */
export async function requireChromium(): Promise<string> {
  const found = await findChromium();
  if (found === undefined) throw new Error('Chromium is required by the report tests: apt-get install chromium (.ci/run installs it)');
  return found;
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: await requireChromium(), args: OFFLINE_ARGS });
}

/** The example practice's real report, built in-process from saved facts (no network), at a fixed time. */
export function glowReport(): Promise<Report> {
  return runAudit({
    file: 'fixtures/glow-medspa/stack.yaml',
    now: '2026-11-28',
    checksDirs: [],
    failOn: 'none',
    failUnder: null,
    probe: { offline: false, factsFile: 'fixtures/glow-medspa/facts.json', timeoutMs: 1000, concurrency: 1, deadlineMs: 1000 },
    generatedAt: new Date('2026-11-28T00:00:00Z'),
  });
}
