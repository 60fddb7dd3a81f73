// The built-in checks: one explicit list, sorted by id. Adding a check means adding a file under
// checks/<area>/ and a line here; nothing in src/ changes.
import type { Check } from '../src/index.js';
import accessFullAccessRoles from './access/full-access-roles.js';
import accessMfa from './access/mfa.js';
import accessRoleRestriction from './access/role-restriction.js';
import accessUniqueAccounts from './access/unique-accounts.js';
import auditsActivityReview from './audits/activity-review.js';
import auditsAuditLogging from './audits/audit-logging.js';
import auditsEvaluation from './audits/evaluation.js';
import auditsRiskAnalysis from './audits/risk-analysis.js';
import backupsCoverage from './backups/coverage.js';
import backupsEncrypted from './backups/encrypted.js';
import backupsOffsite from './backups/offsite.js';
import backupsRestoreTested from './backups/restore-tested.js';
import encryptionAlgorithm from './encryption/algorithm.js';
import encryptionAtRest from './encryption/at-rest.js';
import encryptionInTransit from './encryption/in-transit.js';
import encryptionMessaging from './encryption/messaging.js';
import endpointsHttps from './endpoints/https.js';
import governancePrivacyOfficial from './governance/privacy-official.js';
import governanceSecurityOfficial from './governance/security-official.js';
import governanceWaiversCurrent from './governance/waivers-current.js';
import incidentBreachNotificationDays from './incident/breach-notification-days.js';
import incidentDrill from './incident/drill.js';
import incidentPlan from './incident/plan.js';
import networkAllowlistBreadth from './network/allowlist-breadth.js';
import networkGuestWifi from './network/guest-wifi.js';
import networkIpAllowlist from './network/ip-allowlist.js';
import networkRemoteAccess from './network/remote-access.js';
import networkWifiSecurity from './network/wifi-security.js';
import policiesBreachNotification from './policies/breach-notification.js';
import policiesReviewed from './policies/reviewed.js';
import policiesUseDisclosure from './policies/use-disclosure.js';
import trainingCurrent from './training/current.js';
import trainingTopics from './training/topics.js';
import vendorsBaaDocument from './vendors/baa-document.js';
import vendorsBaaExpired from './vendors/baa-expired.js';
import vendorsBaaExpiring from './vendors/baa-expiring.js';
import vendorsBaaSigned from './vendors/baa-signed.js';

export const builtinChecks: readonly Check[] = [
  accessFullAccessRoles,
  accessMfa,
  accessRoleRestriction,
  accessUniqueAccounts,
  auditsActivityReview,
  auditsAuditLogging,
  auditsEvaluation,
  auditsRiskAnalysis,
  backupsCoverage,
  backupsEncrypted,
  backupsOffsite,
  backupsRestoreTested,
  encryptionAlgorithm,
  encryptionAtRest,
  encryptionInTransit,
  encryptionMessaging,
  endpointsHttps,
  governancePrivacyOfficial,
  governanceSecurityOfficial,
  governanceWaiversCurrent,
  incidentBreachNotificationDays,
  incidentDrill,
  incidentPlan,
  networkAllowlistBreadth,
  networkGuestWifi,
  networkIpAllowlist,
  networkRemoteAccess,
  networkWifiSecurity,
  policiesBreachNotification,
  policiesReviewed,
  policiesUseDisclosure,
  trainingCurrent,
  trainingTopics,
  vendorsBaaDocument,
  vendorsBaaExpired,
  vendorsBaaExpiring,
  vendorsBaaSigned,
];
