// The built-in attestation items, by safeguard: each becomes a check that is `manual` until a person
// answers it in the stack's `attestations:` section (see src/engine/attestations.ts).
import type { AttestationItem } from '../../src/engine/attestation-item.js';
import { attestationCheck } from '../../src/engine/attestations.js';
import accessAwareness from './access-awareness.js';
import administrative from './administrative.js';
import breach from './breach.js';
import organizational from './organizational.js';
import physical from './physical.js';
import privacy from './privacy.js';
import privacyRights from './privacy-rights.js';
import technical from './technical.js';

export const attestationItems: readonly AttestationItem[] = [
  ...administrative,
  ...accessAwareness,
  ...physical,
  ...technical,
  ...organizational,
  ...privacy,
  ...privacyRights,
  ...breach,
];

export const attestationChecks = attestationItems.map(attestationCheck);
