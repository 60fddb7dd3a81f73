// The public API for check authors: `import { defineCheck } from 'hipaa-hero'`.
export { defineCheck, SEVERITIES, FINDING_STATUSES, OBLIGATIONS } from './engine/check.js';
export type { Check, CheckMeta, CheckContext, CheckOptions, Finding, FindingStatus, Obligation, ResultStatus, Severity, Json } from './engine/check.js';
export { AREAS, type AreaId } from './engine/areas.js';
export { addDays, addMonths, daysBetween, dayNumber, recurrence, type Recurrence } from './engine/days.js';
export {
  baaStatus,
  phiBackups,
  policyInterval,
  policyCovering,
  intervalWords,
  DEFAULT_INTERVAL_MONTHS,
  type BaaStatus,
  type PhiBackup,
  type PolicyInterval,
  type ScheduledWork,
} from './stack/queries.js';
export { endpointCertificate, endpointResponse, type CertificateLookup, type ResponseLookup } from './engine/endpoint-queries.js';
export { toPointer } from './stack/positions.js';
export { auditRecordFinding, type AuditRecord, type AuditRecordKey } from './engine/proposal-dates.js';
export type { Facts, DocumentFact } from './gather/facts.js';
export type * from './gather/endpoint-facts.js';
export { TLS_PROTOCOLS } from './gather/endpoint-facts.js';
export type {
  Stack,
  Vendor,
  Baa,
  DataStore,
  StaffMember,
  Role,
  Backup,
  Endpoint,
  Policy,
  Officer,
  MessagingChannel,
  Waiver,
} from './stack/schema.js';
