// `hipaa-hero attest <file>`: asks about the checklist items the audit could not prove (manual) or
// whose answers are over 12 months old, and writes the answers into the stack file in place.
import { createHash } from 'node:crypto';
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { auditLoaded } from '../audit.js';
import { loadChecks, stackLoadOptions } from '../load-checks.js';
import { interview } from '../attest/interview.js';
import { attestQuestions } from '../attest/targets.js';
import { renderEntry, writeAttestations, type NewAttestation } from '../attest/write.js';
import { attestTargets } from '../engine/attestations.js';
import { today } from '../engine/days.js';
import { InputError, UsageError } from '../errors.js';
import { terminalAsk } from '../init/ask.js';
import { FileRefused, describeRefusal, readRegularFile, statForReading } from '../fs-safe.js';
import { loadStack, MAX_STACK_BYTES } from '../stack/load.js';
import { validateStackText } from '../stack/yaml-parse.js';
import { OPEN_ITEMS_DEFINITION, openItemsCount } from '../report/open-items.js';
import { writeOutputFile } from '../write-file.js';
import { err, out } from './io.js';
import { EXIT } from './run.js';

export interface AttestFlags {
  only: string[];
  by?: string;
  now?: string;
  checks: string[];
  /** Read evidence paths outside the stack file's folder. */
  allowOutside?: boolean;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export async function attestCommand(file: string, flags: AttestFlags): Promise<number> {
  const now = flags.now ?? today();
  const checks = await loadChecks(flags.checks);
  const loaded = await loadStack(file, stackLoadOptions(checks));
  // Offline: the questions are about what no probe can see.
  const report = await auditLoaded(loaded, checks, {
    now,
    failOn: 'none',
    failUnder: null,
    probe: { offline: true, timeoutMs: 1000, concurrency: 1, deadlineMs: 1000, ...(flags.allowOutside ? { allowOutside: true } : {}) },
  });
  const questions = attestQuestions(report, checks, attestTargets(checks), flags.only);
  if (questions.length === 0) {
    out(`${file}: nothing to attest — every item is answered and less than 12 months old. Use --only <citation> to answer one again.\n`);
    return EXIT.ok;
  }
  if (!process.stdin.isTTY || !process.stdout.isTTY) {
    throw new UsageError(
      `attest asks questions and needs a terminal; ${flags.only.length ? `${questions.length} item(s) wait for an answer in ${file}` : `${openItemsCount(questions.length)} in ${file} (${OPEN_ITEMS_DEFINITION})`} — ` +
        "run it in a terminal, or write them under `attestations:` by hand ('hipaa-hero checks --coverage' lists them)",
    );
  }
  const stalled = questions.filter((q) => q.reason === 'stale').length;
  out(
    `${flags.only.length ? `${questions.length} item(s) to answer` : openItemsCount(questions.length)} for ${report.stack.practice}` +
      (flags.only.length ? '' : ` (${questions.length - stalled} unanswered, ${stalled} older than 12 months)`) +
      `. Answers are written to ${file} at the end; "Stop here" or Ctrl-C keeps those already given.\n`,
  );
  const officer = loaded.stack.officers?.privacy;
  const privacy = officer ? `${officer.name}${officer.title ? `, ${officer.title}` : ''}` : undefined;
  const result = await interview(terminalAsk(), questions, {
    ...(flags.by !== undefined ? { by: flags.by } : {}),
    ...(privacy ? { defaultBy: privacy } : {}),
    date: now,
    baseDir: path.dirname(file),
    print: out,
  });
  if (result.answers.length === 0) {
    out(`\nNo answers given; ${file} is unchanged.\n`);
    return EXIT.ok;
  }
  await saveAnswers(file, report.stack.sha256, result.answers, checks);
  const counts = new Map<string, number>();
  for (const a of result.answers) counts.set(a.answer, (counts.get(a.answer) ?? 0) + 1);
  out(
    `\nWrote ${result.answers.length} attestation(s) to ${file} (${[...counts].map(([k, n]) => `${n} ${k}`).join(', ')}).` +
      `${result.stopped ? ' Stopped early: run attest again for the rest.' : ''} Next: hipaa-hero audit ${file}\n`,
  );
  return EXIT.ok;
}

/**
 * Writes the answers into the file, unless it changed while the questions were asked or the result
 * would not load: then nothing is written and the answers are printed, so none is lost.
 */
async function saveAnswers(file: string, auditedSha: string, answers: NewAttestation[], checks: Parameters<typeof stackLoadOptions>[0]): Promise<void> {
  let bytes: Buffer;
  try {
    bytes = await readRegularFile(file, MAX_STACK_BYTES);
  } catch (e) {
    if (!(e instanceof FileRefused)) throw e;
    throw InputError.at(file, 1, 1, `the stack file ${describeRefusal(e.refusal)} now, so nothing was written — run attest again`);
  }
  const text = bytes.toString('utf8');
  const printAnswers = () => err(`attestations:\n${answers.map((a) => renderEntry(a, 2, '\n')).join('')}`);
  if (sha256(text) !== auditedSha) {
    printAnswers();
    throw InputError.at(file, 1, 1, 'the file changed while the questions were asked, so nothing was written — add the answers printed above under `attestations:`, or run attest again');
  }
  const updated = writeAttestations(text, answers);
  try {
    validateStackText(file, updated, stackLoadOptions(checks));
  } catch (e) {
    printAnswers();
    throw e;
  }
  // The file edited in place is the one that was read: a link to it is followed on purpose, and
  // the file keeps its own permissions.
  const target = await realpath(file);
  const mode = (await statForReading(target)).mode & 0o777;
  await writeOutputFile(target, updated, mode);
}
