// The systems sections of the stack file (format version 1): where PHI is kept (data stores, with
// their encryption and access), how it is sent (messaging), backed up and reached (network, public
// endpoints).
import { Type, type Static } from '@sinclair/typebox';
import { Flag, literalUnion, Name, NullableDay, STRICT } from './schema-parts.js';

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
export const BACKUP_FREQUENCIES = ['continuous', 'hourly', 'daily', 'weekly', 'monthly'] as const;

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

export const DataStore = Type.Object(
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

export const Messaging = Type.Object(
  {
    name: Name('Channel name; unique'),
    vendor: Type.Optional(Name('The `name` of the vendor that runs it')),
    phi: Flag('PHI is sent over this channel'),
    encrypted: Flag('Messages are encrypted end to end or in transit'),
    patients: Type.Optional(Flag('Used to write to patients (reminders, follow-ups, answers), not only among staff')),
  },
  STRICT,
);

export const Backup = Type.Object(
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

export const Network = Type.Object(
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

export const Endpoint = Type.Object(
  {
    url: Type.String({ minLength: 1, description: 'Public URL, e.g. https://book.example.com' }),
    name: Type.Optional(Type.String({ description: 'What it is (booking site, patient portal)' })),
    phi: Flag('Patients enter or see PHI on it'),
    data_store: Type.Optional(Name('The `name` of the data store this endpoint is the front of')),
    vendor: Type.Optional(Name('The `name` of the vendor that runs it')),
  },
  STRICT,
);

export type DataStore = Static<typeof DataStore>;
export type MessagingChannel = Static<typeof Messaging>;
export type Backup = Static<typeof Backup>;
export type Endpoint = Static<typeof Endpoint>;
