// The attest interview: for each item, its citation, title and plain-language explanation, then the
// answer, the evidence file and a note. Answers already given survive a "stop here" or a Ctrl-C.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { citation as catalogEntry } from '../hipaa/catalog.js';
import type { Ask, Choice } from '../init/ask.js';
import { isPromptCancel } from '../init/ask.js';
import { nonEmpty } from '../init/validators.js';
import { wrap } from '../report/text.js';
import type { AttestationAnswer } from '../stack/schema.js';
import type { AttestQuestion } from './targets.js';
import type { NewAttestation } from './write.js';

export interface InterviewOptions {
  /** Who attests; asked once when not given. */
  by?: string;
  defaultBy?: string;
  /** The attestation date written for every answer. */
  date: string;
  /** Evidence paths are relative to the stack file's folder. */
  baseDir: string;
  print(text: string): void;
}

export interface InterviewResult {
  answers: NewAttestation[];
  /** The user stopped early (chose "stop here" or pressed Ctrl-C). */
  stopped: boolean;
}

type Choice2 = AttestationAnswer | 'skip' | 'stop';

function kindOf(citations: readonly string[]): string {
  const entry = citations.length === 1 ? catalogEntry(citations[0]!) : undefined;
  if (!entry) return '';
  return entry.kind === 'standard' ? 'standard' : entry.required ? 'required' : 'addressable';
}

function choices(q: AttestQuestion): Choice<Choice2>[] {
  const ends: Choice<Choice2>[] = [
    { value: 'skip', name: 'Skip for now', description: 'Leave it unanswered' },
    { value: 'stop', name: 'Stop here', description: 'Save the answers given so far and end' },
  ];
  if (q.alternativeOnly) {
    return [{ value: 'alternative', name: 'A documented alternative', description: 'Addressable: another reasonable measure is in place (describe it)' }, ...ends];
  }
  return [
    { value: 'yes', name: 'Yes', description: 'The safeguard is in place' },
    { value: 'partial', name: 'Partly', description: 'Some of it is in place (a warning in the report)' },
    { value: 'no', name: 'No', description: 'It is not in place (a failure in the report)' },
    { value: 'not_applicable', name: 'Not applicable', description: 'It does not apply to this practice (say why in the note)' },
    ...(q.alternativeAllowed
      ? [{ value: 'alternative' as const, name: 'An equivalent alternative', description: 'Addressable: another reasonable measure is in place (describe it)' }]
      : []),
    ...ends,
  ];
}

const evidenceExists =
  (baseDir: string) =>
  (value: string): true | string => {
    const v = value.trim();
    if (v === '') return true;
    const full = path.resolve(baseDir, v);
    if (!existsSync(full)) return `No file at ${v} (relative to the stack file's folder) — give an existing file, or press Enter for none.`;
    if (!statSync(full).isFile()) return `${v} is not a file — give a document, or press Enter for none.`;
    return true;
  };

export async function interview(ask: Ask, questions: readonly AttestQuestion[], options: InterviewOptions): Promise<InterviewResult> {
  const answers: NewAttestation[] = [];
  try {
    const by = options.by ?? (await ask.text('Who is attesting? (name and role)', { ...(options.defaultBy ? { default: options.defaultBy } : {}), validate: nonEmpty('a name') }));
    for (const [i, q] of questions.entries()) {
      const kind = kindOf(q.citations);
      options.print(
        [
          '',
          `── ${i + 1} of ${questions.length} · ${q.key}${kind ? ` (${kind})` : ''} · ${q.severity}`,
          ...wrap(q.title, 80, 0),
          ...wrap(q.explain, 80, 2),
          // The attester's name is the user's own text, as long as they made it: wrapped like the rest.
          ...(q.current ? wrap(`On file: ${q.current.answer} by ${q.current.by} on ${q.current.date}${q.reason === 'stale' ? ' (more than 12 months ago)' : ''}`, 80, 2) : []),
          '',
        ].join('\n'),
      );
      // The prompt is wrapped here, at word boundaries: the terminal would cut words at its edge ("? " takes two columns).
      const picked = await ask.select(wrap(q.question, 78, 0).join('\n'), choices(q));
      if (picked === 'stop') return { answers, stopped: true };
      if (picked === 'skip') continue;
      const evidence =
        picked === 'no' || picked === 'not_applicable'
          ? ''
          : await ask.text('Evidence file, relative to the stack file (Enter for none)', { validate: evidenceExists(options.baseDir) });
      const note =
        picked === 'alternative'
          ? await ask.text('Describe the equivalent measure, and why it is reasonable', { validate: nonEmpty('the measure') })
          : await ask.text(picked === 'not_applicable' ? 'Why does it not apply? (Enter to skip)' : 'Note (Enter for none)');
      answers.push({
        key: q.key,
        answer: picked,
        by,
        date: options.date,
        ...(evidence ? { evidence } : {}),
        ...(note ? { note } : {}),
      });
    }
    return { answers, stopped: false };
  } catch (err) {
    if (isPromptCancel(err)) return { answers, stopped: true };
    throw err;
  }
}
