// A Chromium that fails, hangs or writes garbage while printing the PDF: an environment problem
// (exit 2, one line saying what to do), never "internal error"; and no process of it outlives the print.
// Each browser here is a script written by the test and given with --chromium: a shell script, or a
// Node script that answers the DevTools protocol on its pipe.
import { chmodSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { afterAll, describe, expect, it } from 'vitest';
import { exitCodeFor } from '../src/cli/run.js';
import { UsageError } from '../src/errors.js';
import { renderPdf, startPdf } from '../src/report/pdf.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(path.join(tmpdir(), 'hh-fake-chromium-'));
const PAGE = '<!DOCTYPE html><html lang="en"><meta charset="utf-8"><title>t</title><p>hello</p></html>';
// The printer's own temporary folders go to a private TMPDIR, so that other test runs on the
// machine cannot make the "nothing left behind" checks flaky.
const savedTmp = process.env.TMPDIR;
const privateTmp = mkdtempSync(path.join(dir, 'tmp-'));
process.env.TMPDIR = privateTmp;
const leftovers = () => readdirSync(privateTmp).filter((name) => name.startsWith('hipaa-hero-pdf-'));

/** Every pid a fake browser wrote down (itself and its helper), to check none is left running. */
const pids: number[] = [];

/** A fake browser: `body` runs with $PIDS set to a file for its pids. */
function fakeChromium(name: string, body: string): string {
  const file = path.join(dir, name);
  const pidFile = path.join(dir, `${name}.pids`);
  writeFileSync(file, ['#!/bin/sh', `PIDS='${pidFile}'`, 'echo $$ >> "$PIDS"', body, ''].join('\n'));
  chmodSync(file, 0o755);
  return file;
}

/**
 * A fake browser that speaks the DevTools protocol on its pipe (fd 3 in, fd 4 out) as the printer
 * uses it, and "prints" `pdf`: every command gets one answer that has every field a step reads,
 * and the page "loads" once it is navigated. With `helper`, it first starts a `sleep` that holds
 * its stderr open, as a zygote would. With `lateLoad`, a load of another page (the blank one it
 * opened first) is announced at once and the page's own only 300 ms later: asked to print before
 * that, it "prints" garbage.
 */
function fakeCdpChromium(name: string, pdf: string, { helper = false, lateLoad = false } = {}): string {
  const file = path.join(dir, name);
  const pidFile = path.join(dir, `${name}.pids`);
  const script = `#!${process.execPath}
const fs = require('node:fs');
fs.appendFileSync(${JSON.stringify(pidFile)}, process.pid + '\\n');
if (${helper}) {
  const sleep = require('node:child_process').spawn('sleep', ['600'], { stdio: ['ignore', 'ignore', 'inherit'] });
  fs.appendFileSync(${JSON.stringify(pidFile)}, sleep.pid + '\\n');
}
const out = fs.createWriteStream(null, { fd: 4 });
const send = (message) => out.write(JSON.stringify(message) + '\\0');
const base64 = (text) => Buffer.from(text, 'latin1').toString('base64');
const answer = { targetId: 't', sessionId: 's', frameId: 'f', loaderId: 'l', stream: 'p', data: base64(${JSON.stringify(pdf)}), base64Encoded: true, eof: true };
const load = (sessionId, loaderId) => send({ method: 'Page.lifecycleEvent', sessionId, params: { frameId: 'f', loaderId, name: 'load' } });
let loaded = !${lateLoad};
let rest = '';
fs.createReadStream(null, { fd: 3 }).on('data', (chunk) => {
  const parts = (rest + chunk.toString('utf8')).split('\\0');
  rest = parts.pop();
  for (const part of parts) {
    const { id, method, sessionId } = JSON.parse(part);
    const early = method === 'IO.read' && !loaded;
    send({ id, sessionId, result: early ? { ...answer, data: base64('printed before the page loaded') } : answer });
    if (method !== 'Page.navigate') continue;
    if (loaded) load(sessionId, 'l');
    else {
      load(sessionId, 'blank');
      setTimeout(() => { loaded = true; load(sessionId, 'l'); }, 300);
    }
  }
});
`;
  writeFileSync(file, script);
  chmodSync(file, 0o755);
  return file;
}

const pidsOf = (bin: string): number[] => {
  const file = `${bin}.pids`;
  return existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean).map(Number) : [];
};

/** Running, and not a zombie waiting for a parent to reap it (a container's init may never do so). */
function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    if (existsSync('/proc/self/stat')) return false;
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  }
}

