// The people sections of the stack file (format version 1): the designated officials, the roles and
// the staff who hold them, and the vendors (with their business associate agreements).
import { Type, type Static } from '@sinclair/typebox';
import { Day, DocumentPath, Flag, Name, NullableDay, STRICT } from './schema-parts.js';

export const Officer = Type.Object(
  {
    name: Name('Full name of the designated official'),
    title: Type.Optional(Type.String({ description: 'Job title' })),
    email: Type.Optional(Type.String({ description: 'Contact address (a role address is fine)' })),
    appointed: Type.Optional(Day('Date of the written designation')),
  },
  STRICT,
);

export const Role = Type.Object(
  {
    description: Type.Optional(Type.String()),
    permissions: Type.Array(Type.String({ minLength: 1 }), {
      description: 'Permissions granted; "*" means full access to everything',
    }),
  },
  STRICT,
);

export const StaffMember = Type.Object(
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

export const Vendor = Type.Object(
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

export type Officer = Static<typeof Officer>;
export type Role = Static<typeof Role>;
export type StaffMember = Static<typeof StaffMember>;
export type Vendor = Static<typeof Vendor>;
export type Baa = Static<typeof Baa>;
