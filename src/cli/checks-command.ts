// `hipaa-hero checks` and `hipaa-hero checks show <id>`: the check catalog.
import { loadChecks } from '../load-checks.js';
import { isHipaaObligation, type Check } from '../engine/check.js';
import { DEFAULT_PROFILE, inProfile, PROPOSED_2025, type ProfileId } from '../engine/profiles.js';
import { UsageError } from '../errors.js';
import { citation, ecfrUrl } from '../hipaa/catalog.js';
import { closest } from '../stack/suggest.js';
import { coverageCounts, coverageMatrix } from '../engine/coverage.js';
import { OBLIGATION_LABEL, obligationNote } from '../report/obligation.js';
import { wrap } from '../report/text.js';
import { EXIT } from './run.js';
import { out } from './io.js';

const catalogEntry = (c: Check) => {
  const { id, title, area, severity, hipaa, obligation, basis, rationale, remediation, needs, attestation } = c.meta;
  return {
    id,
    kind: attestation ? 'attestation' : 'automated',
    title,
    area,
    severity,
    hipaa,
    obligation,
    basis,
    rationale,
    remediation,
    needs,
    ...(attestation ? { question: attestation.question, explain: attestation.explain } : {}),
  };
};

const specKind = (required: boolean, kind: string) => (kind === 'standard' ? 'standard' : required ? 'required' : 'addressable');

/**
 * `checks --coverage`: every catalog item, required or addressable, and what covers it. Good-practice
 * checks are marked: they cite an item but do not set its status in the report's checklist, so an
 * item that only they cover is, in effect, still to be covered.
 */
function printCoverage(checks: readonly Check[], format: 'text' | 'json'): void {
  const practiceIds = new Set(checks.filter((c) => !isHipaaObligation(c.meta.obligation)).map((c) => c.meta.id));
  const stateIds = new Set(checks.filter((c) => c.meta.obligation === 'state').map((c) => c.meta.id));
  const rows = coverageMatrix(checks.map((c) => c.meta)).map((r) => ({ ...r, practice: r.automated.filter((id) => practiceIds.has(id)) }));
  const counts = coverageCounts(rows);
  const practiceOnly = rows.filter((r) => r.attestation === null && r.automated.length > 0 && r.practice.length === r.automated.length).length;
  if (format === 'json') {
    out(JSON.stringify({ counts: { items: rows.length, ...counts, practiceOnly }, items: rows }, null, 2) + '\n');
    return;
  }
  const cw = Math.max(...rows.map((r) => r.citation.length));
  out(`${'CITATION'.padEnd(cw)}  ${'TYPE'.padEnd(11)}  ${'COVERED BY'.padEnd(11)}  TITLE\n`);
  for (const r of rows) {
    out(`${r.citation.padEnd(cw)}  ${specKind(r.required, r.kind).padEnd(11)}  ${r.coveredBy.padEnd(11)}  ${r.title}\n`);
    const beside = (id: string) => (stateIds.has(id) ? `${id} (state law)` : `${id} (good practice)`);
    const by = [...r.automated.map((id) => (practiceIds.has(id) ? beside(id) : id)), ...(r.attestation ? [`${r.attestation} (attestation)`] : [])];
    if (by.length) out(wrap(by.join(', '), 100, cw + 2 + 11 + 2 + 11 + 2).join('\n') + '\n');
  }
  out(
    `\n${rows.length} items of 45 CFR 164: ${counts.automated} covered by automated checks only, ` +
      `${counts.attestation} by attestation only, ${counts.both} by both, ${counts.none} not covered.` +
      (practiceOnly ? ` ${practiceOnly} of them only by good-practice or state-law checks, which do not set an item's status.` : '') +
      '\n',
  );
}

