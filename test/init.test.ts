// `hipaa-hero init`: the built CLI interviewed on a pseudo-terminal by keystrokes (a full interview,
// refused answers, cancelling, not overwriting), the --yes and no-terminal template, and the answer
// validators and the YAML writer on their own. Endpoints are `.example` hosts, never contacted.
import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Ask } from '../src/init/ask.js';
import { interview } from '../src/init/interview.js';
import { renderStack, schemaModeline } from '../src/init/render.js';
import { TEMPLATE, TEMPLATE_HINTS } from '../src/init/template.js';
import { cidrList, date, dateAfter, list, pastDate, reference, statesOf, uniqueName, usStates, webUrl, wholeNumber } from '../src/init/validators.js';
import { validateStackText } from '../src/stack/yaml-parse.js';
import { KEY, spawnPty, type Step } from './helpers/pty.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = path.join(root, 'bin/hipaa-hero.js');
const NOW = '2026-06-15';
const tempDir = () => mkdtemp(path.join(tmpdir(), 'hh-init-'));
const cli = (cwd: string, args: string[]) => execa('node', [bin, ...args], { cwd, reject: false, env: { NO_COLOR: '1' }, stdin: 'ignore' });
const init = (cwd: string, ...args: string[]) => spawnPty([process.execPath, bin, 'init', ...args], { cwd });
/**
 * yaml-language-server's association form on the first line, naming a file that exists and is the
 * stack schema (a relative path is read from the stack file's folder, as the editor reads it).
 */
async function expectSchemaLine(file: string, text: string): Promise<void> {
  const first = text.split('\n')[0]!;
  const match = /^# yaml-language-server: \$schema=(\S+)$/.exec(first);
  expect(match, first).not.toBeNull();
  const target = match![1]!;
  expect(target).not.toMatch(/^https?:/);
  const schemaFile = path.resolve(path.dirname(file), target);
  const schema = JSON.parse(await readFile(schemaFile, 'utf8')) as unknown;
  expect(schema).toEqual(JSON.parse(await readFile(path.join(root, 'schema/stack.schema.json'), 'utf8')));
  expect(schema).toMatchObject({ $schema: 'https://json-schema.org/draft/2020-12/schema' });
}
const mode = async (file: string) => (await stat(file)).mode & 0o777;

const { enter, down, space, ctrlC, ctrlU } = KEY;
/** Type an answer and press Enter. */
const type = (expect: string, answer: string): Step => ({ expect, send: answer + enter });
/** Take the default (or leave an optional answer empty). */
const skip = (expect: string): Step => ({ expect, send: enter });
/** Each fixture step: wait for the prompt, type the answer (<down>, <space> are keys) and Enter. */
async function fixtureSteps(name: string): Promise<Step[]> {
  const steps = parse(await readFile(path.join(root, 'fixtures/init', name), 'utf8')) as Array<[string, string]>;
  return steps.map(([prompt, answer]) => type(prompt, answer.replace(/<down>/g, down).replace(/<space>/g, space)));
}
/** A refused answer: type it, see the message, clear the line, type the good one. */
const refused = (prompt: string, bad: string, message: string, good: string): Step[] => [
  type(prompt, bad),
  { expect: message, send: ctrlU + good + enter },
];

/**
 * The privacy part of the interview, typed into the full interview before its policies (after the
 * endpoints): a misspelt state first, then a photo authorization form that lacks most elements.
 */
