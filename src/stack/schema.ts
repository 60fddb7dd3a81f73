// The stack file format, version 1: the one source of truth for validation (JSON Schema 2020-12,
// generated from this module at build time) and for the TypeScript types of the stack.
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { PRIVACY_SECTIONS, PracticeStates } from './privacy-schema.js';
import { Inventory } from './program-schema.js';
import { Day, DocumentPath, Flag, literalUnion, Months, Name, NullableDay, STRICT } from './schema-parts.js';

export const DATA_STORE_TYPES = ['cloud', 'server', 'workstation', 'mobile', 'removable'] as const;
export const WIFI_SECURITY = [
  'open',
  'WEP',
  'WPA',
  'WPA2',
  'WPA2-Enterprise',
  'WPA3',
  'WPA3-Enterprise',
] as const;
export const REVIEW_FREQUENCIES = [
  'continuous',
  'daily',
  'weekly',
  'monthly',
  'quarterly',
  'annually',
  'never',
] as const;
export const COVERED_ENTITY_ANSWERS = ['yes', 'no', 'unsure'] as const;
export const ATTESTATION_ANSWERS = ['yes', 'no', 'partial', 'not_applicable', 'alternative'] as const;
export const BACKUP_FREQUENCIES = ['continuous', 'hourly', 'daily', 'weekly', 'monthly'] as const;


const Officer = Type.Object(
  {
    name: Name('Full name of the designated official'),
    title: Type.Optional(Type.String({ description: 'Job title' })),
    email: Type.Optional(Type.String({ description: 'Contact address (a role address is fine)' })),
    appointed: Type.Optional(Day('Date of the written designation')),
  },
  STRICT,
);

const Role = Type.Object(
  {
    description: Type.Optional(Type.String()),
    permissions: Type.Array(Type.String({ minLength: 1 }), {
      description: 'Permissions granted; "*" means full access to everything',
    }),
  },
  STRICT,
);

const StaffMember = Type.Object(
  {
    name: Name('Display name (no PHI: staff only)'),
    account: Name('Login account name; unique'),
    role: Name('A key of `roles`'),
    mfa: Type.Optional(Flag('Multi-factor authentication is enforced for this account')),
    shared: Type.Optional(Flag('The account is used by more than one person')),
    trained: Type.Optional(NullableDay('Date of the last HIPAA security training')),
  },
  STRICT,
);

const Baa = Type.Object(
  {
    signed: Type.Optional(NullableDay('Date the Business Associate Agreement was signed')),
    expires: Type.Optional(NullableDay('Expiry date; null or absent for an evergreen BAA')),
    document: Type.Optional(DocumentPath('The signed BAA')),
    verified: Type.Optional(NullableDay("Date of the business associate's latest written verification that it has the technical safeguards in place")),
  },
  STRICT,
);

const Vendor = Type.Object(
  {
    name: Name('Vendor name; unique'),
    service: Type.Optional(Type.String({ description: 'What the vendor does for the practice' })),
    phi: Flag('The vendor creates, receives, maintains or transmits PHI'),
    baa: Type.Optional(
      Type.Unsafe<Static<typeof Baa> | null>({ ...Baa, type: ['object', 'null'] }),
    ),
  },
  STRICT,
);

const Encryption = Type.Object(
  {
    at_rest: Type.Optional(Flag('Data is encrypted at rest (full-disk, volume or database)')),
    in_transit: Type.Optional(Flag('Data is encrypted in transit (TLS 1.2 or later, VPN)')),
    algorithm: Type.Optional(Type.String({ minLength: 1, description: 'e.g. AES-256, XTS-AES-128' })),
  },
  STRICT,
);

const Access = Type.Object(
  {
    roles: Type.Optional(Type.Array(Name('A key of `roles`'), { description: 'Roles allowed in' })),
    ip_allowlist: Type.Optional(Name('A key of `network.ip_allowlists`')),
    mfa_required: Type.Optional(Flag('The store itself requires MFA to sign in')),
  },
  STRICT,
);

const DataStore = Type.Object(
  {
    name: Name('Data store name; unique'),
    vendor: Type.Optional(Name('The `name` of the vendor that runs it')),
    type: literalUnion(DATA_STORE_TYPES, 'Kind of system'),
    location: Type.Optional(Type.String({ description: 'Where the device is kept' })),
    phi: Flag('The store holds PHI'),
    encryption: Type.Optional(Encryption),
    access: Type.Optional(Access),
    audit_log: Type.Optional(Flag('Access to PHI in this store is logged')),
    vendor_backup: Type.Optional(
      Flag('The vendor backs this store up under its BAA, and you have confirmed it in writing'),
    ),
  },
  STRICT,
);

const Messaging = Type.Object(
  {
    name: Name('Channel name; unique'),
    vendor: Type.Optional(Name('The `name` of the vendor that runs it')),
    phi: Flag('PHI is sent over this channel'),
    encrypted: Flag('Messages are encrypted end to end or in transit'),
    patients: Type.Optional(Flag('Used to write to patients (reminders, follow-ups, answers), not only among staff')),
  },
  STRICT,
);