export async function listChecksCommand(flags: { format: 'text' | 'json'; checks: string[]; coverage?: boolean; profile?: ProfileId }): Promise<number> {
  const all = await loadChecks(flags.checks);
  const profile = flags.profile ?? DEFAULT_PROFILE;
  const checks = all.filter((c) => inProfile(c.meta, profile));
  const left = all.length - checks.length;
  if (flags.coverage) {
    printCoverage(checks, flags.format);
    return EXIT.ok;
  }
  if (flags.format === 'json') {
    out(JSON.stringify(checks.map(catalogEntry), null, 2) + '\n');
    return EXIT.ok;
  }
  const idWidth = Math.max(...checks.map((c) => c.meta.id.length));
  const oWidth = Math.max(...Object.values(OBLIGATION_LABEL).map((l) => l.length));
  out(`${'ID'.padEnd(idWidth)}  SEVERITY  ${'OBLIGATION'.padEnd(oWidth)}  CITATIONS\n`);
  for (const c of checks) {
    const obligation = OBLIGATION_LABEL[c.meta.obligation];
    out(`${c.meta.id.padEnd(idWidth)}  ${c.meta.severity.padEnd(8)}  ${obligation.padEnd(oWidth)}  ${c.meta.hipaa.join(', ')}\n`);
    out(`${' '.repeat(idWidth + 2)}${c.meta.title}\n`);
  }
  const attested = checks.filter((c) => c.meta.attestation).length;
  const practice = checks.filter((c) => c.meta.obligation === 'practice').length;
  const state = checks.filter((c) => c.meta.obligation === 'state').length;
  const proposed = checks.filter((c) => c.meta.obligation === 'proposed').length;
  out(
    `\n${checks.length - attested} automated checks and ${attested} attestation items; ` +
      `${practice} of them test good practice, not a HIPAA requirement${state ? `, ${state} state law` : ''}` +
      `${proposed ? `, and ${proposed} what the proposed Security Rule of January 2025 would require (not law)` : ''}. ` +
      "'hipaa-hero checks show <id>' explains one; 'hipaa-hero checks --coverage' maps them to the regulation.\n" +
      (left ? `${left} more check${left === 1 ? '' : 's'} of the proposed Security Rule (not law) run only with --profile proposed-2025: 'hipaa-hero checks --profile proposed-2025' lists them.\n` : ''),
  );
  return EXIT.ok;
}

export async function showCheckCommand(id: string, flags: { checks: string[] }): Promise<number> {
  const checks = await loadChecks(flags.checks);
  const check = checks.find((c) => c.meta.id === id || c.meta.attestation?.citation === id);
  if (!check) {
    const guess = closest(id, checks.map((c) => c.meta.id));
    throw new UsageError(`no check with id '${id}' — ${guess ? `did you mean '${guess}'?` : "run 'hipaa-hero checks' for the list"}`);
  }
  const m = check.meta;
  const lines = [
    `${m.id}: ${m.title}`,
    `Area ${m.area} · severity ${m.severity}`,
    '',
    // The sentence names the basis: the rule's words, or whose guidance a good-practice check follows.
    `Obligation: ${OBLIGATION_LABEL[m.obligation]}`,
    ...wrap(obligationNote(m) ?? '', 80, 2),
    ...(m.obligation === 'proposed'
      ? wrap(
          `It runs only with --profile proposed-2025. The proposal (${PROPOSED_2025.citation}, published ${PROPOSED_2025.published}), as checked on ${PROPOSED_2025.checked}: ${PROPOSED_2025.status}.`,
          80,
          2,
        )
      : []),
    '',
    'Why it matters',
    ...wrap(m.rationale, 80, 2),
    '',
    ...(m.attestation
      ? [
          'What to attest',
          ...wrap(m.attestation.question, 80, 2),
          ...wrap(m.attestation.explain, 80, 2),
          ...wrap(`Answer it with: hipaa-hero attest <stack.yaml> --only '${m.attestation.citation}'`, 80, 2),
          '',
        ]
      : []),
    'How to fix it',
    ...wrap(m.remediation, 80, 2),
    '',
    m.obligation === 'proposed' ? 'HIPAA in force that the proposal would change (45 CFR Part 164)' : 'HIPAA (45 CFR Part 164)',
    ...m.hipaa.map((h) => {
      const entry = citation(h);
      const kind = entry ? (entry.kind === 'standard' ? 'standard' : entry.required ? 'required' : 'addressable') : '';
      return `  ${h}  ${entry?.title ?? ''} (${kind})  ${ecfrUrl(h)}`;
    }),
  ];
  out(lines.join('\n') + '\n');
  return EXIT.ok;
}
