// The stack file format, version 1: the one source of truth for validation (JSON Schema 2020-12,
// generated from this module at build time) and for the TypeScript types of the stack. The sections
// are defined beside it: people-schema.ts (officials, roles, staff, vendors), systems-schema.ts (data
// stores, messaging, backups, network, endpoints), compliance-schema.ts (policies, training, audits,
// schedule, incident response, waivers, attestations), program-schema.ts and privacy-schema.ts.
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { Attestation, Audits, IncidentResponse, Policy, Schedule, Training, Waiver } from './compliance-schema.js';
import { Officer, Role, StaffMember, Vendor } from './people-schema.js';
import { PRIVACY_SECTIONS, PracticeStates } from './privacy-schema.js';
import { Inventory } from './program-schema.js';
import { literalUnion, Name, STRICT } from './schema-parts.js';
import { Backup, DataStore, Endpoint, Messaging, Network } from './systems-schema.js';

export { ATTESTATION_ANSWERS, POLICY_REVIEW_FREQUENCIES, REVIEW_FREQUENCIES } from './compliance-schema.js';
export { BACKUP_FREQUENCIES, DATA_STORE_TYPES, WIFI_SECURITY } from './systems-schema.js';
export type { Attestation, Policy, Schedule, Waiver } from './compliance-schema.js';
export type { Baa, Officer, Role, StaffMember, Vendor } from './people-schema.js';
export type { Backup, DataStore, Endpoint, MessagingChannel } from './systems-schema.js';

export const COVERED_ENTITY_ANSWERS = ['yes', 'no', 'unsure'] as const;

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
export type AttestationAnswer = Attestation['answer'];
export type AnySchema = TSchema;
