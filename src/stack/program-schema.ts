// The security program records of the stack file (format version 1, additive) that the January 2025
// proposed Security Rule asks for by name: a written technology asset inventory and a network map.
// The dated tests the proposal names (vulnerability scans, penetration tests, compliance audits) sit
// under `audits`, a business associate's written verification under `vendors[].baa.verified`, and a
// restore's duration under `backups[].restore_hours`. Nothing here is needed under the rules in force.
import { Type, type Static } from '@sinclair/typebox';
import { DocumentPath, NullableDay, STRICT } from './schema-parts.js';

const WrittenRecord = (what: string) =>
  Type.Object(
    {
      document: Type.Optional(DocumentPath(`The written ${what}`)),
      reviewed: Type.Optional(NullableDay(`Date the ${what} was last reviewed and brought up to date`)),
    },
    STRICT,
  );

export const Inventory = Type.Object(
  {
    assets: Type.Optional(WrittenRecord('inventory of the technology assets that create, receive, maintain or transmit ePHI')),
    network_map: Type.Optional(WrittenRecord('map of how ePHI moves through those assets and the network')),
  },
  { ...STRICT, description: 'The written technology asset inventory and network map' },
);

export type Inventory = Static<typeof Inventory>;
