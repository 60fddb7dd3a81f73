// The init interview: the practice, its officials, vendors, roles and staff, and network, in the
// order that lets later answers refer to earlier ones; systems, patient privacy and the compliance
// program follow.
import { COVERED_ENTITY_ANSWERS, WIFI_SECURITY, type Officer, type Role, type Stack, type StaffMember, type Vendor } from '../stack/schema.js';
import { askList } from './ask.js';
import type { InterviewContext } from './interview-context.js';
import { askPrivacy } from './interview-privacy.js';
import { askCompliance } from './interview-program.js';
import { askSystems } from './interview-systems.js';
import { all, cidrList, dateAfter, email, list, nonEmpty, optional, pastDate, reference, splitList, uniqueName, webUrl } from './validators.js';

export type { InterviewContext };

type Network = NonNullable<Stack['network']>;

export async function interview(ctx: InterviewContext): Promise<Stack> {
  const { say } = ctx;
  say('Answer about systems and staff accounts only: never type patient information (PHI).');
  say('Optional questions can be left empty; Enter takes the default in (parentheses); Ctrl-C cancels and writes nothing.');
  const stack: Stack = { version: 1, practice: await askPractice(ctx) };
  const officers = await askOfficers(ctx);
  if (officers) stack.officers = officers;
  const vendors = await askVendors(ctx);
  if (vendors.length) stack.vendors = vendors;
  const roles = await askRoles(ctx);
  if (Object.keys(roles).length) {
    stack.roles = roles;
    const staff = await askStaff(ctx, Object.keys(roles));
    if (staff.length) stack.staff = staff;
  } else {
    say('No roles, so no staff accounts: each account needs a role. Add both to the file later.');
  }
  stack.network = await askNetwork(ctx);
  Object.assign(stack, await askSystems(ctx, stack));
  const { states, ...privacy } = await askPrivacy(ctx, stack);
  if (states.length) stack.practice.states = states;
  Object.assign(stack, privacy);
  Object.assign(stack, await askCompliance(ctx));
  return stack;
}

async function askPractice({ ask, say }: InterviewContext): Promise<Stack['practice']> {
  say('\n== The practice ==');
  const practice: Stack['practice'] = { name: await ask.text('Practice name:', { validate: nonEmpty('the practice name') }) };
  const locations = splitList(await ask.text('Locations, comma-separated (e.g. Main Street, Westside; empty if one):', { validate: list('location') }));
  if (locations.length) practice.locations = locations;
  const website = await ask.text('Public website (https://…, empty if none):', { validate: optional(webUrl) });
  if (website) practice.website = website;
  practice.covered_entity = await ask.select(
    'Is the practice a HIPAA covered entity? (A practice that never bills insurance electronically may not be one.)',
    COVERED_ENTITY_ANSWERS.map((value) => ({ value, ...COVERED_ENTITY_CHOICES[value] })),
    'yes',
  );
  return practice;
}

const COVERED_ENTITY_CHOICES: Record<(typeof COVERED_ENTITY_ANSWERS)[number], { name: string; description: string }> = {
  yes: { name: 'yes', description: 'It sends insurance claims, eligibility checks or other HIPAA standard transactions electronically (itself or through a billing service).' },
  no: { name: 'no', description: 'It never bills insurance electronically (e.g. cash only): it may not be a covered entity. The audit still reports every safeguard.' },
  unsure: { name: 'unsure', description: 'Not sure: the audit judges the practice as a covered entity. Ask a compliance adviser.' },
};

async function askOfficer({ ask, now }: InterviewContext, role: string): Promise<Officer | undefined> {
  const name = await ask.text(`${role} official's name (empty if none is designated yet):`);
  if (!name) return undefined;
  const officer: Officer = { name };
  const title = await ask.text(`${name}'s job title (optional):`);
  if (title) officer.title = title;
  const mail = await ask.text(`${name}'s email (optional; a role address is fine):`, { validate: optional(email) });
  if (mail) officer.email = mail;
  const appointed = await ask.text(`Date of ${name}'s written designation as ${role.toLowerCase()} official (YYYY-MM-DD, empty if not in writing):`, { validate: optional(pastDate(now)) });
  if (appointed) officer.appointed = appointed;
  return officer;
}

async function askOfficers(ctx: InterviewContext): Promise<Stack['officers']> {
  ctx.say('\n== Officials: HIPAA requires a designated privacy official and security official (they may be one person) ==');
  const privacy = await askOfficer(ctx, 'Privacy');
  const same = privacy !== undefined && (await ctx.ask.yesNo(`Is ${privacy.name} also the security official?`, true));
  const security = same ? { ...privacy } : await askOfficer(ctx, 'Security');
  if (!privacy && !security) return undefined;
  return { ...(privacy ? { privacy } : {}), ...(security ? { security } : {}) };
}