/** A fake browser or its `sleep` helper, not another process that has since taken the pid. */
function ours(pid: number): boolean {
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return cmdline.includes(dir) || cmdline.startsWith('sleep\0');
  } catch {
    return false;
  }
}

async function expectAllGone(bin: string): Promise<void> {
  const mine = pidsOf(bin);
  pids.push(...mine);
  expect(mine.length, `${bin} never ran`).toBeGreaterThan(0);
  // SIGKILL is delivered at once, but the kernel may take a moment to tear a process down. Pids wrap
  // quickly while other test files start browsers (pid_max is often 32768): a pid counts only while
  // it is still one of ours, not another process that has since been given it.
  const running = (pid: number) => alive(pid) && ours(pid);
  for (let i = 0; i < 200 && mine.some(running); i++) await sleep(50);
  expect(mine.filter(running), `still running after the print: ${mine.join(', ')}`).toEqual([]);
}

const crashes = fakeChromium('crashes', "echo '[1203/021500.1:ERROR:ozone_platform_x11.cc(240)] Missing X server or $DISPLAY' >&2\nexit 1");
// A helper in the background (as Chromium's zygote would be), then the browser itself waits for ever.
const hangs = fakeChromium('hangs', 'sleep 600 &\necho $! >> "$PIDS"\nwhile :; do sleep 1; done');
const garbage = fakeCdpChromium('garbage', 'this is not a PDF');
const silent = fakeChromium('silent', 'exit 0');
// Prints, with a helper beside it that holds its stderr open and would outlive it.
const orphan = fakeCdpChromium('orphan', '%PDF-1.4\n%%EOF\n', { helper: true });
// Announces the load of the blank page it opened first after the report's navigation started.
const lateLoad = fakeCdpChromium('late-load', '%PDF-1.4\n%%EOF\n', { lateLoad: true });

afterAll(() => {
  if (savedTmp === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = savedTmp;
  // Whatever a failing test left behind (every pid any fake wrote down): nothing of ours survives the run.
  const written = readdirSync(dir).filter((f) => f.endsWith('.pids')).flatMap((f) => pidsOf(path.join(dir, f.slice(0, -'.pids'.length))));
  for (const pid of new Set([...pids, ...written])) {
    if (!alive(pid) || !ours(pid)) continue;
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Gone in the meantime.
    }
  }
});

const what = (bin: string) => `check it runs (\`${bin} --version\`), or give another with --chromium <path>`;

/** The exit code and stderr the CLI gives for what renderPdf throws. */
function asCli(error: unknown): { code: number; stderr: string } {
  let stderr = '';
  const code = exitCodeFor(error, false, (s) => void (stderr += s));
  return { code, stderr };
}