const PRIVACY_STEPS: Step[] = [
  ...refused('States where the practice works', 'CO, Colrado', "'Colrado' is not a US state — did you mean Colorado (CO)?", 'co, Texas'),
  type('Are before-and-after photos or videos of patients used in marketing', 'y'),
  skip('Are testimonials or stories that identify a patient published?'),
  type('How do staff reply to online reviews?', down), // none (default) → generic
  skip('Vendors that hold a list of patients for marketing'),
  skip("Does a manufacturer's program"),
  type('Path of the authorization form patients sign', 'forms/photo-release.pdf'),
  type('Which of these does forms/photo-release.pdf say?', space + down + down + down + space), // description, purpose
  type('Path of the Notice of Privacy Practices', 'policies/npp.pdf'),
  type('Web page where the notice is posted', 'https://glow-test.example/privacy'),
  type('Is the notice posted in the office', 'y'),
  skip('At the first visit, are patients asked to sign'),
  skip("request for a copy of their records acted on?"),
  type('When a patient pays in full', 'y'),
  skip('Before email or texts that are not encrypted'),
  skip('Do staff text or call patients from their own phones?'),
];
/** What PRIVACY_STEPS add to the written file. */
const PRIVACY_WRITTEN = {
  states: ['CO', 'TX'],
  marketing: {
    patient_images: true,
    testimonials: false,
    review_replies: 'generic',
    authorization: { form: 'forms/photo-release.pdf', elements: ['description', 'purpose'] },
  },
  patient_communications: { unencrypted_consent: { process: false }, personal_devices: { allowed: false } },
  privacy_notice: { document: 'policies/npp.pdf', website: 'https://glow-test.example/privacy', posted_in_office: true, acknowledgment: false },
  patient_rights: { access_days: 30, self_pay_restriction: true },
};

