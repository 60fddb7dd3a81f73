// The interview's systems: data stores and their encryption and access, messaging, backups, and the
// public endpoints the audit probes. Asked after vendors, roles and the network they refer to.
import { BACKUP_FREQUENCIES, DATA_STORE_TYPES, type Backup, type DataStore, type Endpoint, type MessagingChannel, type Stack } from '../stack/schema.js';
import { askList } from './ask.js';
import type { InterviewContext } from './interview-context.js';
import { all, optional, pastDate, reference, uniqueName, webUrl } from './validators.js';

type Systems = Pick<Stack, 'data_stores' | 'messaging' | 'backups' | 'endpoints'>;

const STORE_KINDS: Record<DataStore['type'], string> = {
  cloud: 'a system run online by a vendor (EHR, booking, email, file storage)',
  server: 'a server in the office or a data centre',
  workstation: 'a desktop or laptop computer',
  mobile: 'a phone or tablet (e.g. a before-and-after photo iPad)',
  removable: 'a USB drive, external disk or memory card',
};

/** "(one of: a, b; empty if none)": the names an optional reference may use. */
const oneOf = (names: readonly string[], empty: string) => `(one of: ${names.join(', ')}; empty ${empty})`;

export async function askSystems(ctx: InterviewContext, stack: Stack): Promise<Systems> {
  const systems: Systems = {};
  const stores = await askDataStores(ctx, stack);
  if (stores.length) systems.data_stores = stores;
  const messaging = await askMessaging(ctx, stack);
  if (messaging.length) systems.messaging = messaging;
  if (stores.length) {
    const backups = await askBackups(ctx, stores);
    if (backups.length) systems.backups = backups;
  }
  const endpoints = await askEndpoints(ctx, stack, stores);
  if (endpoints.length) systems.endpoints = endpoints;
  return systems;
}

async function askDataStores({ ask, say }: InterviewContext, stack: Stack): Promise<DataStore[]> {
  say('\n== Data stores: everywhere PHI lives (cloud systems, servers, PCs, tablets, USB drives) ==');
  const vendors = (stack.vendors ?? []).map((v) => v.name);
  const roles = Object.keys(stack.roles ?? {});
  const allowlists = Object.keys(stack.network?.ip_allowlists ?? {});
  return askList<DataStore>(ask, 'Add a data store?', 'Add another data store?', true, async (added) => {
    const name = await ask.text('Data store name (e.g. Front desk PC):', { validate: uniqueName('data store', added.map((d) => d.name)) });
    const type = await ask.select(`What kind of system is ${name}?`, DATA_STORE_TYPES.map((value) => ({ value, description: STORE_KINDS[value] })));
    const store: DataStore = { name, type, phi: true };
    if (vendors.length) {
      const vendor = await ask.text(`Vendor that runs ${name} ${oneOf(vendors, 'if the practice runs it')}:`, { validate: optional(reference('vendor', vendors)) });
      if (vendor) store.vendor = vendor;
    }
    if (type !== 'cloud') {
      const location = await ask.text(`Where is ${name} kept (optional, e.g. Main Street)?`);
      if (location) store.location = location;
    }
    store.phi = await ask.yesNo(`Does ${name} hold PHI?`, true);
    const atRest = await ask.yesNo(`Is ${name} encrypted at rest (full-disk, volume or database encryption)?`, type === 'cloud');
    const inTransit = await ask.yesNo(`Is data encrypted on its way to and from ${name} (TLS 1.2 or later, VPN)?`, true);
    const algorithm = await ask.text('Encryption algorithm (optional, e.g. AES-256):');
    store.encryption = { at_rest: atRest, in_transit: inTransit, ...(algorithm ? { algorithm } : {}) };
    const access: NonNullable<DataStore['access']> = {};
    if (roles.length) {
      const picked = await ask.checkbox(`Which roles can open ${name}? (space toggles, Enter confirms)`, roles.map((value) => ({ value })));
      // An empty list would read as "no role may open it"; none picked means access is not limited by role.
      if (picked.length) access.roles = picked;
    }
    if (allowlists.length) {
      const allowlist = await ask.text(`IP allowlist that limits who reaches ${name} ${oneOf(allowlists, 'for none')}:`, { validate: optional(reference('IP allowlist', allowlists)) });
      if (allowlist) access.ip_allowlist = allowlist;
    }
    access.mfa_required = await ask.yesNo(`Does ${name} itself require MFA to sign in?`, type === 'cloud');
    store.access = access;
    store.audit_log = await ask.yesNo(`Is access to data in ${name} logged (an audit log)?`, type === 'cloud');
    if (type === 'cloud' && store.vendor !== undefined && store.phi) {
      store.vendor_backup = await ask.yesNo(`Has ${store.vendor} confirmed in writing that it backs ${name} up and can restore it?`, false);
    }
    return store;
  });
}

