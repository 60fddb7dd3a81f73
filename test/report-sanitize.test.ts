// Strings from the stack file, facts or a saved report are data in every human format: no terminal
// escape sequence, C1 control, bidi override or GitHub workflow command in a name survives into the
// text, Markdown, HTML, JUnit, SARIF or annotation output; the JSON report keeps the data as it is.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Chalk } from 'chalk';
import { execa } from 'execa';
import { XMLParser } from 'fast-xml-parser';
import type { Log } from 'sarif';
import { beforeAll, describe, expect, it } from 'vitest';
import { githubAnnotations } from '../src/report/github.js';
import { renderHtml } from '../src/report/html/index.js';
import { renderJunit } from '../src/report/junit.js';
import { renderMarkdown } from '../src/report/markdown.js';
import { sanitizeReport, sanitizeText } from '../src/report/sanitize.js';
import { fingerprint, renderSarif } from '../src/report/sarif.js';
import type { Report } from '../src/report/schema.js';
import { renderText, wrap } from '../src/report/text.js';
import { renderComparison } from '../src/report/text-baseline.js';
import { exampleReport } from './helpers/example-report.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/** What no human format may print raw: C0 but LF, DEL, C1, the bidi embeddings, overrides and isolates. */
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
/** A line the Actions runner would run as a workflow command (modern `::` at the start, or legacy `##[` anywhere). */
const COMMAND_LINE = /^\s*::|##\[/m;

/** Every string (and key) in a JSON text, as decoded: what a viewer of that JSON would show. */
function jsonStrings(text: string): string[] {
  const found: string[] = [];
  JSON.parse(text, (key: string, value: unknown) => {
    found.push(key);
    if (typeof value === 'string') found.push(value);
    return value;
  });
  return found;
}

const CLEAR = '\u001b[2J';
const OVERWRITE = '\u001b[1A\u001b[2K✓ PASS';
const HOSTILE = `Mail${CLEAR}${OVERWRITE} chimp\r\n::add-mask::secret ##[error]legacy \u009b2J \u202eevil\u0000`;

let report: Report;
let hostile: Report;

beforeAll(async () => {
  report = await exampleReport();
  const fail = report.results.find((r) => r.status === 'fail')!;
  hostile = {
    ...report,
    stack: { ...report.stack, practice: `Glow\u001b]0;pwned\u0007 Spa` },
    results: report.results.map((r) =>
      r === fail
        ? { ...r, subject: HOSTILE, message: `${HOSTILE} handles PHI.\n::stop-commands::x`, waiver: { reason: `ok\u001b[8m`, approvedBy: `Dana\u2066`, expires: '2027-01-01' } }
        : r,
    ),
    endpoints: report.endpoints?.map((e, i) => (i === 0 ? { ...e, url: `https://x.example/${CLEAR}`, error: `probe said ${OVERWRITE}` } : e)),
  };
}, 60_000);

describe('sanitizeText', () => {
  it('escapes control characters, DEL, C1 and bidi overrides visibly, as \\uXXXX', () => {
    expect(sanitizeText(CLEAR)).toBe('\\u001b[2J');
    expect(sanitizeText(OVERWRITE)).toBe('\\u001b[1A\\u001b[2K✓ PASS');
    expect(sanitizeText('a\u0000b\u007fc\u0085d\u009be')).toBe('a\\u0000b\\u007fc\\u0085d\\u009be');
    expect(sanitizeText('x\u202ay\u202ez\u2066w\u2069')).toBe('x\\u202ay\\u202ez\\u2066w\\u2069');
    // What XML 1.0 cannot hold: a lone surrogate, U+FFFE, U+FFFF. A real pair (an emoji) stays.
    expect(sanitizeText('a\ud800b\udc00c\ufffe😀')).toBe('a\\ud800b\\udc00c\\ufffe😀');
  });

  it('keeps line breaks only where they are meant, as LF; a bare CR never overprints a line; tabs are spaces', () => {
    expect(sanitizeText('one\r\ntwo\rthree\nfour', true)).toBe('one\ntwo\nthree\nfour');
    expect(sanitizeText('one\r\ntwo\rthree\nfour', false)).toBe('one two three four');
    expect(sanitizeText('a\tb')).toBe('a b');
  });

  it('neutralises GitHub workflow commands: `::` at the start of a line, `##[` anywhere', () => {
    expect(sanitizeText('::add-mask::x')).toBe('\\::add-mask::x');
    expect(sanitizeText('note\n  ::stop-commands::t', true)).toBe('note\n  \\::stop-commands::t');
    expect(sanitizeText('see ##[error]x')).toBe('see ##\\[error]x');
    // An IPv6 address or a URL in the middle of a line is not a command, and stays as it is.
    expect(sanitizeText('allow 2001:db8::/32 and https://a.example')).toBe('allow 2001:db8::/32 and https://a.example');
  });

  it('is idempotent and returns a clean string untouched', () => {
    for (const s of [HOSTILE, CLEAR, 'plain', '::x', 'a\nb']) expect(sanitizeText(sanitizeText(s, true), true)).toBe(sanitizeText(s, true));
    const clean = 'Glow Aesthetics Med Spa';
    expect(sanitizeText(clean)).toBe(clean);
  });
});