describe('hipaa-hero init on a terminal', () => {
  it('interviews the privacy officer and writes a stack file that validates and audits', async () => {
    const dir = await tempDir();
    const run = init(dir, 'clinic.yaml', '--no-audit', '--now', NOW);
    const steps = await fixtureSteps('full-interview.yaml');
    const policies = steps.findIndex((step) => step.expect === 'Add a written policy?');
    await run.steps([...steps.slice(0, policies), ...PRIVACY_STEPS, ...steps.slice(policies)]);
    const { exitCode, output } = await run.done();
    expect(exitCode, output).toBe(0);
    expect(output).toContain('init: wrote clinic.yaml');
    expect(output).not.toContain('HIPAA audit of'); // --no-audit

    const file = path.join(dir, 'clinic.yaml');
    const text = await readFile(file, 'utf8');
    expect(await mode(file)).toBe(0o600);
    await expectSchemaLine(file, text);
    expect(text).toContain("# Companies that handle the practice's data. Every vendor with phi: true needs a signed\n");
    expect(text).toMatch(/^# Everywhere PHI lives/m);
    expect(text).toContain('hipaa-hero attest clinic.yaml');
    expect(text).toContain('Not described yet: messaging.');
    const fixture = parse(await readFile(path.join(root, 'fixtures/init/full-interview.expected.yaml'), 'utf8'));
    const { states, ...privacy } = PRIVACY_WRITTEN;
    const expected = { ...fixture, practice: { ...fixture.practice, states }, ...privacy };
    expect(parse(text)).toEqual(expected);
    expect(text).toContain('  states: [CO, TX]\n');
    expect(text).toContain('  authorization:\n    form: forms/photo-release.pdf\n    elements: [description, purpose]\n');
    // Keys in the schema's order, whatever order they were asked in.
    expect(Object.keys(parse(text).vendors[0])).toEqual(['name', 'service', 'phi', 'baa']);

    const valid = await cli(dir, ['validate', 'clinic.yaml']);
    expect(valid.exitCode, valid.stderr).toBe(0);
    expect(valid.stdout).toContain('valid stack file (format version 1) for Glow Test Spa: 1 vendor, 2 data stores, 1 staff account, 2 endpoints');
    const audit = await cli(dir, ['audit', 'clinic.yaml', '--offline', '--now', NOW, '--format', 'json']);
    expect([0, 1], audit.stderr).toContain(audit.exitCode);
    const report = JSON.parse(audit.stdout);
    expect(report.stack.practice).toBe('Glow Test Spa');
    const status = (id: string, subject: string) => report.results.find((r: { checkId: string; subject: string }) => r.checkId === id && r.subject === subject)?.status;
    expect(status('vendors.baa-signed', 'Boulevard')).toBe('pass');
    expect(status('backups.coverage', 'Front desk PC')).toBe('pass');
    // The privacy answers are judged: the photo form lacks elements, self-pay restrictions are honored.
    const only = (id: string) => report.results.filter((r: { checkId: string }) => r.checkId === id).map((r: { status: string }) => r.status);
    expect(only('privacy.marketing-authorization')).toEqual(['fail']);
    expect(only('privacy.self-pay-restriction')).toEqual(['pass']);
  });

  it('refuses invalid answers with a message and takes a valid one; Ctrl-C writes nothing', async () => {
    const dir = await tempDir();
    const run = init(dir, 'clinic.yaml', '--no-audit', '--now', NOW);
    await run.steps([
      type('Practice name:', ' '),
      { expect: 'Give the practice name: it cannot be empty.', send: ctrlU + 'Glow' + enter },
      skip('Locations, comma-separated'),
      ...refused('Public website', 'glow.example', "'glow.example' is not a web address — write it in full", 'ftp://glow.example'),
      { expect: "'ftp://glow.example' is not an http or https address", send: ctrlU + 'https://glow.example' + enter },
      skip('Is the practice a HIPAA covered entity?'),
      type("Privacy official's name", 'Dana'),
      skip("Dana's job title"),
      ...refused("Dana's email", 'Dana Reyes', "'Dana Reyes' does not look like an email address", 'dana@glow.example'),
      ...refused("Date of Dana's written designation", '03/01/2025', "'03/01/2025' is not a date — write YYYY-MM-DD, e.g. 2026-01-31.", '2025-02-30'),
      { expect: '2025-02-30 is not a day on the calendar — check the month and the day.', send: ctrlU + '2026-07-01' + enter },
      { expect: '2026-07-01 is after today (2026-06-15) — give the day it happened.', send: ctrlU + '2025-03-01' + enter },
      skip('Is Dana also the security official?'),
      skip('Add a vendor?'),
      type('Vendor name:', 'Klara'),
      skip('What Klara does'),
      skip('Does Klara create, receive, keep or send PHI?'),
      skip('Has Klara signed a Business Associate Agreement'),
      type('Date the BAA was signed', '2025-02-20'),
      ...refused('Date the BAA expires', '2025-01-01', '2025-01-01 is not after the signing date (2025-02-20) — check the dates.', ''),
      skip('Path of the signed BAA'),
      type('Add another vendor?', 'y'),
      ...refused('Vendor name:', 'Klara', "There is already a vendor 'Klara' — give each one its own name.", 'Mailchimp'),
      skip('What Mailchimp does'),
      type('Does Mailchimp create, receive, keep or send PHI?', 'n'),
      skip('Add another vendor?'),
      skip('Add a role?'),
      type('Role name', 'owner'),
      skip('What the owner role does'),
      ...refused('Permissions of owner', '', 'Give at least one permission, separated by commas.', '*'),
      skip('Add another role?'),
      skip('Add a staff account?'),
      type("Staff member's name:", 'Sam'),
      type("Sam's login account name", 'sam'),
      ...refused("Sam's role", 'ownr', "'ownr' is not a role given above — did you mean 'owner'?", 'owner'),
      skip('Does sam sign in with multi-factor'),
      skip('Is sam used by more than one person?'),
      skip("Date of Sam's last HIPAA security training"),
      skip('Add another staff account?'),
      type('Add an IP allowlist', 'y'),
      type('Allowlist name', 'office'),
      ...refused('Addresses or CIDR ranges in office', '203.0.113.0/33', "'203.0.113.0/33' is not an IP address or CIDR range — write e.g. 203.0.113.0/24", '10.1, 203.0.113.0/24'),
      { expect: "'10.1' is not an IP address or CIDR range", send: ctrlU + '2001:db8::/129' + enter },
      { expect: "'2001:db8::/129' is not an IP address or CIDR range", send: ctrlU + '203.0.113.0/24, 2001:db8::/48' + enter },
      skip('Add another IP allowlist?'),
      { expect: 'Can staff reach PHI systems from outside the office', send: ctrlC },
    ]);
    const { exitCode, output } = await run.done();
    expect(exitCode, output).toBe(2);
    expect(output).toContain('init: cancelled, nothing written');
    await expect(stat(path.join(dir, 'clinic.yaml'))).rejects.toThrow(/ENOENT/);
  });

  it('does not replace an existing file when the answer is no', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'stack.yaml');
    await writeFile(file, 'version: 1\npractice: { name: Kept }\n', { mode: 0o644 });
    const before = await readFile(file);
    const run = init(dir, '--no-audit');
    await run.steps([skip('stack.yaml already exists. Replace it? (y/N)')]);
    const { exitCode, output } = await run.done();
    expect(exitCode, output).toBe(2);
    expect(output).toContain('init: kept stack.yaml unchanged, nothing written');
    expect(await readFile(file)).toEqual(before);
    expect(await mode(file)).toBe(0o644);
  });

  it('asks before replacing, and Ctrl-C later still leaves the file as it was', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'stack.yaml');
    await writeFile(file, 'version: 1\npractice: { name: Kept }\n');
    const before = await readFile(file);
    const run = init(dir, 'stack.yaml', '--no-audit');
    await run.steps([type('stack.yaml already exists. Replace it?', 'y'), { expect: 'Practice name:', send: ctrlC }]);
    const { exitCode, output } = await run.done();
    expect(exitCode, output).toBe(2);
    expect(output).toContain('init: cancelled, nothing written');
    expect(await readFile(file)).toEqual(before);
  });
});

