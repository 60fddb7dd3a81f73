// Turns a stack into the YAML text init writes: the editor schema line, a comment over each section
// saying what it is for, optional per-field hints (the template's "fill this in"), and the attest hint.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Document, isCollection, isScalar, isMap, isSeq, type Node } from 'yaml';
import type { Stack } from '../stack/schema.js';
import stackSchema from '../stack/stack-schema.generated.json' with { type: 'json' };

/** A comment on one value: beside a scalar, above a list item or a mapping. */
export interface Hint {
  path: ReadonlyArray<string | number>;
  comment: string;
}

export interface RenderOptions {
  /** The file's name, as the commands in the comments should name it. */
  file: string;
  now: string;
  /** true for the --yes template (its header says to fill it in). */
  template: boolean;
  hints?: readonly Hint[];
}

type Section = Exclude<keyof Stack, 'version'>;

/** Why each section is there, in a line or three: what the audit does with it. */
const SECTION_COMMENTS: Record<Section, string> = {
  practice:
    'The practice. covered_entity: yes when it sends insurance claims or other HIPAA standard\ntransactions electronically; a practice that never bills insurance electronically may not be\na covered entity (no), and unsure is judged as yes.',
  officers: 'The designated privacy and security officials (one person may be both).\nappointed: the date of the written designation.',
  roles: 'Access levels by job: what each role may do. The permission "*" means full access;\nkeep it to one or two people.',
  staff: 'Every login to a system with PHI, one per person (staff only, never patients).\nrole names a key of roles; trained is the last HIPAA security training (null: never).',
  vendors:
    'Companies that handle the practice\'s data. Every vendor with phi: true needs a signed\nBusiness Associate Agreement (baa): signed date, expires (null: it does not expire) and\ndocument (the signed copy, a path relative to this file).',
  data_stores:
    'Everywhere PHI lives: cloud systems, servers, workstations, mobile devices, removable media.\nEach says how it is encrypted (at rest, in transit), who can open it (roles, an IP allowlist,\nMFA) and whether access is logged.',
  messaging: 'How messages reach staff and patients; a channel that carries PHI should be encrypted (vendor:\nthe company that runs it, so its BAA is checked).',
  backups:
    'Backup jobs: covers names data stores. Copies of PHI should be encrypted and offsite, and\na test restore (last_restore_test) proves they work.',
  network:
    'ip_allowlists: named lists of addresses or CIDR ranges (IPv4 or IPv6) allowed to reach PHI\nsystems; remote_access: VPN and MFA for work from outside; wifi: how the staff network is\nsecured and whether guests are kept apart.',
  endpoints:
    'Public web addresses: hipaa-hero audit probes each one (TLS versions, certificate, security\nheaders, cookies). phi: true when patients enter or see PHI there.',
  policies: 'Written policies: covers lists their topics (security, use, disclosure, authorization,\nbreach-notification, …); adopted and reviewed are dates, document a path relative to this file.',
  training: 'Security awareness training: how often the practice retrains every staff member (its own\npolicy: HIPAA sets no interval), and its topics (passwords and phishing are expected).',
  audits:
    'risk_analysis: the last security risk analysis; last_audit: the last periodic evaluation\n(null: never); the practice repeats both every interval_months (its own policy: HIPAA says\n"periodic" and sets no interval). activity_review: how often audit logs and access reports are read.',
  inventory:
    'Only the proposed 2025 Security Rule asks for these by name (`--profile proposed-2025`): the written\ninventory of the technology assets that hold or move PHI, and the network map, each with its document\nand the date it was last reviewed.',
  incident_response: 'The written incident response plan (a path relative to this file), the days within which\naffected patients are told of a breach (at most 60), and the last drill or tabletop exercise.',
  schedule:
    'The practice\'s own policy for periodic work (HIPAA says "periodic" and fixes no interval):\nrisk_analysis_months, evaluation_months, training_months, policy_review_months,\nrestore_test_months, drill_months, activity_review. Unset: hipaa-hero\'s default, named as such.',
  waivers:
    'Accepted risks, for a while: check (a check id from `hipaa-hero checks`), subject (as printed\nin the report), reason, approved_by and expires (a date). Example:\n  - { check: encryption.at-rest, subject: Front desk PC, reason: New PC ordered,\n      approved_by: Dana Reyes, expires: 2027-01-31 }',
  attestations: 'Answers for the items no file or probe can prove; `hipaa-hero attest` writes them.',
  marketing:
    'Marketing with patients in it: before-and-after photos (patient_images), testimonials, how staff\nreply to online reviews (none, generic, personal), vendors that hold patient lists (lists), the\nauthorization form patients sign and what it says, and manufacturer programs the practice is paid for.',
  patient_communications:
    'Texting and email with patients: whether patients are warned before unencrypted messages are used\nand their choice recorded (unencrypted_consent), and whether staff use their own phones (personal_devices).',
  privacy_notice:
    'The Notice of Privacy Practices: the document, the website page where it is posted (null: not\nposted), whether it is posted in the office, and whether patients are asked to sign an acknowledgment.',
  patient_rights:
    'Patients\' rights: the days within which a request for records is acted on (HIPAA: at most 30), and\nwhether a request not to tell a health plan about self-paid care is always honored.',
};


/** Short lists of words read best on one line: `locations: [Main Street, Westside]`. */
const FLOW_LISTS = new Set(['locations', 'states', 'permissions', 'covers', 'topics', 'roles', 'channels', 'lists', 'elements']);

