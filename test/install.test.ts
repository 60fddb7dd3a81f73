// The GitHub Action (action.yml) without GitHub: its inputs and steps are well-formed, every input
// is used and every expression names an input that exists, and the shell of its run steps, run as a
// runner would (inputs substituted, GITHUB_* variables set, the workspace a temp copy of the example),
// audits, gates, writes the reports and sets its outputs. The package itself, packed and installed,
// is tested by scripts/pack-test.mjs (.ci/run).
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const { version } = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as { version: string };

interface Input {
  description: string;
  required?: boolean;
  default?: string;
}
interface Step {
  name?: string;
  id?: string;
  if?: string;
  uses?: string;
  with?: Record<string, string>;
  run?: string;
  shell?: string;
  env?: Record<string, string>;
  'working-directory'?: string;
}
interface Action {
  name: string;
  description: string;
  inputs: Record<string, Input>;
  outputs: Record<string, { description: string; value: string }>;
  runs: { using: string; steps: Step[] };
}

const actionText = await readFile(path.join(root, 'action.yml'), 'utf8');
const action = parse(actionText) as Action;
const EXPRESSION = /\$\{\{\s*(.+?)\s*\}\}/g;

/** `${{ inputs.x }}`, `${{ github.action_path }}` and `${{ github.workspace }}` as the runner fills them in. */
function substitute(text: string, inputs: Record<string, string>, github: { action_path: string; workspace: string }): string {
  return text.replace(EXPRESSION, (_, expr: string) => {
    const input = /^inputs\.([\w-]+)$/.exec(expr);
    if (input) {
      if (!(input[1]! in action.inputs)) throw new Error(`unknown input ${input[1]}`);
      return inputs[input[1]!] ?? action.inputs[input[1]!]!.default ?? '';
    }
    if (expr === 'github.action_path') return github.action_path;
    if (expr === 'github.workspace') return github.workspace;
    throw new Error(`a run step uses an expression the test does not know: ${expr}`);
  });
}

/** Reads the key=value lines a step wrote to $GITHUB_OUTPUT. */
const outputsOf = (text: string) => Object.fromEntries(text.split('\n').filter(Boolean).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));

/** Runs every `run` step in order, as a composite action on an Ubuntu runner does; stops at the first failure. */
async function runAction(inputs: Record<string, string>) {
  const workspace = await mkdtemp(path.join(tmpdir(), 'hh-action-'));
  await cp(path.join(root, 'fixtures/glow-medspa'), path.join(workspace, 'glow'), { recursive: true });
  const files = { output: path.join(workspace, '.github_output'), summary: path.join(workspace, '.step_summary') };
  await writeFile(files.output, '');
  await writeFile(files.summary, '');
  const github = { action_path: root, workspace };
  const logs: string[] = [];
  let exitCode = 0;
  for (const step of action.runs.steps) {
    if (step.run === undefined) continue;
    const cwd = path.resolve(workspace, substitute(step['working-directory'] ?? '.', inputs, github));
    const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, substitute(String(v), inputs, github)]));
    const script = path.join(workspace, `.step-${logs.length}.sh`);
    await writeFile(script, substitute(step.run, inputs, github));
    // GitHub's `shell: bash`: bash --noprofile --norc -eo pipefail {0}.
    const r = await execa('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], {
      cwd,
      reject: false,
      env: {
        ...env,
        NO_COLOR: '1',
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKSPACE: workspace,
        GITHUB_ACTION_PATH: root,
        GITHUB_OUTPUT: files.output,
        GITHUB_STEP_SUMMARY: files.summary,
      },
    });
    logs.push(`${r.stdout}\n${r.stderr}`);
    exitCode = r.exitCode ?? 1;
    if (exitCode !== 0) break;
  }
  return {
    workspace,
    exitCode,
    log: logs.join('\n'),
    outputs: outputsOf(await readFile(files.output, 'utf8')),
    summary: await readFile(files.summary, 'utf8'),
  };
}

/** Replays the example's saved facts (no network) on a fixed day, so the results never change. */
const OFFLINE = '--facts glow/facts.json --now 2026-06-15';