describe('sanitizeReport', () => {
  it('gives back the very same report when there is nothing to change (the bundled example)', () => {
    expect(sanitizeReport(report)).toBe(report);
  });

  it('sanitises every string, single-line ones flattened, messages and reasons keeping their lines; nothing else changes', () => {
    const clean = sanitizeReport(hostile);
    expect(jsonStrings(JSON.stringify(clean)).filter((t) => UNSAFE.test(t))).toEqual([]);
    const r = clean.results.find((x) => x.subject.startsWith('Mail'))!;
    expect(r.subject).toBe('Mail\\u001b[2J\\u001b[1A\\u001b[2K✓ PASS chimp \\::add-mask::secret ##\\[error]legacy \\u009b2J \\u202eevil\\u0000');
    expect(r.message.split('\n')).toEqual(['Mail\\u001b[2J\\u001b[1A\\u001b[2K✓ PASS chimp', '\\::add-mask::secret ##\\[error]legacy \\u009b2J \\u202eevil\\u0000 handles PHI.', '\\::stop-commands::x']);
    expect(clean.stack.practice).toBe('Glow\\u001b]0;pwned\\u0007 Spa');
    expect(clean.endpoints![0]!.url).toBe('https://x.example/\\u001b[2J');
    expect(clean.score).toBe(hostile.score);
    // The input is not touched: the JSON report is rendered from it.
    expect(hostile.stack.practice).toContain('\u001b');
  });
});

describe('every human format', () => {
  it('text: no escape sequence, even with colour off; the FAIL line stays and no PASS line is forged', () => {
    for (const color of [false, true]) {
      const out = renderText(hostile, { color, width: 80 });
      // With colour on, only the colour codes chalk itself writes (ESC [ n m) remain.
      const bare = color ? out.replace(/\u001b\[\d+(;\d+)*m/g, '') : out;
      expect(bare).not.toMatch(UNSAFE);
      expect(bare).not.toMatch(COMMAND_LINE);
    }
    const lines = renderText(hostile, { color: false, width: 80 }).split('\n');
    expect(lines[0]).toBe('HIPAA audit of Glow\\u001b]0;pwned\\u0007 Spa');
    const failLine = lines.find((l) => l.includes('Mail\\u001b[2J'))!;
    expect(failLine).toMatch(/^ {2}✗ FAIL /);
    expect(lines.filter((l) => l.trimStart().startsWith('✓ PASS'))).toEqual([]);
  });

  it('text: a word wrapped to the start of a line cannot start a workflow command there', () => {
    const lines = wrap(`${'word '.repeat(15)}::add-mask::secret and more`, 80, 4);
    expect(lines[1]).toBe('    \\::add-mask::secret and more');
  });

  it('the baseline comparison (also `hipaa-hero diff`) prints saved subjects safely', () => {
    const c = new Chalk({ level: 0 });
    const baseline = {
      path: `old${CLEAR}.json`,
      generatedAt: report.generatedAt,
      auditDate: report.auditDate,
      sha256: 'ab'.repeat(32),
      score: { before: 80, after: 80, delta: 0 },
      grade: { before: 'B' as const, after: 'B' as const },
      areas: [],
      counts: { new: 0, unchanged: 0, resolved: 1, newFindings: 0 },
      resolved: [{ checkId: 'network.firewall', title: 't', severity: 'high' as const, subject: OVERWRITE, was: 'fail' as const, now: 'pass' as const }],
    };
    const out = renderComparison(c, baseline, hostile.results.map((r) => ({ ...r, change: 'new' as const })), 200).join('\n');
    expect(out).not.toMatch(UNSAFE);
    expect(out).toContain('\\u001b[1A\\u001b[2K✓ PASS');
  });

  it('Markdown, HTML (and so the PDF): no control character or bidi override reaches the page', () => {
    for (const out of [renderMarkdown(hostile), renderHtml(hostile, { preparedBy: `Eve${CLEAR}` })]) {
      expect(out).not.toMatch(UNSAFE);
      expect(out).not.toMatch(COMMAND_LINE);
      expect(out).toMatch(/Mail\\+u001b/);
    }
  });

  it('JUnit: renders (XML cannot hold NUL or a lone surrogate) and its text is clean', () => {
    const withSurrogate: Report = { ...hostile, results: hostile.results.map((r) => (r.subject === HOSTILE ? { ...r, title: 'half \ud800 a pair' } : r)) };
    const xml = renderJunit(withSurrogate);
    expect(xml).not.toMatch(UNSAFE);
    expect(xml).not.toMatch(COMMAND_LINE);
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml) as object;
    expect(JSON.stringify(parsed)).toContain('Mail\\\\u001b[2J');
  });

  it('SARIF: message text is clean, and the fingerprint still hashes the subject as the JSON report has it', () => {
    const sarif = renderSarif(hostile);
    const log = JSON.parse(sarif) as Log;
    expect(jsonStrings(sarif).filter((t) => UNSAFE.test(t))).toEqual([]);
    const result = log.runs[0]!.results!.find((r) => r.message.text!.startsWith('Mail'))!;
    expect(result.message.text).toContain('Mail\\u001b[2J');
    const raw = hostile.results.find((r) => r.subject === HOSTILE)!;
    expect(result.partialFingerprints!['hipaaHero/v1']).toBe(fingerprint(raw.checkId, HOSTILE));
  });

  it('GitHub annotations: one command per line, none injected, no control character', () => {
    const out = githubAnnotations(hostile);
    expect(out).not.toMatch(UNSAFE);
    for (const line of out.trimEnd().split('\n')) {
      expect(line).toMatch(/^::(error|warning) [^\n]*::/);
      expect(line).not.toContain('##[');
    }
    expect(out).toContain('Mail\\u001b[2J');
  });
});