describe('hipaa-hero init --yes and without a terminal: the template', () => {
  it('--yes writes the documented template (mode 0600) and audits it', async () => {
    const dir = await tempDir();
    const r = await cli(dir, ['init', '--yes', '--now', NOW, 'template.yaml']);
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.stderr).toContain('init: wrote a template to template.yaml');
    expect(r.stdout).toContain('HIPAA audit of Your Practice Name');
    const file = path.join(dir, 'template.yaml');
    expect(await mode(file)).toBe(0o600);
    const text = await readFile(file, 'utf8');
    await expectSchemaLine(file, text);
    expect(text).toContain('placeholder that validates: replace each one with the truth about the practice');
    expect(text).toContain('hipaa-hero attest template.yaml');
    const valid = await cli(dir, ['validate', 'template.yaml']);
    expect(valid.exitCode, valid.stderr).toBe(0);
  });

  it('writes the template when stdin is not a terminal, without prompting', async () => {
    const dir = await tempDir();
    const r = await cli(dir, ['init', '--no-audit']);
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.stderr).toContain('because stdin is not a terminal');
    expect(r.stdout).toBe('');
    const text = await readFile(path.join(dir, 'stack.yaml'), 'utf8');
    expect(parse(text)).toEqual(TEMPLATE);
    expect((await cli(dir, ['validate', 'stack.yaml'])).exitCode).toBe(0);
  });

  it('the template has the privacy sections, and its first audit lists their gaps (no notice on file)', async () => {
    expect(TEMPLATE.practice.states).toEqual([]);
    expect(TEMPLATE.messaging?.[0]?.patients).toBe(true);
    // Placeholders claim nothing: what only the practice can say is left out, so the audit asks it.
    expect(TEMPLATE.marketing).toEqual({ lists: [] });
    expect(TEMPLATE.patient_communications).toEqual({ unencrypted_consent: { process: false } });
    expect(TEMPLATE.privacy_notice).toEqual({ website: null, posted_in_office: false, acknowledgment: false });
    expect(TEMPLATE.patient_rights).toEqual({ self_pay_restriction: false });
    const dir = await tempDir();
    expect((await cli(dir, ['init', '--yes', '--no-audit', 'stack.yaml'])).exitCode).toBe(0);
    const text = await readFile(path.join(dir, 'stack.yaml'), 'utf8');
    expect(text).toContain('  states: [] # USPS codes of the states where the practice works and its patients live, e.g. [CO, TX]\n');
    expect(text).toMatch(/^ {2}lists: \[\] # vendors holding a list of patients for marketing.*set their phi: true$/m);
    expect(text).toMatch(/^ {2}# add document: path\/to\/notice-of-privacy-practices\.pdf/m);
    expect(text).toContain('  website: null # the web page where the notice is posted');
    const audit = await cli(dir, ['audit', 'stack.yaml', '--offline', '--now', NOW, '--format', 'json']);
    expect([0, 1], audit.stderr).toContain(audit.exitCode);
    const results: Array<{ checkId: string; status: string; message: string }> = JSON.parse(audit.stdout).results;
    const of = (id: string) => results.filter((r) => r.checkId === id);
    expect(of('privacy.notice').map((r) => [r.status, r.message])).toEqual([['fail', expect.stringMatching(/No Notice of Privacy Practices is on file/)]]);
    for (const id of ['privacy.notice-website', 'privacy.notice-office', 'privacy.notice-acknowledgment', 'privacy.self-pay-restriction', 'privacy.patient-messaging']) {
      expect(of(id).map((r) => r.status), id).toEqual(['fail']);
    }
    for (const id of ['privacy.marketing-authorization', 'privacy.review-replies', 'privacy.personal-devices', 'privacy.access-turnaround', 'incident.state-breach-deadline']) {
      expect(of(id).map((r) => r.status), id).toEqual(['manual']);
    }
  });

  it('refuses to replace an existing file without --force (exit 2, file unchanged); --force replaces it', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'stack.yaml');
    await writeFile(file, 'version: 1\npractice: { name: Kept }\n');
    const before = await readFile(file);
    for (const args of [['init', '--yes', '--no-audit'], ['init', 'stack.yaml', '--no-audit']]) {
      const r = await cli(dir, args);
      expect(r.exitCode).toBe(2);
      expect(r.stderr.trim().split('\n')).toEqual(['hipaa-hero: stack.yaml already exists — pass --force to replace it, or choose another path']);
      expect(await readFile(file)).toEqual(before);
    }
    const forced = await cli(dir, ['init', '--yes', '--force', '--no-audit']);
    expect(forced.exitCode, forced.stderr).toBe(0);
    expect(parse(await readFile(file, 'utf8'))).toEqual(TEMPLATE);
    expect(await mode(file)).toBe(0o600);
  });

  it('refuses a directory, or a path in a directory that does not exist (exit 2)', async () => {
    const dir = await tempDir();
    expect((await cli(dir, ['init', '--yes', '.'])).stderr).toMatch(/^hipaa-hero: \. is a directory/);
    const r = await cli(dir, ['init', '--yes', 'nowhere/stack.yaml']);
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/the directory nowhere does not exist/);
  });
});