/**
 * The installed package's stack schema: next to dist/ (the bundle's chunks are one level deeper,
 * src/init/ when run from source), so the line names a file that exists wherever hipaa-hero is.
 */
function installedSchema(): string {
  const candidates = ['../schema/stack.schema.json', '../../schema/stack.schema.json'].map((p) => fileURLToPath(new URL(p, import.meta.url)));
  return candidates.find((c) => existsSync(c)) ?? candidates[1]!;
}

/**
 * Editors that read this line (yaml-language-server's modeline) complete and check the file as it
 * is typed. Installed into the project (node_modules/hipaa-hero in the stack file's folder or one
 * above it), the path is relative: short, and it moves with the project and survives reinstalls.
 * Anywhere else (a global install, a clone) a relative path would climb through the file system and
 * break as soon as the file moves, so it is absolute: it breaks only if the tool is moved, and
 * `hipaa-hero init` again, or `hipaa-hero schema`, fixes that.
 */
export function schemaModeline(stackFile: string, schema = installedSchema()): string {
  const relative = path.relative(path.dirname(path.resolve(stackFile)), schema).split(path.sep).join('/');
  const inProject = /^(\.\.\/)*node_modules\/hipaa-hero\/schema\/stack\.schema\.json$/.test(relative);
  const target = inProject ? (relative.startsWith('../') ? relative : `./${relative}`) : schema.split(path.sep).join('/');
  return `# yaml-language-server: $schema=${target}`;
}

const comment = (text: string): string => text.split('\n').map((l) => ` ${l}`).join('\n');

/** The parts of the stack's JSON Schema that say in which order keys are written. */
interface SchemaNode {
  properties?: Record<string, SchemaNode>;
  patternProperties?: Record<string, SchemaNode>;
  items?: SchemaNode;
}

/** Keys in the schema's order at every level, whatever order the answers came in: files read alike. */
function inSchemaOrder(value: unknown, schema: SchemaNode | undefined): unknown {
  if (Array.isArray(value)) return value.map((item) => inSchemaOrder(item, schema?.items));
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value);
  const known = Object.keys(schema?.properties ?? {});
  const rank = (key: string) => (known.includes(key) ? known.indexOf(key) : known.length);
  const anyKey = Object.values(schema?.patternProperties ?? {})[0];
  return Object.fromEntries(
    entries.sort(([a], [b]) => rank(a) - rank(b)).map(([k, v]) => [k, inSchemaOrder(v, schema?.properties?.[k] ?? anyKey)]),
  );
}

export function renderStack(stack: Stack, options: RenderOptions): string {
  const doc = new Document(inSchemaOrder(stack, stackSchema as SchemaNode));
  const name = stack.practice.name;
  doc.commentBefore = [
    schemaModeline(options.file).slice(1),
    options.template
      ? ` A hipaa-hero stack file template, written by hipaa-hero init on ${options.now}. Every value below is a`
      : ` The technology stack of ${name}, written by hipaa-hero init on ${options.now}.`,
    ...(options.template
      ? [' placeholder that validates: replace each one with the truth about the practice (the comments', ' say what goes where), delete what does not apply, and add entries by copying one.']
      : []),
    ' Describe systems and staff accounts only: never put patient information (PHI) in this file.',
    ` Check it with \`hipaa-hero validate ${options.file}\`; audit it with \`hipaa-hero audit ${options.file}\`.`,
    ' Stack format version 1: see the README for every key.',
  ].join('\n');

  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (key in SECTION_COMMENTS && isScalar(pair.key)) {
        pair.key.commentBefore = comment(SECTION_COMMENTS[key as Section]);
        pair.key.spaceBefore = true;
      }
    }
  }
  flowShortLists(doc.contents);
  for (const hint of options.hints ?? []) {
    const node = doc.getIn(hint.path, true);
    if (isScalar(node) || (isCollection(node) && node.flow === true)) node.comment = ` ${hint.comment}`;
    else if (isCollection(node)) node.commentBefore = comment(hint.comment);
    else throw new Error(`init template: no value at ${hint.path.join('.')} for the hint "${hint.comment}"`);
  }
  // inventory is read only by the proposed rule's checks (--profile proposed-2025): not missing under the rules in force.
  const OPTIONAL: readonly Section[] = ['waivers', 'attestations', 'schedule', 'inventory'];
  const missing = (Object.keys(SECTION_COMMENTS) as Section[]).filter((k) => !OPTIONAL.includes(k) && stack[k] === undefined);
  doc.comment = [
    ...(missing.length && !options.template
      ? [
          ` Not described yet: ${missing.join(', ')}.`,
          ' The audit judges a missing section as not documented; `hipaa-hero init --yes <file>` writes a',
          ' template that shows every section.',
          '',
        ]
      : []),
    ' Some HIPAA safeguards cannot be read from this file or probed (facility access, workstation',
    ' use, device and media disposal, …). Answer them with',
    `   hipaa-hero attest ${options.file}`,
    ' which asks about each one and adds an `attestations:` section here, keyed by citation.',
  ].join('\n');
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

/** Marks the short word lists as flow sequences, wherever they are. */
function flowShortLists(node: Node | null): void {
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      if (isSeq(pair.value) && FLOW_LISTS.has(key) && pair.value.items.every(isScalar)) pair.value.flow = true;
      flowShortLists(pair.value as Node | null);
    }
  } else if (isSeq(node)) {
    for (const item of node.items) flowShortLists(item as Node | null);
  }
}