const Backup = Type.Object(
  {
    name: Name('Backup job name; unique'),
    covers: Type.Array(Name('The `name` of a data store'), { minItems: 1 }),
    destination: Type.Optional(Type.String({ description: 'Where copies go (a vendor or a place)' })),
    offsite: Flag('Copies are kept away from the practice'),
    encrypted: Flag('Backup copies are encrypted'),
    frequency: Type.Optional(literalUnion(BACKUP_FREQUENCIES, 'How often it runs')),
    last_restore_test: Type.Optional(NullableDay('Date of the last successful test restore')),
    restore_hours: Type.Optional(Type.Number({ minimum: 0, maximum: 100000, description: 'Hours the last test restore took to bring the covered systems and data back' })),
  },
  STRICT,
);

const Network = Type.Object(
  {
    ip_allowlists: Type.Optional(
      Type.Record(Type.String({ minLength: 1 }), Type.Array(Type.String({ minLength: 1 })), {
        description: 'Named lists of CIDR ranges (IPv4 or IPv6) allowed to reach PHI systems',
      }),
    ),
    remote_access: Type.Optional(
      Type.Object(
        {
          enabled: Type.Optional(Flag('Staff can reach PHI systems from outside the office (default true)')),
          vpn: Type.Optional(Flag('Remote access goes through a VPN')),
          mfa: Type.Optional(Flag('Remote access requires MFA')),
        },
        STRICT,
      ),
    ),
    wifi: Type.Optional(
      Type.Object(
        {
          security: Type.Optional(literalUnion(WIFI_SECURITY, 'Staff Wi-Fi security')),
          guest_network: Type.Optional(Flag('A guest Wi-Fi network exists (default true)')),
          guest_isolated: Type.Optional(Flag('Guest Wi-Fi is isolated from the practice network')),
        },
        STRICT,
      ),
    ),
  },
  STRICT,
);

const Endpoint = Type.Object(
  {
    url: Type.String({ minLength: 1, description: 'Public URL, e.g. https://book.example.com' }),
    name: Type.Optional(Type.String({ description: 'What it is (booking site, patient portal)' })),
    phi: Flag('Patients enter or see PHI on it'),
    data_store: Type.Optional(Name('The `name` of the data store this endpoint is the front of')),
    vendor: Type.Optional(Name('The `name` of the vendor that runs it')),
  },
  STRICT,
);

const Policy = Type.Object(
  {
    name: Name('Policy name; unique'),
    covers: Type.Array(Type.String({ minLength: 1 }), {
      description: 'Topics, e.g. use, disclosure, patient-consent, breach-notification',
    }),
    adopted: Type.Optional(Day('Date adopted')),
    reviewed: Type.Optional(Day('Date last reviewed')),
    document: Type.Optional(DocumentPath('The written policy')),
  },
  STRICT,
);

const Training = Type.Object(
  {
    interval_months: Type.Optional(Months('How often every staff member is retrained (default 12); `schedule.training_months` takes precedence')),
    topics: Type.Optional(Type.Array(Type.String({ minLength: 1 }), { description: 'e.g. passwords, phishing' })),
  },
  STRICT,
);

const Audits = Type.Object(
  {
    risk_analysis: Type.Optional(NullableDay('Date of the last security risk analysis')),
    last_audit: Type.Optional(NullableDay('Date of the last periodic evaluation (audit)')),
    interval_months: Type.Optional(
      Months('Interval for risk analysis and evaluation (default 12); `schedule.risk_analysis_months` and `schedule.evaluation_months` take precedence'),
    ),
    activity_review: Type.Optional(
      literalUnion(REVIEW_FREQUENCIES, 'How often audit logs and access reports are reviewed'),
    ),
    vulnerability_scan: Type.Optional(NullableDay('Date of the last vulnerability scan of the systems that hold ePHI')),
    penetration_test: Type.Optional(NullableDay('Date of the last penetration test')),
    compliance_audit: Type.Optional(NullableDay('Date of the last audit of compliance with the Security Rule')),
  },
  STRICT,
);

/** Review frequencies a practice may set as its policy ('never' is not a policy). */
export const POLICY_REVIEW_FREQUENCIES = ['continuous', 'daily', 'weekly', 'monthly', 'quarterly', 'annually'] as const;