describe('action.yml', () => {
  it('is a composite action whose inputs, outputs and steps are well-formed', () => {
    expect(action.name).toBeTruthy();
    expect(action.description).toBeTruthy();
    expect(action.runs.using).toBe('composite');
    for (const [name, input] of Object.entries(action.inputs)) {
      expect(name).toMatch(/^[a-z][a-z-]*$/);
      expect(input.description, name).toBeTruthy();
      expect(input.required ?? false, name).toBe(false);
      expect(typeof input.default, name).toBe('string');
    }
    expect(Object.keys(action.inputs)).toEqual(expect.arrayContaining(['stack', 'fail-on', 'fail-under', 'json', 'sarif', 'markdown', 'upload-sarif']));
    for (const step of action.runs.steps) {
      expect(step.name).toBeTruthy();
      expect(step.run === undefined).toBe(step.uses !== undefined); // exactly one of run and uses
      if (step.run !== undefined) expect(step.shell, step.name).toBe('bash'); // composite run steps must say
      if (step.uses !== undefined) expect(step.uses, step.name).toMatch(/^[\w.-]+\/[\w./-]+@v\d+$/);
    }
    // Every input is used somewhere, and every expression names an input or step that exists.
    const used = new Set([...actionText.matchAll(/inputs\.([\w-]+)/g)].map((m) => m[1]));
    expect([...used].sort()).toEqual(Object.keys(action.inputs).sort());
    const ids = new Set(action.runs.steps.map((s) => s.id).filter(Boolean));
    for (const m of actionText.matchAll(/steps\.([\w-]+)\.outputs/g)) expect(ids.has(m[1])).toBe(true);
    // Inputs reach run scripts as environment variables, never pasted into the script (injection).
    for (const step of action.runs.steps) expect(step.run ?? '').not.toMatch(EXPRESSION);
  });

  it('uploads SARIF with codeql-action only when asked, and also after a failed gate', () => {
    const upload = action.runs.steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
    expect(upload).toBeDefined();
    expect(upload!.if).toContain("inputs.upload-sarif == 'true'");
    expect(upload!.if).toContain('!cancelled()');
    expect(upload!.with?.sarif_file).toBe('${{ steps.audit.outputs.sarif }}');
    expect(action.outputs['exit-code']!.value).toBe('${{ steps.audit.outputs.exit-code }}');
  });

  it('audits the stack file, writes the reports, annotates, and passes with fail-on none', async () => {
    const r = await runAction({ stack: 'glow/stack.yaml', 'fail-on': 'none', json: 'out/report.json', markdown: 'report.md', 'upload-sarif': 'true', args: OFFLINE });
    expect(r.exitCode, r.log).toBe(0);
    expect(r.log.split('\n')).toContain(version); // the install step's --version
    expect(r.log).toContain('HIPAA audit of Glow Aesthetics Med Spa');
    expect(r.log).toMatch(/::error file=glow\/stack\.yaml,line=\d+/); // annotations land on the stack file
    expect(r.outputs['exit-code']).toBe('0');
    // upload-sarif without a sarif path: the default name, as an absolute path for the upload step.
    expect(r.outputs.sarif).toBe(path.join(r.workspace, 'hipaa-hero.sarif'));
    const sarif = JSON.parse(await readFile(r.outputs.sarif!, 'utf8')) as { version: string; runs: Array<{ results: unknown[] }> };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]!.results.length).toBeGreaterThan(0);
    const report = JSON.parse(await readFile(path.join(r.workspace, 'out/report.json'), 'utf8')) as { tool: { name: string }; gate: unknown };
    expect(report.tool.name).toBe('hipaa-hero');
    expect(await readFile(path.join(r.workspace, 'report.md'), 'utf8')).toContain('Glow Aesthetics Med Spa');
    expect(r.summary).toContain('Glow Aesthetics Med Spa'); // the Markdown report in the job summary
  });

  it('fails the step on findings under the default gate, still naming the SARIF for the upload', async () => {
    const r = await runAction({ stack: 'glow/stack.yaml', sarif: 'hipaa.sarif', args: OFFLINE });
    expect(r.exitCode, r.log).toBe(1);
    expect(r.outputs['exit-code']).toBe('1');
    expect(r.outputs.sarif).toBe(path.join(r.workspace, 'hipaa.sarif'));
    expect(existsSync(path.join(r.workspace, 'out'))).toBe(false); // no json input: no JSON report
  });

  it('gates on the score with fail-under, and exits 2 for a stack file that is not there', async () => {
    const score = await runAction({ stack: 'glow/stack.yaml', 'fail-on': 'none', 'fail-under': '100', args: OFFLINE });
    expect(score.exitCode, score.log).toBe(1);
    expect(score.outputs.sarif).toBeUndefined(); // no SARIF asked for
    const missing = await runAction({ stack: 'missing.yaml', 'upload-sarif': 'true', args: OFFLINE });
    expect(missing.exitCode, missing.log).toBe(2);
    expect(missing.outputs['exit-code']).toBe('2');
    expect(missing.outputs.sarif).toBeUndefined(); // nothing to upload
  });
});
