// The legal-basis table (docs/legal-basis.md): one row per check and attestation item, with its
// citations, obligation, the claim a pass makes and the source of that claim. Generated from the
// checks themselves by `npm run legal-basis`; test/legal-basis.test.ts fails when the file and the
// code disagree.
import type { CheckMeta } from '../src/engine/check.js';
import { citation } from '../src/hipaa/catalog.js';
import { PROPOSED_2025 } from '../src/engine/profiles.js';

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

const HEADER = `# Legal basis of every check and attestation item

Generated from the checks by \`npm run legal-basis\`; \`test/legal-basis.test.ts\` fails when this table
and the code disagree, so a changed citation, obligation, claim or source changes this file in the
same commit.

**Obligation** says what the rule says about what is tested:

- **required**: a standard or a required implementation specification whose own words demand what
  is tested. Only these findings say "HIPAA requires".
- **addressable**: an addressable implementation specification. The practice implements it, or
  documents why it is not reasonable and appropriate and what equivalent measure it uses instead
  (45 CFR 164.306(d)(3)); such a documented \`alternative\` is shown as its own status.
- **practice**: good practice (HHS or NIST guidance, an industry baseline) or the practice's own
  policy, such as an interval the rule leaves open. Not a legal requirement; its results never set
  a checklist row's status.
- **state**: a state statute named in the source, not HIPAA: binding where that state's law reaches
  the practice, which the report asks the reader to confirm with counsel.
- **proposed**: what the January 2025 proposed Security Rule would require if it were finalized as
  proposed. Not law. These checks run only with \`--profile proposed-2025\`, are marked "Proposed
  rule (not law)" in every format, are scored in their own area and never in the overall score, and
  never set a checklist row's status. Their citations name the provisions in force that the proposal
  would change; their source names the proposed section.

**Claim** is what a pass asserts (the check's title). **Source** is where the claim comes from:
the regulation's words for required and addressable rows (45 CFR Part 164, as in force; the
January 2025 proposed Security Rule, 90 FR 898, is not final and is cited only as a proposal), and
the guidance named for practice rows. The regulation text is at
https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-164.

Guidance named below: HHS, *Guidance to Render Unsecured Protected Health Information Unusable,
Unreadable, or Indecipherable to Unauthorized Individuals* (74 FR 42740, 2009); NIST SP 800-52
Rev. 2 (TLS), SP 800-111 (storage encryption), SP 800-131A Rev. 2 (algorithms and key lengths),
SP 800-34 Rev. 1 (contingency planning), SP 800-41 Rev. 1 (firewalls), SP 800-46 Rev. 2 (remote
access), SP 800-53 Rev. 5 (security controls), SP 800-61 (incident handling), SP 800-84 (exercises),
SP 800-92 (log management), SP 800-153 (wireless LANs), SP 1800-16 (TLS certificate management);
HHS 405(d) *Health Industry Cybersecurity Practices* and the HHS *Cybersecurity Performance Goals*;
the CA/Browser Forum Baseline Requirements (ballot SC-081); RFC 6125, RFC 6797, RFC 8996; OWASP
ASVS 4.0, OWASP cheat sheets and the Web Security Testing Guide; the MDN HTTP Observatory's scoring
and its subresource-integrity test; the W3C Mixed Content and Subresource Integrity
recommendations; HHS OCR, *Use of Online Tracking Technologies by HIPAA Covered Entities and
Business Associates* (December 2022, revised March 18, 2024), read with *American Hospital
Association v. Becerra* (N.D. Tex., June 20, 2024), which vacated the part of it about
unauthenticated public pages; HHS OCR business associate guidance.

This table is a map of what the tool claims and why. It is not legal advice.
`;

/** The whole document for these checks (automated first, then attestation items), each sorted by id. */
export function renderLegalBasis(metas: readonly CheckMeta[]): string {
  const sorted = [...metas].sort((a, b) => Number(!!a.attestation) - Number(!!b.attestation) || (a.id < b.id ? -1 : 1));
  const rows = sorted.map((m) => {
    const kind = m.attestation ? 'attestation' : 'automated';
    const cites = m.hipaa.map((c) => `${c} ${citation(c)?.required === false ? '(A)' : '(R)'}`).join(', ');
    return `| \`${m.id}\` | ${kind} | ${cell(cites)} | ${m.obligation} | ${cell(m.title)} | ${cell(m.basis)} |`;
  });
  const counts = (['required', 'addressable', 'practice', 'state', 'proposed'] as const).map((o) => `${metas.filter((m) => m.obligation === o).length} ${o}`).join(', ');
  const p = PROPOSED_2025;
  return [
    HEADER,
    '## The proposed rule',
    '',
    `*${p.title}*, ${p.citation} (published ${p.published}; RIN ${p.rin}). Status, as checked on ${p.checked}: ${p.status}. ` +
      'hipaa-hero cites it only as a proposal; re-check its status before relying on the `proposed` rows.',
    '',
    `## The table (${metas.length} rows: ${counts})`,
    '',
    'Citations are marked (R) for a standard or a required specification and (A) for an addressable one.',
    '',
    '| check or item | kind | citations | obligation | claim | source |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}