describe('init answer validators', () => {
  it('take real calendar days only, and past ones where asked', () => {
    expect(date('2024-02-29')).toBe(true);
    expect(date('2025-02-29')).toMatch(/not a day on the calendar/);
    expect(date('2025-1-5')).toMatch(/write YYYY-MM-DD/);
    expect(pastDate(NOW)(NOW)).toBe(true);
    expect(pastDate(NOW)('2026-06-16')).toMatch(/after today/);
    expect(dateAfter('2025-01-01', 'the signing date')('2025-01-01')).toMatch(/not after the signing date/);
  });

  it('take IPv4 and IPv6 addresses and CIDR ranges, as the loader does', () => {
    expect(cidrList('203.0.113.10, 198.51.100.0/29, 2001:db8::/48, ::1')).toBe(true);
    for (const bad of ['10.1', '0x0a.0.0.1', '203.0.113.0/33', '2001:db8::/129', 'fe80::1%eth0', '10.0.0.0/08', 'office']) {
      expect(cidrList(bad), bad).toMatch(/is not an IP address or CIDR range/);
    }
    expect(cidrList('10.0.0.0/8, 10.0.0.0/8')).toMatch(/listed twice/);
    expect(cidrList('10.0.0.0/8,,10.0.0.1')).toMatch(/empty item/);
    expect(cidrList('')).toMatch(/at least one/);
  });

  it('take http(s) URLs with a host, names, references and numbers', () => {
    expect(webUrl('https://book.example.com/path')).toBe(true);
    expect(webUrl('book.example.com')).toMatch(/not a web address/);
    expect(webUrl('mailto:a@b.example')).toMatch(/not an http or https address/);
    expect(uniqueName('vendor', ['Klara'])('Klara')).toMatch(/already a vendor 'Klara'/);
    expect(reference('role', ['front-desk', 'owner'])('frontdesk')).toMatch(/did you mean 'front-desk'/);
    expect(reference('role', ['owner'])('billing')).toMatch(/use one of: owner/);
    expect(list('permission', 1)('')).toMatch(/at least one permission/);
    expect(wholeNumber(1, 120, 'months')('0')).toMatch(/from 1 to 120/);
    expect(wholeNumber(1, 120, 'months')('12')).toBe(true);
  });

  it('take states as USPS codes or names, in any case, and say what a typo meant', () => {
    expect(usStates('')).toBe(true);
    expect(usStates('co, TX, new york, District of Columbia')).toBe(true);
    expect(statesOf('co, TX, new york, District of Columbia')).toEqual(['CO', 'TX', 'NY', 'DC']);
    expect(usStates('CO, Colrado')).toBe("'Colrado' is not a US state — did you mean Colorado (CO)?");
    expect(usStates('OC')).toBe("'OC' is not a USPS state code — did you mean CO (Colorado)?");
    expect(usStates('TZ')).toBe("'TZ' is not a USPS state code — codes that start with T: TN, TX.");
    expect(usStates('QQ')).toMatch(/'QQ' is not a USPS state code — e\.g\. CO for Colorado/);
    expect(usStates('Atlantis')).toMatch(/'Atlantis' is not a US state — write its two-letter USPS code/);
    expect(usStates('CO, Colorado')).toBe('CO is listed twice — list each state once.');
    expect(usStates('CO,,TX')).toMatch(/empty item/);
  });
});

