// The documented template `init --yes` writes (and init writes when there is no terminal): every
// section, placeholder values that validate, and a hint beside each value saying what to fill in.
// Placeholders claim nothing: dates of things that may never have happened are null, safeguards are
// false, so the first audit lists every gap instead of passing on made-up answers.
import type { Stack } from '../stack/schema.js';
import type { Hint } from './render.js';

export const TEMPLATE: Stack = {
  version: 1,
  practice: {
    name: 'Your Practice Name',
    locations: ['Main office'],
    website: 'https://www.your-practice.example',
    states: [],
    covered_entity: 'unsure',
  },
  officers: {
    privacy: { name: 'Privacy Official Name', title: 'Practice Manager', email: 'privacy@your-practice.example' },
    security: { name: 'Security Official Name', title: 'Owner' },
  },
  roles: {
    'front-desk': { description: 'Check-in, scheduling and payments', permissions: ['schedule.read', 'schedule.write', 'payments.write'] },
    provider: { description: 'Injectors, nurses and aestheticians', permissions: ['schedule.read', 'chart.read', 'chart.write', 'photos.read', 'photos.write'] },
    owner: { description: 'Full administrative access', permissions: ['*'] },
  },
  staff: [
    { name: 'Owner Name', account: 'owner', role: 'owner', mfa: false, shared: false, trained: null },
    { name: 'Front Desk Name', account: 'frontdesk1', role: 'front-desk', mfa: false, shared: false, trained: null },
  ],
  vendors: [
    { name: 'Practice management vendor', service: 'Booking, charting and payments', phi: true, baa: { signed: null, expires: null } },
    { name: 'Email vendor', service: 'Email and documents', phi: true },
    { name: 'Marketing newsletter vendor', service: 'Newsletters (no PHI)', phi: false },
  ],
  data_stores: [
    {
      name: 'Practice management system',
      vendor: 'Practice management vendor',
      type: 'cloud',
      phi: true,
      encryption: { at_rest: false, in_transit: false },
      access: { roles: ['front-desk', 'provider', 'owner'], ip_allowlist: 'office-networks', mfa_required: false },
      audit_log: false,
      vendor_backup: false,
    },
    {
      name: 'Front desk PC',
      type: 'workstation',
      location: 'Main office',
      phi: true,
      encryption: { at_rest: false },
      access: { roles: ['front-desk', 'owner'] },
      audit_log: false,
    },
  ],
  messaging: [{ name: 'Practice SMS line', phi: true, encrypted: false, patients: true }],
  backups: [
    { name: 'Front desk PC backup', covers: ['Front desk PC'], destination: 'External drive', offsite: false, encrypted: false, frequency: 'weekly', last_restore_test: null },
  ],
  network: {
    ip_allowlists: { 'office-networks': ['203.0.113.10/32'] },
    remote_access: { enabled: true, vpn: false, mfa: false },
    wifi: { security: 'WPA2', guest_network: true, guest_isolated: false },
  },
  endpoints: [
    { url: 'https://book.your-practice.example', name: 'Online booking', phi: true, data_store: 'Practice management system', vendor: 'Practice management vendor' },
    { url: 'https://www.your-practice.example', name: 'Website', phi: false },
  ],
  policies: [
    { name: 'Use and disclosure of PHI', covers: ['use', 'disclosure', 'patient-consent'] },
    { name: 'Breach notification', covers: ['breach-notification'] },
  ],
  training: { interval_months: 12, topics: ['hipaa-basics', 'passwords', 'phishing'] },
  audits: { risk_analysis: null, last_audit: null, interval_months: 12, activity_review: 'never' },
  incident_response: { breach_notification_days: 60, last_drill: null },
  marketing: { lists: [] },
  patient_communications: { unencrypted_consent: { process: false } },
  privacy_notice: { website: null, posted_in_office: false, acknowledgment: false },
  patient_rights: { self_pay_restriction: false },
  waivers: [],
};

const h = (comment: string, ...path: Array<string | number>): Hint => ({ path, comment });

