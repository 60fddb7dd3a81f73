// `hipaa-hero checks` and `hipaa-hero checks show <id>`: the check catalog.
import { loadChecks } from '../audit.js';
import type { Check } from '../engine/check.js';
import { UsageError } from '../errors.js';
import { citation, ecfrUrl } from '../hipaa/catalog.js';
import { closest } from '../stack/suggest.js';
import { wrap } from '../report/text.js';
import { EXIT } from './run.js';
import { out } from './io.js';

const catalogEntry = (c: Check) => {
  const { id, title, area, severity, hipaa, rationale, remediation, needs } = c.meta;
  return { id, title, area, severity, hipaa, rationale, remediation, needs };
};

export async function listChecksCommand(flags: { format: 'text' | 'json'; checks: string[] }): Promise<number> {
  const checks = await loadChecks(flags.checks);
  if (flags.format === 'json') {
    out(JSON.stringify(checks.map(catalogEntry), null, 2) + '\n');
    return EXIT.ok;
  }
  const idWidth = Math.max(...checks.map((c) => c.meta.id.length));
  out(`${'ID'.padEnd(idWidth)}  SEVERITY  CITATIONS\n`);
  for (const c of checks) {
    out(`${c.meta.id.padEnd(idWidth)}  ${c.meta.severity.padEnd(8)}  ${c.meta.hipaa.join(', ')}\n`);
    out(`${' '.repeat(idWidth + 2)}${c.meta.title}\n`);
  }
  out(`\n${checks.length} checks. 'hipaa-hero checks show <id>' explains one.\n`);
  return EXIT.ok;
}

export async function showCheckCommand(id: string, flags: { checks: string[] }): Promise<number> {
  const checks = await loadChecks(flags.checks);
  const check = checks.find((c) => c.meta.id === id);
  if (!check) {
    const guess = closest(id, checks.map((c) => c.meta.id));
    throw new UsageError(`no check with id '${id}' — ${guess ? `did you mean '${guess}'?` : "run 'hipaa-hero checks' for the list"}`);
  }
  const m = check.meta;
  const lines = [
    `${m.id}: ${m.title}`,
    `Area ${m.area} · severity ${m.severity}`,
    '',
    'Why it matters',
    ...wrap(m.rationale, 80, 2),
    '',
    'How to fix it',
    ...wrap(m.remediation, 80, 2),
    '',
    'HIPAA (45 CFR Part 164)',
    ...m.hipaa.map((h) => {
      const entry = citation(h);
      const kind = entry ? (entry.kind === 'standard' ? 'standard' : entry.required ? 'required' : 'addressable') : '';
      return `  ${h}  ${entry?.title ?? ''} (${kind})  ${ecfrUrl(h)}`;
    }),
  ];
  out(lines.join('\n') + '\n');
  return EXIT.ok;
}