/** Choices by prompt text: yes to the yes/no prompts in `yes`, picks for selects and checkboxes in `pick`. */
interface Scripted {
  yes?: readonly string[];
  pick?: Record<string, string | readonly string[]>;
}

/**
 * Answers from a table (by prompt text), each checked by the prompt's validator, and picks checked
 * against the prompt's choices; otherwise the default, no, or nothing.
 */
function scriptedAsk(answers: Record<string, string>, { yes = [], pick = {} }: Scripted = {}): Ask {
  const find = <T>(table: Record<string, T>, message: string) => Object.entries(table).find(([prompt]) => message.includes(prompt))?.[1];
  const offered = <T extends string>(message: string, choices: ReadonlyArray<{ value: T }>, value: string): T => {
    const choice = choices.find((c) => c.value === value);
    if (!choice) throw new Error(`"${message}" offers no '${value}'`);
    return choice.value;
  };
  return {
    async text(message, options = {}) {
      const value = find(answers, message) ?? options.default ?? '';
      const ok = options.validate?.(value) ?? true;
      if (ok !== true) throw new Error(`"${message}" refused '${value}': ${ok}`);
      return value.trim();
    },
    yesNo: async (message) => yes.some((prompt) => message.includes(prompt)),
    async select(message, choices, defaultValue) {
      const value = find(pick, message);
      return typeof value === 'string' ? offered(message, choices, value) : (defaultValue ?? choices[0]!.value);
    },
    async checkbox(message, choices) {
      const value = find(pick, message);
      return typeof value === 'object' ? value.map((v) => offered(message, choices, v)) : [];
    },
  };
}