async function askVendors({ ask, say, now }: InterviewContext): Promise<Vendor[]> {
  say('\n== Vendors: companies that handle the practice\'s data (EHR, booking, email, messaging, backups) ==');
  return askList<Vendor>(ask, 'Add a vendor?', 'Add another vendor?', true, async (added) => {
    const name = await ask.text('Vendor name:', { validate: uniqueName('vendor', added.map((v) => v.name)) });
    const vendor: Vendor = { name, phi: false };
    const service = await ask.text(`What ${name} does for the practice (optional):`);
    if (service) vendor.service = service;
    vendor.phi = await ask.yesNo(`Does ${name} create, receive, keep or send PHI?`, true);
    if (!vendor.phi || !(await ask.yesNo(`Has ${name} signed a Business Associate Agreement (BAA)?`, true))) return vendor;
    const signed = await ask.text('Date the BAA was signed (YYYY-MM-DD):', { validate: pastDate(now) });
    const expires = await ask.text('Date the BAA expires (YYYY-MM-DD, empty if it does not expire):', { validate: optional(dateAfter(signed, 'the signing date')) });
    const document = await ask.text('Path of the signed BAA, relative to the stack file (empty if not filed):');
    vendor.baa = { signed, expires: expires || null, ...(document ? { document } : {}) };
    return vendor;
  });
}

async function askRoles({ ask, say }: InterviewContext): Promise<Record<string, Role>> {
  say('\n== Roles: access levels by job, e.g. front-desk, injector, owner ==');
  const roles = await askList<[string, Role]>(ask, 'Add a role?', 'Add another role?', true, async (added) => {
    const name = await ask.text('Role name (e.g. front-desk):', { validate: uniqueName('role', added.map(([n]) => n)) });
    const role: Role = { permissions: [] };
    const description = await ask.text(`What the ${name} role does (optional):`);
    if (description) role.description = description;
    role.permissions = splitList(
      await ask.text(`Permissions of ${name}, comma-separated (e.g. schedule.read, chart.write; * for full access):`, { validate: list('permission', 1) }),
    );
    return [name, role];
  });
  return Object.fromEntries(roles);
}

async function askStaff({ ask, say, now }: InterviewContext, roles: readonly string[]): Promise<StaffMember[]> {
  say('\n== Staff: every login to a system with PHI, one per person (staff only, never patients) ==');
  return askList<StaffMember>(ask, 'Add a staff account?', 'Add another staff account?', true, async (added) => {
    const name = await ask.text("Staff member's name:", { validate: nonEmpty('the name') });
    const account = await ask.text(`${name}'s login account name:`, { validate: uniqueName('staff account', added.map((s) => s.account)) });
    const role = await ask.text(`${name}'s role (one of: ${roles.join(', ')}):`, { validate: all(nonEmpty('a role'), reference('role', roles)) });
    const mfa = await ask.yesNo(`Does ${account} sign in with multi-factor authentication (MFA)?`, true);
    const shared = await ask.yesNo(`Is ${account} used by more than one person?`, false);
    const trained = await ask.text(`Date of ${name}'s last HIPAA security training (YYYY-MM-DD, empty if never):`, { validate: optional(pastDate(now)) });
    return { name, account, role, mfa, shared, trained: trained || null };
  });
}

async function askNetwork({ ask, say }: InterviewContext): Promise<Network> {
  say('\n== Network: IP allowlists, remote access and Wi-Fi ==');
  const lists = await askList<[string, string[]]>(
    ask,
    'Add an IP allowlist (the addresses allowed to reach a PHI system, e.g. the office networks)?',
    'Add another IP allowlist?',
    false,
    async (added) => {
      const name = await ask.text('Allowlist name (e.g. office-networks):', { validate: uniqueName('allowlist', added.map(([n]) => n)) });
      const ranges = splitList(await ask.text(`Addresses or CIDR ranges in ${name}, comma-separated (e.g. 203.0.113.10/32, 2001:db8::/48):`, { validate: cidrList }));
      return [name, ranges];
    },
  );
  const network: Network = {};
  if (lists.length) network.ip_allowlists = Object.fromEntries(lists);
  const enabled = await ask.yesNo('Can staff reach PHI systems from outside the office (remote access)?', true);
  network.remote_access = enabled
    ? { enabled, vpn: await ask.yesNo('Does remote access go through a VPN?', true), mfa: await ask.yesNo('Does remote access require MFA?', true) }
    : { enabled };
  const security = await ask.select(
    'How is the staff Wi-Fi secured?',
    [...WIFI_SECURITY.map((value) => ({ value })), { value: 'unknown' as const, name: "don't know / no Wi-Fi", description: 'Leaves `network.wifi.security` out: the audit lists it as a manual item.' }],
    'WPA2',
  );
  const guest = await ask.yesNo('Is there a guest Wi-Fi network?', true);
  network.wifi = {
    ...(security !== 'unknown' ? { security } : {}),
    guest_network: guest,
    ...(guest ? { guest_isolated: await ask.yesNo('Is the guest Wi-Fi isolated from the practice network?', true) } : {}),
  };
  return network;
}
