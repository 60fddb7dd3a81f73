#!/usr/bin/env node
// Generates a large, realistic, deterministic stack file for benchmarks.
//
//   node scripts/gen-stack.mjs [scale] > stack.yaml
//
// Scale 1 is 200 vendors, 1,000 staff accounts and 100 data stores; every other section grows with
// it (roles stay a handful). The output depends only on `scale`: a seeded PRNG, no clock. Addresses
// are documentation ranges only (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32) and
// URLs are under .example; nothing here or in the audit of the file touches the network.
import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** mulberry32: a small, fast, seeded PRNG; deterministic across Node versions. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n, w = 4) => String(n).padStart(w, '0');

/** A YAML scalar for a string: plain when that reads back as the same string, else double-quoted. */
function str(s) {
  const plain =
    /^[A-Za-z][A-Za-z0-9 ._/()&+'-]*$/.test(s) &&
    !/[ ]$/.test(s) &&
    !/: | #/.test(s) &&
    !/^(true|false|yes|no|on|off|null|y|n|~)$/i.test(s);
  return plain ? s : JSON.stringify(s);
}

const DAY_MS = 86_400_000;
/** Dates are spread around the audit day the benchmark uses (2026-11-28). */
const AUDIT_DAY = Date.UTC(2026, 10, 28);
const day = (offsetDays) => new Date(AUDIT_DAY + offsetDays * DAY_MS).toISOString().slice(0, 10);

const FIRST = ['Ava', 'Ben', 'Carmen', 'Dev', 'Elena', 'Farah', 'Gus', 'Hana', 'Ivan', 'Jada', 'Kofi', 'Lena', 'Marco', 'Nia', 'Omar', 'Priya', 'Quinn', 'Rosa', 'Sam', 'Tariq', 'Uma', 'Vik', 'Wen', 'Yara', 'Zoe'];
const LAST = ['Adams', 'Bauer', 'Chen', 'Diaz', 'Evans', 'Fischer', 'Garcia', 'Haddad', 'Ito', 'Jones', 'Kim', 'Lopez', 'Moreau', 'Nguyen', 'Okafor', 'Patel', 'Reyes', 'Silva', 'Tanaka', 'Ueda', 'Vargas', 'Walsh', 'Young', 'Zhou'];
const SERVICES = [
  ['EHR', 'Electronic health records and charting', true],
  ['Booking', 'Online booking and scheduling', true],
  ['Payments', 'Card payments and invoicing', true],
  ['Messaging', 'Patient text messaging', true],
  ['Email', 'Email and documents', true],
  ['Backup', 'Offsite backup storage', true],
  ['Imaging', 'Before-and-after photo storage', true],
  ['Telehealth', 'Video consultations', true],
  ['Forms', 'Intake and consent forms', true],
  ['Marketing', 'Marketing newsletters', false],
  ['Reviews', 'Online review requests', false],
  ['IT', 'Managed IT support', true],
];
const ALGORITHMS = ['AES-256', 'AES-128', 'XTS-AES-128', 'XTS-AES-256', 'AES-256-GCM', 'ChaCha20-Poly1305', '3DES', 'vendor-proprietary'];
const STORE_TYPES = ['cloud', 'server', 'workstation', 'mobile', 'removable'];
const ROLES = {
  'front-desk': { description: 'Check-in, scheduling and payments', permissions: ['schedule.read', 'schedule.write', 'client.demographics.read', 'payments.write'] },
  injector: { description: 'Nurse injectors and aestheticians', permissions: ['schedule.read', 'chart.read', 'chart.write', 'photos.read', 'photos.write'] },
  provider: { description: 'Medical director and physicians', permissions: ['schedule.read', 'chart.read', 'chart.write', 'chart.sign', 'photos.read', 'rx.write'] },
  billing: { description: 'Billing and insurance', permissions: ['client.demographics.read', 'payments.read', 'payments.write', 'claims.write'] },
  marketing: { description: 'Marketing (no clinical data)', permissions: ['campaigns.write', 'reviews.read'] },
  owner: { description: 'Full administrative access', permissions: ['*'] },
};
/** Role of each staff account, by weight: most are clinical or front desk, few are owners. */
const ROLE_WEIGHTS = [['front-desk', 30], ['injector', 35], ['provider', 12], ['billing', 10], ['marketing', 10], ['owner', 3]];
const STORE_ROLES = ['front-desk', 'injector', 'provider', 'billing', 'owner'];
const POLICY_TOPICS = [
  ['Use and disclosure of PHI', ['use', 'disclosure', 'patient-consent']],
  ['Breach notification', ['breach-notification']],
  ['Access control', ['access-control', 'passwords']],
  ['Device and media disposal', ['device-disposal', 'media-reuse']],
  ['Contingency plan', ['backup', 'disaster-recovery']],
  ['Sanctions', ['sanctions']],
  ['Photography consent', ['patient-consent', 'photos']],
];

/**
 * The stack at `scale` (1 = 200 vendors, 1,000 staff, 100 data stores) as YAML text, and the document
 * paths it names (for the benchmark to create some of them next to the file).
 */
export function generate(scale = 1) {
  if (!(Number.isInteger(scale) && scale >= 1)) throw new RangeError(`scale must be a positive integer, not ${scale}`);
  const rand = prng(0x5eed + scale);
  const int = (n) => Math.floor(rand() * n);
  const pick = (xs) => xs[int(xs.length)];
  const chance = (p) => rand() < p;
  const weighted = (pairs) => {
    const total = pairs.reduce((s, [, w]) => s + w, 0);
    let r = rand() * total;
    for (const [v, w] of pairs) if ((r -= w) < 0) return v;
    return pairs[pairs.length - 1][0];
  };

  const nVendors = 200 * scale;
  const nStaff = 1000 * scale;
  const nStores = 100 * scale;
  const nAllowlists = 10 * scale;
  const nMessaging = 10 * scale;
  const nEndpoints = 20 * scale;
  const nPolicies = 20 * scale;
  const nBackups = 25 * scale;
  const nLocations = 5 * scale;
  const documents = [];
  const L = [];
  const w = (line) => L.push(line);

  w('# Generated by scripts/gen-stack.mjs (benchmark data: fictional practice, no PHI).');
  w(`# Scale ${scale}: ${nVendors} vendors, ${nStaff} staff, ${nStores} data stores.`);
  w('version: 1');
  w('');
  w('practice:');
  w(`  name: ${str(`Radiance Med Spa Group (scale ${scale})`)}`);
  const locations = Array.from({ length: nLocations }, (_, i) => `Clinic ${pad(i + 1, 3)}`);
  w(`  locations: [${locations.map(str).join(', ')}]`);
  w('  website: https://radiance-medspa.example');
  w('');
  w('officers:');
  w('  privacy:');
  w('    name: Dana Reyes');
  w('    title: Practice Manager');
  w('    email: privacy@radiance-medspa.example');
  w(`    appointed: ${day(-600)}`);
  w('  security:');
  w('    name: Sam Ortiz');
  w('    title: Owner');
  w(`    appointed: ${day(-600)}`);
  w('');

  w('roles:');
  for (const [name, role] of Object.entries(ROLES)) {
    w(`  ${name}:`);
    w(`    description: ${str(role.description)}`);
    w(`    permissions: [${role.permissions.map((p) => (p === '*' ? '"*"' : p)).join(', ')}]`);
  }
  w('');

  w('staff:');
  for (let i = 0; i < nStaff; i++) {
    const first = FIRST[i % FIRST.length];
    const last = LAST[Math.floor(i / FIRST.length) % LAST.length];
    const shared = i % 97 === 13;
    const role = shared ? 'front-desk' : i < 2 ? 'owner' : weighted(ROLE_WEIGHTS);
    w(`  - name: ${str(shared ? `Front desk ${pad(i, 5)} (shared)` : `${first} ${last}`)}`);
    w(`    account: ${shared ? `frontdesk${pad(i, 5)}` : `${first[0].toLowerCase()}${last.toLowerCase()}${pad(i, 5)}`}`);
    w(`    role: ${role}`);
    const mfa = shared ? false : chance(0.85) ? true : chance(0.5) ? false : undefined;
    if (mfa !== undefined) w(`    mfa: ${mfa}`);
    if (shared) w('    shared: true');
    else if (chance(0.2)) w('    shared: false');
    const t = rand();
    if (t < 0.05) w('    trained: null');
    else if (t < 0.1) { /* never recorded */ }
    else w(`    trained: ${day(-int(t < 0.8 ? 360 : 900))}`);
  }
  w('');

  const vendors = [];
  w('vendors:');
  for (let i = 0; i < nVendors; i++) {
    const [kind, service, phi] = SERVICES[i % SERVICES.length];
    const name = `${kind} Vendor ${pad(i + 1)}`;
    vendors.push({ name, phi, kind });
    w(`  - name: ${str(name)}`);
    w(`    service: ${str(service)}`);
    w(`    phi: ${phi}`);
    if (!phi) continue;
    const b = rand();
    if (b < 0.1) continue; // no BAA at all
    if (b < 0.13) {
      w('    baa: null');
      continue;
    }
    w('    baa:');
    if (b < 0.16) {
      w('      signed: null');
      continue;
    }
    w(`      signed: ${day(-30 - int(1500))}`);
    const e = rand();
    if (e < 0.3) w('      expires: null');
    else if (e < 0.4) w(`      expires: ${day(-1 - int(200))}`); // expired
    else if (e < 0.55) w(`      expires: ${day(int(60))}`); // expiring within the warning window
    else if (e < 0.85) w(`      expires: ${day(61 + int(900))}`);
    // else: no expiry recorded (evergreen)
    if (chance(0.4)) {
      const doc = `evidence/baa-${kind.toLowerCase()}-${pad(i + 1)}.pdf`;
      documents.push(doc);
      w(`      document: ${doc}`);
    }
  }
  w('');

  const allowlists = Array.from({ length: nAllowlists }, (_, i) => `clinic-${pad(i + 1, 3)}-networks`);
  const stores = [];
  w('data_stores:');
  for (let i = 0; i < nStores; i++) {
    const type = STORE_TYPES[i % STORE_TYPES.length];
    const label = { cloud: 'cloud', server: 'server', workstation: 'PC', mobile: 'iPad', removable: 'USB drive' }[type];
    const name = `Store ${pad(i + 1)} ${label}`;
    const phi = chance(0.85);
    stores.push({ name, phi, type });
    w(`  - name: ${str(name)}`);
    if (type === 'cloud' || type === 'server' || chance(0.2)) {
      const v = vendors[int(vendors.length)];
      w(`    vendor: ${str(v.name)}`);
    }
    w(`    type: ${type}`);
    if (type !== 'cloud') w(`    location: ${str(pick(locations))}`);
    w(`    phi: ${phi}`);
    const enc = rand();
    if (enc < 0.1) {
      // encryption not described
    } else if (enc < 0.25) {
      w('    encryption: { at_rest: false }');
    } else {
      const parts = ['at_rest: true'];
      if (type === 'cloud' || type === 'server') parts.push(`in_transit: ${chance(0.9)}`);
      if (chance(0.85)) parts.push(`algorithm: ${str(pick(ALGORITHMS))}`);
      w(`    encryption: { ${parts.join(', ')} }`);
    }
    if (chance(0.92)) {
      w('    access:');
      const roles = STORE_ROLES.filter(() => chance(0.5));
      if (roles.length || chance(0.5)) w(`      roles: [${roles.join(', ')}]`);
      if ((type === 'cloud' || type === 'server') && chance(0.75)) w(`      ip_allowlist: ${pick(allowlists)}`);
      w(`      mfa_required: ${chance(0.7)}`);
    }
    const log = rand();
    if (log < 0.7) w('    audit_log: true');
    else if (log < 0.85) w('    audit_log: false');
    if (type === 'cloud' && chance(0.5)) w(`    vendor_backup: ${chance(0.7)}`);
  }
  w('');

  w('messaging:');
  for (let i = 0; i < nMessaging; i++) {
    const v = vendors[(i * 12 + 3) % vendors.length]; // the Messaging vendors
    const own = i % 4 === 3;
    w(`  - name: ${str(own ? `Clinic SMS line ${pad(i + 1)}` : `${v.name} channel ${pad(i + 1)}`)}`);
    if (!own) w(`    vendor: ${str(v.name)}`);
    w(`    phi: ${chance(0.8)}`);
    w(`    encrypted: ${!own && chance(0.9)}`);
  }
  w('');

  // Backups: each covers a run of stores; some PHI stores are left uncovered.
  w('backups:');
  const perBackup = Math.max(1, Math.floor((nStores * 0.8) / nBackups));
  for (let i = 0; i < nBackups; i++) {
    const covers = stores.slice(i * perBackup, (i + 1) * perBackup).map((s) => s.name);
    if (!covers.length) covers.push(stores[i % stores.length].name);
    const dest = vendors[(i * 12 + 5) % vendors.length]; // the Backup vendors
    w(`  - name: ${str(`Nightly backup ${pad(i + 1)}`)}`);
    w(`    covers: [${covers.map(str).join(', ')}]`);
    w(`    destination: ${str(dest.name)}`);
    w(`    offsite: ${chance(0.85)}`);
    w(`    encrypted: ${chance(0.9)}`);
    w(`    frequency: ${pick(['continuous', 'hourly', 'daily', 'daily', 'weekly', 'monthly'])}`);
    const r = rand();
    if (r < 0.1) w('    last_restore_test: null');
    else if (r < 0.9) w(`    last_restore_test: ${day(-int(500))}`);
  }
  w('');

  w('network:');
  w('  ip_allowlists:');
  for (let i = 0; i < nAllowlists; i++) {
    w(`    ${allowlists[i]}:`);
    const n = 1 + int(5);
    for (let j = 0; j < n; j++) {
      const r = rand();
      let range;
      if (r < 0.3) range = `192.0.2.${int(256)}/32`;
      else if (r < 0.5) range = `198.51.100.${int(32) * 8}/29`;
      else if (r < 0.6) range = `203.0.113.${int(16) * 16}/28`;
      else if (r < 0.65) range = pick(['198.51.100.0/24', '203.0.113.0/24', '192.0.2.0/24']);
      else if (r < 0.95) range = `2001:db8:${int(65536).toString(16)}::/${pick([48, 56, 64])}`;
      else range = '2001:db8::/32'; // wider than one office's block: a warning
      w(`      - ${range}`);
    }
  }
  w('  remote_access: { vpn: true, mfa: true }');
  w('  wifi: { guest_network: true, guest_isolated: true, security: WPA3 }');
  w('');

  w('endpoints:');
  for (let i = 0; i < nEndpoints; i++) {
    const kinds = ['book', 'portal', 'forms', 'www', 'pay'];
    const kind = kinds[i % kinds.length];
    w(`  - url: https://${kind}-${pad(i + 1)}.radiance-medspa.example`);
    w(`    name: ${str({ book: 'Booking site', portal: 'Patient portal', forms: 'Intake forms', www: 'Marketing site', pay: 'Payments page' }[kind])}`);
    w(`    phi: ${kind !== 'www'}`);
  }
  w('');

  w('policies:');
  for (let i = 0; i < nPolicies; i++) {
    const [title, covers] = POLICY_TOPICS[i % POLICY_TOPICS.length];
    w(`  - name: ${str(i < POLICY_TOPICS.length ? title : `${title} (${locations[i % locations.length]}, no. ${pad(i + 1, 3)})`)}`);
    w(`    covers: [${covers.join(', ')}]`);
    const adopted = -400 - int(800);
    w(`    adopted: ${day(adopted)}`);
    if (chance(0.8)) w(`    reviewed: ${day(Math.max(adopted, -int(500)))}`);
    if (chance(0.5)) {
      const doc = `evidence/policies/policy-${pad(i + 1)}.pdf`;
      documents.push(doc);
      w(`    document: ${doc}`);
    }
  }
  w('');

  w('training:');
  w('  interval_months: 12');
  w('  topics: [hipaa-basics, passwords, phishing, device-security]');
  w('');
  w('audits:');
  w(`  risk_analysis: ${day(-200)}`);
  w(`  last_audit: ${day(-400)}`);
  w('  interval_months: 12');
  w('  activity_review: monthly');
  w('');
  w('incident_response:');
  w('  plan: evidence/policies/incident-response.pdf');
  documents.push('evidence/policies/incident-response.pdf');
  w('  breach_notification_days: 60');
  w(`  last_drill: ${day(-150)}`);
  w('');

  // Waivers name real check ids and real subjects; a few have expired.
  w('waivers:');
  const phiStores = stores.filter((s) => s.phi);
  const waivers = [];
  for (let i = 0; i < 3 * scale && i < phiStores.length; i++) {
    waivers.push(['encryption.at-rest', phiStores[(i * 7) % phiStores.length].name, 'Replacement with full-disk encryption is on order']);
  }
  for (let i = 0; i < 2 * scale; i++) {
    waivers.push(['audits.audit-logging', phiStores[(i * 11 + 3) % phiStores.length].name, 'Vendor audit trail is being enabled']);
  }
  for (let i = 0; i < scale; i++) {
    waivers.push(['access.unique-accounts', `frontdesk${pad(13 + 97 * i, 5)}`, 'Kiosk login being split into personal accounts']);
  }
  const seen = new Set();
  waivers.forEach(([check, subject, reason], i) => {
    if (seen.has(`${check}|${subject}`)) return;
    seen.add(`${check}|${subject}`);
    w(`  - check: ${check}`);
    w(`    subject: ${str(subject)}`);
    w(`    reason: ${str(reason)}`);
    w('    approved_by: Dana Reyes');
    w(`    expires: ${i % 5 === 4 ? day(-10 - i) : day(30 + i * 3)}`);
  });

  return { yaml: L.join('\n') + '\n', documents };
}

/** The stack at `scale` as YAML text. */
export function generateStack(scale = 1) {
  return generate(scale).yaml;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = process.argv[2] ?? '1';
  const scale = Number(arg);
  if (!Number.isInteger(scale) || scale < 1) {
    process.stderr.write(`gen-stack: scale must be a positive integer, not '${arg}'\n`);
    process.exit(2);
  }
  process.stdout.write(generateStack(scale));
}