describe('init interview without a terminal (scripted answers)', () => {
  it('an interview that adds no list entries writes a minimal valid file naming what is not described', async () => {
    const said: string[] = [];
    const stack = await interview({ ask: scriptedAsk({ 'Practice name:': 'Solo Spa', 'Other topics': 'passwords, phishing' }), now: NOW, say: (l) => said.push(l) });
    expect(stack).toEqual({
      version: 1,
      practice: { name: 'Solo Spa', covered_entity: 'yes' },
      network: { remote_access: { enabled: false }, wifi: { security: 'WPA2', guest_network: false } },
      // The privacy part's defaults claim nothing: no safeguard, no states, no website question.
      marketing: { patient_images: false, testimonials: false, review_replies: 'none' },
      privacy_notice: { posted_in_office: false, acknowledgment: false },
      patient_rights: { access_days: 30, self_pay_restriction: false },
      patient_communications: { unencrypted_consent: { process: false }, personal_devices: { allowed: false } },
      training: { interval_months: 12, topics: ['passwords', 'phishing'] },
      audits: { risk_analysis: null, last_audit: null, interval_months: 12, activity_review: 'monthly' },
      incident_response: { breach_notification_days: 60, last_drill: null },
    });
    expect(said.join('\n')).toContain('never type patient information (PHI)');
    const text = renderStack(stack, { file: 'solo.yaml', now: NOW, template: false });
    expect(validateStackText('solo.yaml', text)).toEqual(stack);
    expect(text).toContain('# Not described yet: officers, roles, staff, vendors, data_stores, messaging, backups, endpoints, policies.');
  });

  it('the privacy part writes states, marketing with an incomplete paid authorization, the notice, rights and texting', async () => {
    const ask = scriptedAsk(
      {
        'Practice name:': 'Glow',
        'Public website': 'https://glow.example',
        'Vendor name:': 'Mailchimp',
        'Channel name': 'Practice SMS line',
        'Other topics': 'passwords, phishing',
        'States where': 'co, Texas',
        'Vendors that hold a list of patients': 'Mailchimp',
        'Program name:': 'Alle rewards',
        'Path of the authorization form': 'forms/photo-release.pdf',
        'Path of the Notice of Privacy Practices': 'policies/npp.pdf',
        'Web page where the notice is posted': '',
        'request for a copy of their records': '45',
        'Path of the notice or form used for that': 'forms/text-consent.pdf',
        'Path of the written rules for personal phones': '',
      },
      {
        yes: [
          'Add a vendor?',
          'Add a messaging channel?',
          'Is PHI sent over Practice SMS line',
          'Do staff write to patients on Practice SMS line',
          'Are before-and-after photos',
          "Does a manufacturer's program",
          'Is the practice paid for Alle rewards',
          'At the first visit, are patients asked to sign',
          'Before email or texts that are not encrypted',
          'Do staff text or call patients from their own phones',
        ],
        pick: {
          'How do staff reply to online reviews?': 'personal',
          'Which of these does forms/photo-release.pdf say?': ['description', 'recipients', 'purpose', 'signature_date', 'remuneration'],
        },
      },
    );
    const stack = await interview({ ask, now: NOW, say: () => {} });
    expect(stack.practice.states).toEqual(['CO', 'TX']);
    expect(stack.messaging).toEqual([{ name: 'Practice SMS line', phi: true, encrypted: false, patients: true }]);
    expect(stack.marketing).toEqual({
      patient_images: true,
      testimonials: false,
      review_replies: 'personal',
      lists: ['Mailchimp'],
      manufacturer_programs: [{ name: 'Alle rewards', patient_data: true, remuneration: true }],
      authorization: { form: 'forms/photo-release.pdf', elements: ['description', 'recipients', 'purpose', 'signature_date', 'remuneration'] },
    });
    expect(stack.privacy_notice).toEqual({ document: 'policies/npp.pdf', website: null, posted_in_office: false, acknowledgment: true });
    expect(stack.patient_rights).toEqual({ access_days: 45, self_pay_restriction: false });
    expect(stack.patient_communications).toEqual({ unencrypted_consent: { process: true, form: 'forms/text-consent.pdf' }, personal_devices: { allowed: true } });
    const text = renderStack(stack, { file: 'glow.yaml', now: NOW, template: false });
    expect(validateStackText('glow.yaml', text)).toEqual(stack);
    expect(text).toContain('  states: [CO, TX]\n');
    expect(text).toContain('    elements: [description, recipients, purpose, signature_date, remuneration]\n');
  });

  it('does not offer the remuneration statement when no program pays the practice, and leaves out elements nobody picked', async () => {
    let offered: string[] = [];
    const base = scriptedAsk({ 'Practice name:': 'Glow', 'Other topics': 'passwords', 'Path of the authorization form': 'forms/release.pdf' }, { yes: ['Are testimonials'] });
    const ask: Ask = {
      ...base,
      async checkbox(message, choices, validate) {
        if (message.includes('forms/release.pdf')) offered = choices.map((c) => c.value);
        return base.checkbox(message, choices, validate);
      },
    };
    const stack = await interview({ ask, now: NOW, say: () => {} });
    expect(offered).toEqual(['description', 'who_discloses', 'recipients', 'purpose', 'expiration', 'signature_date', 'revocation', 'conditioning', 'redisclosure']);
    // None picked means "not sure": no elements, so the audit asks instead of failing every one.
    expect(stack.marketing).toEqual({ patient_images: false, testimonials: true, review_replies: 'none', authorization: { form: 'forms/release.pdf' } });
  });
});