const Schedule = Type.Object(
  {
    risk_analysis_months: Type.Optional(Months('How often the risk analysis is repeated (default 12)')),
    evaluation_months: Type.Optional(Months('How often the periodic evaluation is done (default 12)')),
    training_months: Type.Optional(Months('How often every staff member is retrained (default 12)')),
    policy_review_months: Type.Optional(Months('How often each written policy is reviewed (default 12)')),
    restore_test_months: Type.Optional(Months('How often each backup of PHI is test-restored (default 12)')),
    drill_months: Type.Optional(Months('How often an incident response drill or tabletop is held (default 12)')),
    activity_review: Type.Optional(
      literalUnion(POLICY_REVIEW_FREQUENCIES, 'How often audit logs and access reports must be reviewed at least (default monthly)'),
    ),
  },
  {
    ...STRICT,
    description:
      'The practice\'s own policy for periodic work. HIPAA says "periodic", "regularly" or "as needed" and fixes no interval; without an entry here, hipaa-hero\'s default applies and the report says it is a default.',
  },
);

const IncidentResponse = Type.Object(
  {
    plan: Type.Optional(DocumentPath('The written incident response plan')),
    breach_notification_days: Type.Optional(
      Type.Integer({ minimum: 0, maximum: 3650, description: 'Days within which affected patients are told' }),
    ),
    last_drill: Type.Optional(NullableDay('Date of the last incident response drill or tabletop')),
  },
  STRICT,
);

const Waiver = Type.Object(
  {
    check: Name('A check id, as listed by `hipaa-hero checks`'),
    subject: Name('The subject the finding is about, as printed in the report'),
    reason: Name('Why the risk is accepted for now'),
    approved_by: Name('Who accepted it'),
    expires: Day('The day the waiver stops applying'),
  },
  STRICT,
);

const Attestation = Type.Object(
  {
    answer: literalUnion(
      ATTESTATION_ANSWERS,
      'yes, no, partial, not_applicable, or (addressable specifications only) alternative: an equivalent measure, described in `note`',
    ),
    by: Name('Who attests (name and role; staff only, no PHI)'),
    date: Day('The day of the attestation'),
    evidence: Type.Optional(DocumentPath('A document that supports the answer; hashed into the report')),
    note: Type.Optional(Type.String({ description: 'Context; required for `alternative` (the equivalent measure)' })),
  },
  STRICT,
);

export const StackSchema = Type.Object(
  {
    version: Type.Literal(1, { description: 'Stack format version' }),
    practice: Type.Object(
      {
        name: Name('Practice name'),
        locations: Type.Optional(Type.Array(Type.String({ minLength: 1 }))),
        website: Type.Optional(Type.String()),
        states: Type.Optional(PracticeStates),
        covered_entity: Type.Optional(
          literalUnion(
            COVERED_ENTITY_ANSWERS,
            'Is the practice a HIPAA covered entity (it sends claims or other standard transactions electronically)? yes, no or unsure; default yes',
          ),
        ),
      },
      STRICT,
    ),
    officers: Type.Optional(
      Type.Object({ privacy: Type.Optional(Officer), security: Type.Optional(Officer) }, STRICT),
    ),
    roles: Type.Optional(Type.Record(Type.String({ minLength: 1 }), Role)),
    staff: Type.Optional(Type.Array(StaffMember)),
    vendors: Type.Optional(Type.Array(Vendor)),
    data_stores: Type.Optional(Type.Array(DataStore)),
    messaging: Type.Optional(Type.Array(Messaging)),
    backups: Type.Optional(Type.Array(Backup)),
    network: Type.Optional(Network),
    endpoints: Type.Optional(Type.Array(Endpoint)),
    policies: Type.Optional(Type.Array(Policy)),
    training: Type.Optional(Training),
    audits: Type.Optional(Audits),
    inventory: Type.Optional(Inventory),
    incident_response: Type.Optional(IncidentResponse),
    ...PRIVACY_SECTIONS,
    schedule: Type.Optional(Schedule),
    waivers: Type.Optional(Type.Array(Waiver)),
    attestations: Type.Optional(
      Type.Record(Type.String({ minLength: 1 }), Attestation, {
        description: 'Answers for checklist items no file or probe can prove, keyed by citation (e.g. "164.310(a)(2)(ii)") or check id',
      }),
    ),
  },
  {
    ...STRICT,
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'urn:hipaa-hero:schema:stack:1',
    title: 'hipaa-hero stack file, format version 1',
    description: "A medical spa's technology stack, described for a HIPAA audit. Never put PHI in it.",
  },
);

export type Stack = Static<typeof StackSchema>;
export type Officer = Static<typeof Officer>;
export type Role = Static<typeof Role>;
export type StaffMember = Static<typeof StaffMember>;
export type Vendor = Static<typeof Vendor>;
export type Baa = Static<typeof Baa>;
export type DataStore = Static<typeof DataStore>;
export type MessagingChannel = Static<typeof Messaging>;
export type Backup = Static<typeof Backup>;
export type Endpoint = Static<typeof Endpoint>;
export type Policy = Static<typeof Policy>;
export type Waiver = Static<typeof Waiver>;
export type Schedule = Static<typeof Schedule>;
export type Attestation = Static<typeof Attestation>;
export type AttestationAnswer = Attestation['answer'];
export type AnySchema = TSchema;