describe('through the CLI (NO_COLOR)', () => {
  const bin = path.join(root, 'bin/hipaa-hero.js');
  const cli = (args: string[], env: Record<string, string> = {}) =>
    execa('node', [bin, ...args], { cwd: root, reject: false, stdin: 'ignore', env: { NO_COLOR: '1', GITHUB_ACTIONS: '', ...env } });

  it('audit of a stack file with escape sequences in names: text on stdout and every human file clean; JSON keeps the data', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'hh-hostile-'));
    cpSync(path.join(root, 'fixtures/glow-medspa'), dir, { recursive: true });
    const stack = path.join(dir, 'stack.yaml');
    const yaml = readFileSync(stack, 'utf8')
      .replace('  - name: Mailchimp\n', '  - name: "Mail\\e[2J\\e[1A\\e[2K✓ PASS chimp\\r\\n::add-mask::secret \\x9b2J \\u202eevil"\n')
      // The patient list names the same vendor: it follows the rename.
      .replace('  lists: [Mailchimp]', '  lists: ["Mail\\e[2J\\e[1A\\e[2K✓ PASS chimp\\r\\n::add-mask::secret \\x9b2J \\u202eevil"]')
      .replace('  name: Glow Aesthetics Med Spa\n', '  name: "Glow\\e]0;pwned\\a Spa"\n');
    writeFileSync(stack, yaml);
    const out = (ext: string) => path.join(dir, `r.${ext}`);
    const r = await cli(
      ['audit', stack, '--facts', 'fixtures/glow-medspa/facts.json', '--now', '2026-11-28', '--fail-on', 'none', '--report', 'text', ...['md', 'html', 'xml', 'sarif', 'json', 'txt'].map((e) => ['--report', `${{ md: 'markdown', html: 'html', xml: 'junit', sarif: 'sarif', json: 'json', txt: 'text' }[e]}=${out(e)}`]).flat()],
      { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: out('summary.md') },
    );
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^HIPAA audit of Glow\\u001b\]0;pwned\\u0007 Spa\n/);
    // stdout carries the text report; the annotations went to stderr: both clean.
    for (const [name, text] of [['stdout', r.stdout], ['stderr', r.stderr]] as const) {
      expect(text, name).not.toMatch(UNSAFE);
    }
    expect(r.stdout).not.toMatch(COMMAND_LINE);
    // Only the annotations hipaa-hero means to write are workflow commands.
    for (const line of r.stderr.trimEnd().split('\n')) expect(line).toMatch(/^(::(error|warning) (?!.*##\[)|hipaa-hero: wrote )/);
    for (const ext of ['md', 'html', 'xml', 'txt', 'summary.md']) {
      const text = readFileSync(out(ext), 'utf8');
      expect(text, ext).not.toMatch(UNSAFE);
      expect(text, ext).not.toMatch(COMMAND_LINE);
    }
    expect(jsonStrings(readFileSync(out('sarif'), 'utf8')).filter((t) => UNSAFE.test(t))).toEqual([]);
    // The JSON report is the data: the name exactly as the stack file has it (JSON escapes the controls).
    const saved = JSON.parse(readFileSync(out('json'), 'utf8')) as Report;
    expect(saved.stack.practice).toBe('Glow\u001b]0;pwned\u0007 Spa');
    expect(saved.results.some((x) => x.subject === 'Mail\u001b[2J\u001b[1A\u001b[2K✓ PASS chimp\r\n::add-mask::secret \u009b2J \u202eevil')).toBe(true);

    // A saved report rendered again is made safe the same way.
    const again = await cli(['render', out('json'), '--report', 'text']);
    expect(again.exitCode, again.stderr).toBe(0);
    expect(again.stdout).not.toMatch(UNSAFE);
    expect(again.stdout).toBe(readFileSync(out('txt'), 'utf8').trimEnd()); // execa drops the last newline
  }, 60_000);
});