async function askMessaging({ ask, say }: InterviewContext, stack: Stack): Promise<MessagingChannel[]> {
  say('\n== Messaging: how staff and patients exchange messages (texts, secure messaging, email) ==');
  const vendors = (stack.vendors ?? []).map((v) => v.name);
  return askList<MessagingChannel>(ask, 'Add a messaging channel?', 'Add another messaging channel?', false, async (added) => {
    const name = await ask.text('Channel name (e.g. Practice SMS line):', { validate: uniqueName('messaging channel', added.map((m) => m.name)) });
    const channel: MessagingChannel = { name, phi: false, encrypted: false };
    if (vendors.length) {
      const vendor = await ask.text(`Vendor that runs ${name} ${oneOf(vendors, 'if none')}:`, { validate: optional(reference('vendor', vendors)) });
      if (vendor) channel.vendor = vendor;
    }
    channel.phi = await ask.yesNo(`Is PHI sent over ${name} (appointment details, photos, treatment notes)?`, true);
    channel.encrypted = await ask.yesNo(`Are ${name} messages encrypted (end to end or in transit)?`, false);
    channel.patients = await ask.yesNo(`Do staff write to patients on ${name} (reminders, follow-ups), not only to each other?`, false);
    return channel;
  });
}

async function askBackups({ ask, say, now }: InterviewContext, stores: readonly DataStore[]): Promise<Backup[]> {
  say('\n== Backups: the jobs that copy data stores somewhere else ==');
  return askList<Backup>(ask, 'Add a backup job?', 'Add another backup job?', true, async (added) => {
    const name = await ask.text('Backup name (e.g. Nightly PC backup):', { validate: uniqueName('backup', added.map((b) => b.name)) });
    const covers = await ask.checkbox(
      `Which data stores does ${name} copy? (space toggles, Enter confirms)`,
      stores.map((s) => ({ value: s.name })),
      (picked) => (picked.length ? true : 'Choose at least one data store (space toggles it).'),
    );
    const backup: Backup = { name, covers, offsite: false, encrypted: false };
    const destination = await ask.text('Where do the copies go (optional, e.g. Backblaze)?');
    if (destination) backup.destination = destination;
    backup.offsite = await ask.yesNo('Are copies kept away from the practice (offsite)?', true);
    backup.encrypted = await ask.yesNo('Are the backup copies encrypted?', true);
    backup.frequency = await ask.select(`How often does ${name} run?`, BACKUP_FREQUENCIES.map((value) => ({ value })), 'daily');
    const restore = await ask.text('Date of the last successful test restore (YYYY-MM-DD, empty if never):', { validate: optional(pastDate(now)) });
    backup.last_restore_test = restore || null;
    return backup;
  });
}

async function askEndpoints({ ask, say }: InterviewContext, stack: Stack, stores: readonly DataStore[]): Promise<Endpoint[]> {
  say('\n== Endpoints: public web addresses (booking site, patient portal, website); the audit checks their TLS and headers ==');
  const vendors = (stack.vendors ?? []).map((v) => v.name);
  const storeNames = stores.map((s) => s.name);
  const endpoints: Endpoint[] = [];
  const website = stack.practice.website;
  if (website !== undefined && (await ask.yesNo(`Check the website ${website} too (as a page without PHI)?`, true))) {
    endpoints.push({ url: website, name: 'Website', phi: false });
  }
  const more = await askList<Endpoint>(ask, 'Add a web address?', 'Add another web address?', true, async (added) => {
    const url = await ask.text('URL (https://…):', { validate: all(webUrl, uniqueName('URL', [...endpoints, ...added].map((e) => e.url), 'list each address once')) });
    const endpoint: Endpoint = { url, phi: true };
    const name = await ask.text(`What ${url} is (optional, e.g. booking site):`);
    if (name) endpoint.name = name;
    endpoint.phi = await ask.yesNo('Do patients enter or see PHI on it?', true);
    if (storeNames.length) {
      const store = await ask.text(`Data store it is the front of ${oneOf(storeNames, 'if none')}:`, { validate: optional(reference('data store', storeNames)) });
      if (store) endpoint.data_store = store;
    }
    if (vendors.length) {
      const vendor = await ask.text(`Vendor that runs it ${oneOf(vendors, 'if the practice does')}:`, { validate: optional(reference('vendor', vendors)) });
      if (vendor) endpoint.vendor = vendor;
    }
    return endpoint;
  });
  return [...endpoints, ...more];
}
