// `hipaa-hero init [file]`: interview the privacy officer (or, with --yes or no terminal, take the
// documented template), write the stack file without ever replacing one unasked, then audit it.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { today } from '../engine/days.js';
import { UsageError } from '../errors.js';
import { isPromptCancel, terminalAsk, type Ask } from '../init/ask.js';
import { interview } from '../init/interview.js';
import { renderStack } from '../init/render.js';
import { TEMPLATE, TEMPLATE_HINTS } from '../init/template.js';
import { validateStackText } from '../stack/yaml-parse.js';
import { writeOutputFile } from '../write-file.js';
import { EXIT } from './run.js';
import { err, out } from './io.js';

export interface InitFlags {
  yes?: boolean;
  force?: boolean;
  /** false with --no-audit. */
  audit?: boolean;
  now?: string;
  debug?: boolean;
}

const CANCELLED = 'init: cancelled, nothing written\n';

/** Whether something is at the path; refuses paths that can never be written as a stack file. */
async function existing(file: string): Promise<boolean> {
  const info = await stat(file).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return undefined;
    throw new UsageError(`cannot write ${file} (${e.code ?? 'error'}) — choose another path`);
  });
  if (info?.isDirectory()) throw new UsageError(`${file} is a directory — give the path of the stack file to write, e.g. ${path.join(file, 'stack.yaml')}`);
  if (info) return true;
  const dir = path.dirname(path.resolve(file));
  const parent = await stat(dir).catch(() => undefined);
  if (!parent?.isDirectory()) throw new UsageError(`cannot write ${file}: the directory ${path.dirname(file)} does not exist — create it first, or choose another path`);
  return false;
}

const refuseOverwrite = (file: string) => new UsageError(`${file} already exists — pass --force to replace it, or choose another path`);

/** Asks before replacing a file; false when the answer is no. */
async function mayReplace(ask: Ask, file: string): Promise<boolean> {
  if (await ask.yesNo(`${file} already exists. Replace it?`, false)) return true;
  err(`init: kept ${file} unchanged, nothing written — choose another path, e.g. hipaa-hero init other-stack.yaml\n`);
  return false;
}

export async function initCommand(file: string, flags: InitFlags): Promise<number> {
  const now = flags.now ?? today();
  // Questions need someone to read them and someone to answer: both ends must be a terminal.
  const noTerminal = !process.stdin.isTTY ? 'stdin' : !process.stdout.isTTY ? 'stdout' : undefined;
  const interactive = !flags.yes && noTerminal === undefined;
  let replace = flags.force === true;
  const exists = await existing(file);
  if (exists && !replace && !interactive) throw refuseOverwrite(file);

  let text: string;
  if (interactive) {
    const ask = terminalAsk();
    try {
      // Asked first, so that nobody answers every question for a file that will not be written.
      if (exists && !replace) {
        if (!(await mayReplace(ask, file))) return EXIT.badInput;
        replace = true;
      }
      const stack = await interview({ ask, now, say: (line) => out(`${line}\n`) });
      text = renderStack(stack, { file, now, template: false });
      // The file may have appeared while the questions were being answered.
      if (!replace && (await existing(file)) && !(await mayReplace(ask, file))) return EXIT.badInput;
    } catch (e) {
      if (!isPromptCancel(e)) throw e;
      err(CANCELLED);
      return EXIT.badInput;
    }
  } else {
    text = renderStack(TEMPLATE, { file, now, template: true, hints: TEMPLATE_HINTS });
  }

  selfCheck(file, text);
  try {
    await writeOutputFile(file, text);
  } catch (e) {
    throw new UsageError(`cannot write ${file} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}) — check that its directory is writable, or choose another path`);
  }
  err(
    interactive
      ? `init: wrote ${file} (readable by you only). Review it, add what the questions did not cover, and keep it current.\n`
      : `init: wrote a template to ${file} (readable by you only)${flags.yes ? '' : ` because ${noTerminal} is not a terminal`}: replace its placeholder values, then run hipaa-hero audit ${file}.\n`,
  );
  if (flags.audit !== false) {
    err(`init: auditing ${file} — its findings are what to work on next; \`hipaa-hero audit ${file}\` repeats it and its exit code is the CI gate.\n`);
    const { auditCommand } = await import('./audit-command.js');
    // The file is written whatever the audit finds: init succeeded, so the gate does not set the exit code.
    await auditCommand(file, { format: 'text', checks: [], failOn: 'low', timeout: 5, deadline: 60, concurrency: 16, now });
  }
  return EXIT.ok;
}

/** init must never write a file the loader refuses: if it would, that is a bug here, not bad input. */
function selfCheck(file: string, text: string): void {
  try {
    validateStackText(file, text);
  } catch (e) {
    throw new Error(`init built a stack file that does not validate: ${(e as Error).message.split('\n')[0]}`);
  }
}