describe('renderPdf with a broken Chromium', () => {
  it('one that exits 1 at once: exit 2, its own last words, what to do', async () => {
    const before = leftovers();
    const error = await renderPdf(PAGE, { chromium: crashes }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect(asCli(error)).toEqual({
      code: 2,
      stderr: `hipaa-hero: Chromium at ${crashes} crashed while printing the PDF (exit 1: [1203/021500.1:ERROR:ozone_platform_x11.cc(240)] Missing X server or $DISPLAY): ${what(crashes)}\n`,
    });
    expect(leftovers()).toEqual(before);
    await expectAllGone(crashes);
  });

  it('one that hangs for ever: stopped at the deadline, exit 2, and neither it nor its helper is left running', async () => {
    const before = leftovers();
    const started = Date.now();
    const error = await renderPdf(PAGE, { chromium: hangs, timeoutMs: 1500 }).catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(asCli(error)).toEqual({
      code: 2,
      stderr: `hipaa-hero: Chromium at ${hangs} did not finish printing the PDF within 2 s and was stopped: ${what(hangs)}\n`,
    });
    expect(leftovers()).toEqual(before);
    await expectAllGone(hangs);
  }, 20_000);

  it('one that writes garbage, or nothing: exit 2', async () => {
    expect(asCli(await renderPdf(PAGE, { chromium: garbage }).catch((e: unknown) => e))).toEqual({
      code: 2,
      stderr: `hipaa-hero: Chromium at ${garbage} wrote something that is not a PDF: ${what(garbage)}\n`,
    });
    expect(asCli(await renderPdf(PAGE, { chromium: silent }).catch((e: unknown) => e))).toEqual({
      code: 2,
      stderr: `hipaa-hero: Chromium at ${silent} exited without writing the PDF: ${what(silent)}\n`,
    });
  });

  it('a temporary folder that cannot be made: exit 2 saying what to do, not an internal error', async () => {
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = path.join(dir, 'no-such-folder');
    try {
      const error = await renderPdf(PAGE, { chromium: garbage }).catch((e: unknown) => e);
      expect(asCli(error)).toEqual({
        code: 2,
        stderr: `hipaa-hero: cannot create a private temporary folder to print the PDF (ENOENT): free some space in ${path.join(dir, 'no-such-folder')}, or set TMPDIR to a writable folder\n`,
      });
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
    }
  });

  it('one that prints with a helper beside it holding its stderr: the print ends, and so does the helper', async () => {
    const started = Date.now();
    const pdf = await renderPdf(PAGE, { chromium: orphan, timeoutMs: 30_000 });
    expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    expect(Date.now() - started).toBeLessThan(10_000);
    await expectAllGone(orphan);
  }, 20_000);
});

describe('a printer started early (startPdf)', () => {
  it('prints only once its own page has loaded, not at the load of the blank page before it', async () => {
    const pdf = await renderPdf(PAGE, { chromium: lateLoad });
    expect(Buffer.from(pdf).toString('latin1')).toBe('%PDF-1.4\n%%EOF\n');
  });

  it('prints when asked, and leaves nothing behind once its starter closes it', async () => {
    const before = leftovers();
    const printer = await startPdf({ chromium: orphan });
    try {
      const pdf = await renderPdf(PAGE, { printer });
      expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    } finally {
      await printer.close();
    }
    expect(leftovers()).toEqual(before);
    await expectAllGone(orphan);
  }, 20_000);

  it('closed unused (the run failed first), even while its browser hangs: at once, nothing left behind', async () => {
    const before = leftovers();
    const printer = await startPdf({ chromium: hangs });
    await sleep(300);
    const started = Date.now();
    await printer.close();
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(leftovers()).toEqual(before);
    await expectAllGone(hangs);
    await expect(printer.print(PAGE)).rejects.toThrow(/was stopped before it finished printing the PDF/);
  }, 20_000);
});

describe('hipaa-hero audit --report pdf=… --chromium <broken>', () => {
  const bin = path.join(root, 'bin/hipaa-hero.js');
  const audit = (args: string[]) =>
    execa('node', [bin, 'audit', 'fixtures/glow-medspa/stack.yaml', '--facts', 'fixtures/glow-medspa/facts.json', '--now', '2026-11-28', '--fail-on', 'none', ...args], {
      cwd: root,
      reject: false,
      stdin: 'ignore',
      env: { NO_COLOR: '1', GITHUB_ACTIONS: '' },
    });

  it('exit 2 with one line saying what to do, and no report written, for a crash and for garbage', async () => {
    for (const [chromium, words] of [
      [crashes, 'crashed while printing the PDF (exit 1: '],
      [garbage, 'wrote something that is not a PDF: '],
    ] as const) {
      const out = mkdtempSync(path.join(tmpdir(), 'hh-pdf-out-'));
      const r = await audit(['--report', `json=${path.join(out, 'r.json')}`, '--report', `pdf=${path.join(out, 'r.pdf')}`, '--chromium', chromium]);
      expect(r.exitCode, r.stderr).toBe(2);
      expect(r.stderr).not.toContain('internal error');
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain(`hipaa-hero: Chromium at ${chromium} ${words}`);
      expect(r.stderr.trimEnd().endsWith(what(chromium))).toBe(true);
      expect(readdirSync(out)).toEqual([]);
    }
    expect(leftovers()).toEqual([]);
    await expectAllGone(crashes);
  }, 60_000);

  it('Ctrl-C while Chromium hangs: the CLI stops, and takes the browser, its helper and the temporary folder with it', async () => {
    const pidFile = `${hangs}.pids`;
    writeFileSync(pidFile, '');
    const out = mkdtempSync(path.join(tmpdir(), 'hh-pdf-out-'));
    const child = audit(['--report', `pdf=${path.join(out, 'r.pdf')}`, '--chromium', hangs]);
    // Wait until the browser and its helper have both written their pids.
    for (let i = 0; i < 200 && pidsOf(hangs).length < 2; i++) await sleep(50);
    expect(pidsOf(hangs)).toHaveLength(2);
    child.kill('SIGINT');
    const r = await child;
    expect(r.signal ?? r.exitCode).toBe('SIGINT');
    await expectAllGone(hangs);
    expect(readdirSync(out)).toEqual([]);
    // Nor the private folder holding a copy of the report, which no `finally` could remove.
    expect(leftovers()).toEqual([]);
  }, 60_000);
});