describe('init schema line', () => {
  it('names the schema of the hipaa-hero that wrote the file, from the stack file\'s folder', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'stack.yaml');
    const text = renderStack(TEMPLATE, { file, now: NOW, template: true, hints: TEMPLATE_HINTS });
    await expectSchemaLine(file, text);
    // Not under the stack file's project: absolute, so it holds wherever the file is moved.
    expect(text.split('\n')[0]).toBe(`# yaml-language-server: $schema=${path.join(root, 'schema/stack.schema.json')}`);
  });

  it('is relative for a project install (node_modules/hipaa-hero here or above), absolute otherwise', () => {
    const project = path.join(path.sep, 'home', 'dana', 'spa');
    const schema = path.join(project, 'node_modules', 'hipaa-hero', 'schema', 'stack.schema.json');
    expect(schemaModeline(path.join(project, 'stack.yaml'), schema)).toBe('# yaml-language-server: $schema=./node_modules/hipaa-hero/schema/stack.schema.json');
    expect(schemaModeline(path.join(project, 'hipaa', 'stack.yaml'), schema)).toBe('# yaml-language-server: $schema=../node_modules/hipaa-hero/schema/stack.schema.json');
    const global = path.join(path.sep, 'usr', 'lib', 'node_modules', 'hipaa-hero', 'schema', 'stack.schema.json');
    expect(schemaModeline(path.join(project, 'stack.yaml'), global)).toBe(`# yaml-language-server: $schema=${global}`);
    const other = path.join(path.sep, 'home', 'dana', 'other', 'node_modules', 'hipaa-hero', 'schema', 'stack.schema.json');
    expect(schemaModeline(path.join(project, 'stack.yaml'), other)).toBe(`# yaml-language-server: $schema=${other}`);
  });
});

describe('init YAML writer', () => {
  it('writes the template with a comment over every section and a hint beside the placeholders', () => {
    const text = renderStack(TEMPLATE, { file: 'stack.yaml', now: NOW, template: true, hints: TEMPLATE_HINTS });
    expect(validateStackText('stack.yaml', text)).toEqual(TEMPLATE);
    const lines = text.split('\n');
    for (const section of Object.keys(TEMPLATE).filter((k) => k !== 'version')) {
      const at = lines.findIndex((l) => l.startsWith(`${section}:`));
      expect(at, section).toBeGreaterThan(0);
      expect(lines[at - 1], section).toMatch(/^# /);
    }
    expect(text).toContain('risk_analysis: null # date of the last security risk analysis, YYYY-MM-DD');
    expect(text).toContain('#   hipaa-hero attest stack.yaml\n');
    // Every endpoint of the template is a reserved .example name: auditing it never reaches the network.
    for (const e of TEMPLATE.endpoints ?? []) expect(new URL(e.url).hostname).toMatch(/\.example$/);
  });

  it('keeps answers that YAML would misread as text', () => {
    const stack = { version: 1 as const, practice: { name: 'yes', locations: ['2024-01-01', 'null', '#1: Main'], covered_entity: 'no' as const } };
    const text = renderStack(stack, { file: 'x.yaml', now: NOW, template: false });
    expect(validateStackText('x.yaml', text)).toEqual(stack);
  });
});