export const TEMPLATE_HINTS: readonly Hint[] = [
  h('the practice\'s legal or trading name', 'practice', 'name'),
  h('one entry per site', 'practice', 'locations'),
  h('the public website; .example addresses are placeholders and never contacted', 'practice', 'website'),
  h('USPS codes of the states where the practice works and its patients live, e.g. [CO, TX]', 'practice', 'states'),
  h('yes, no or unsure (see above)', 'practice', 'covered_entity'),
  h('add appointed: YYYY-MM-DD (the date of the written designation)', 'officers', 'privacy', 'name'),
  h('may be the same person as the privacy official', 'officers', 'security', 'name'),
  h('one entry per person who signs in; copy it for each account', 'staff', 0),
  h('true once the account signs in with multi-factor authentication', 'staff', 0, 'mfa'),
  h('true if several people use this login (each person needs their own)', 'staff', 0, 'shared'),
  h('date of the last HIPAA security training, YYYY-MM-DD', 'staff', 0, 'trained'),
  h('the date the BAA was signed, YYYY-MM-DD', 'vendors', 0, 'baa', 'signed'),
  h('null if it does not expire; add document: path/to/signed-baa.pdf', 'vendors', 0, 'baa', 'expires'),
  h('handles PHI but has no baa yet: add baa: { signed: YYYY-MM-DD, document: path/to/baa.pdf }', 'vendors', 1),
  h('set what is true: at_rest and in_transit, and algorithm (e.g. AES-256)', 'data_stores', 0, 'encryption'),
  h('true once the vendor confirms in writing that it backs this store up', 'data_stores', 0, 'vendor_backup'),
  h('cloud, server, workstation, mobile or removable', 'data_stores', 1, 'type'),
  h('true once full-disk encryption (BitLocker, FileVault) is on', 'data_stores', 1, 'encryption', 'at_rest'),
  h('continuous, hourly, daily, weekly or monthly', 'backups', 0, 'frequency'),
  h('date of the last successful test restore, YYYY-MM-DD', 'backups', 0, 'last_restore_test'),
  h('true when staff write to patients on it, not only to each other', 'messaging', 0, 'patients'),
  h('a documentation address: replace with the office\'s public IP or range', 'network', 'ip_allowlists', 'office-networks', 0),
  h('open, WEP, WPA, WPA2, WPA2-Enterprise, WPA3 or WPA3-Enterprise', 'network', 'wifi', 'security'),
  h('replace with the real booking or portal address', 'endpoints', 0, 'url'),
  h('add adopted: YYYY-MM-DD, reviewed: YYYY-MM-DD and document: path/to/policy.pdf', 'policies', 0),
  h('date of the last security risk analysis, YYYY-MM-DD', 'audits', 'risk_analysis'),
  h('date of the last periodic evaluation, YYYY-MM-DD', 'audits', 'last_audit'),
  h('continuous, daily, weekly, monthly, quarterly, annually or never', 'audits', 'activity_review'),
  h('add plan: path/to/incident-response-plan.pdf', 'incident_response', 'breach_notification_days'),
  h('date of the last drill or tabletop exercise, YYYY-MM-DD', 'incident_response', 'last_drill'),
  h(
    'Say whether patients appear in marketing (until then the audit asks): patient_images: true or\n' +
      'false (before-and-after photos or videos), testimonials: true or false, and review_replies:\n' +
      'none, generic (never confirm the reviewer is a patient) or personal.\n' +
      'With patient_images or testimonials true, add the authorization form patients sign and what it says:\n' +
      '  authorization: { form: path/to/authorization.pdf, elements: [description, who_discloses,\n' +
      '    recipients, purpose, expiration, signature_date, revocation, conditioning, redisclosure] }\n' +
      'A manufacturer program (loyalty, rewards) that gets patient data: add manufacturer_programs:\n' +
      '  - { name: Program name, patient_data: true, remuneration: true } # paid: list remuneration too',
    'marketing',
  ),
  h('vendors holding a list of patients for marketing (e.g. a patient newsletter): set their phi: true', 'marketing', 'lists'),
  h('true once patients are warned and their choice recorded; add form: path/to/form.pdf', 'patient_communications', 'unencrypted_consent', 'process'),
  h('add personal_devices: { allowed: true or false } (staff text patients from their own phones; with true,\npolicy: path/to/rules.pdf)', 'patient_communications'),
  h('add document: path/to/notice-of-privacy-practices.pdf (none on file yet)', 'privacy_notice'),
  h('the web page where the notice is posted, https://…; null while it is not', 'privacy_notice', 'website'),
  h('true once it is posted in the office, with copies patients can take', 'privacy_notice', 'posted_in_office'),
  h('true once patients are asked to sign that they received it at their first visit', 'privacy_notice', 'acknowledgment'),
  h('add access_days: the days within which a request for a copy of the records is acted on (at most 30)', 'patient_rights'),
  h('true once requests to keep self-paid care from the health plan are always honored', 'patient_rights', 'self_pay_restriction'),
];
