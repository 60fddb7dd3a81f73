// The rules of the `attestations:` section the schema cannot express: each key names an attestation
// item's citation or a check id, once; `alternative` only for addressable specifications, with a note.
import { citation as catalogEntry } from '../hipaa/catalog.js';
import type { SchemaProblem } from './schema-errors.js';
import { toPointer } from './positions.js';
import { closest } from './suggest.js';
import type { AttestKey } from './load-options.js';

type Entry = Record<string, unknown>;
const isEntry = (value: unknown): value is Entry => typeof value === 'object' && value !== null && !Array.isArray(value);

export function checkAttestations(section: unknown, targets: ReadonlyMap<string, AttestKey> | undefined): SchemaProblem[] {
  if (!isEntry(section)) return [];
  const problems: SchemaProblem[] = [];
  const firstKeyFor = new Map<string, string>();
  for (const [key, value] of Object.entries(section)) {
    const at = (...rest: string[]) => toPointer('attestations', key, ...rest);
    const target = targets?.get(key);
    if (targets && !target) {
      problems.push({ pointer: at(), atKey: true, message: unknownKeyMessage(key, targets) });
    }
    if (target) {
      const first = firstKeyFor.get(target.checkId);
      if (first !== undefined) {
        problems.push({
          pointer: at(),
          atKey: true,
          also: toPointer('attestations', first),
          message: `'${key}' and '${first}' attest the same item (${target.title}) — keep one of the two entries`,
        });
      } else {
        firstKeyFor.set(target.checkId, key);
      }
    }
    if (target?.alternativeOnly && isEntry(value) && typeof value.answer === 'string' && value.answer !== 'alternative') {
      problems.push({
        pointer: at('answer'),
        atKey: false,
        message:
          `${target.title} is judged by automated checks (${target.alternativeOnly.join(', ')}); under its citation only ` +
          "'alternative' (a documented alternative measure, with a note) can be recorded — answer alternative, or remove this entry",
      });
    }
    if (!isEntry(value) || value.answer !== 'alternative') continue;
    if (target && !target.alternativeAllowed) {
      problems.push({
        pointer: at('answer'),
        atKey: false,
        message:
          `'alternative' is only for addressable implementation specifications and the checks that test them, and ${target.title} is not one — ` +
          'answer yes, partial, no or not_applicable (a good-practice finding can be accepted with a waiver instead)',
      });
    }
    if (typeof value.note !== 'string' || value.note.trim() === '') {
      problems.push({
        pointer: at('answer'),
        atKey: false,
        message: "an 'alternative' answer needs a `note` that describes the equivalent measure and why it is reasonable — add note: …",
      });
    }
  }
  return problems;
}

function unknownKeyMessage(key: string, targets: ReadonlyMap<string, AttestKey>): string {
  const entry = catalogEntry(key);
  if (entry) {
    return (
      `'${key}' (${entry.title}) has no attestation item: automated checks judge it${entry.required ? ' and it is required, so no alternative applies' : ''} — remove this entry, ` +
      'or key it by the id of a check whose manual results it answers (`hipaa-hero checks --coverage` lists both)'
    );
  }
  const guess = closest(key, targets.keys());
  return (
    `'${key}' is neither the citation of an attestation item nor a check id — ` +
    (guess ? `did you mean '${guess}'?` : 'see `hipaa-hero checks --coverage` for what can be attested')
  );
}
