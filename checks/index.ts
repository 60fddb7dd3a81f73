// The built-in checks: one explicit list, sorted by id. Adding a check means adding a file under
// checks/<area>/ and a line here; nothing in src/ changes.
import type { Check } from '../src/index.js';
import accessFullAccessRoles from './access/full-access-roles.js';
import accessMfa from './access/mfa.js';
import accessRoleRestriction from './access/role-restriction.js';
import accessUniqueAccounts from './access/unique-accounts.js';
import auditsActivityReview from './audits/activity-review.js';
import auditsActivityReviewFrequency from './audits/activity-review-frequency.js';
import auditsAuditLogging from './audits/audit-logging.js';
import auditsEvaluation from './audits/evaluation.js';
import auditsEvaluationCurrent from './audits/evaluation-current.js';
import auditsRiskAnalysis from './audits/risk-analysis.js';
import auditsRiskAnalysisCurrent from './audits/risk-analysis-current.js';
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
import incidentStateBreachDeadline from './incident/state-breach-deadline.js';
import networkAllowlistBreadth from './network/allowlist-breadth.js';
import networkGuestWifi from './network/guest-wifi.js';
import networkIpAllowlist from './network/ip-allowlist.js';
import networkRemoteAccess from './network/remote-access.js';
import networkWifiSecurity from './network/wifi-security.js';
import policiesBreachNotification from './policies/breach-notification.js';
import policiesReviewed from './policies/reviewed.js';
import policiesSecurity from './policies/security.js';
import policiesUseDisclosure from './policies/use-disclosure.js';
import privacyAccessTurnaround from './privacy/access-turnaround.js';
import privacyMarketingAuthorization from './privacy/marketing-authorization.js';
import privacyNotice from './privacy/notice.js';
import privacyNoticeAcknowledgment from './privacy/notice-acknowledgment.js';
import privacyNoticeOffice from './privacy/notice-office.js';
import privacyNoticeWebsite from './privacy/notice-website.js';
import privacyPaidMarketing from './privacy/paid-marketing.js';
import privacyPatientMessaging from './privacy/patient-messaging.js';
import privacyPersonalDevices from './privacy/personal-devices.js';
import privacyReviewReplies from './privacy/review-replies.js';
import privacySelfPayRestriction from './privacy/self-pay-restriction.js';
import proposedAssetInventory from './proposed/asset-inventory.js';
import proposedBaVerification from './proposed/ba-verification.js';
import proposedComplianceAudit from './proposed/compliance-audit.js';
import proposedEncryptionAtRest from './proposed/encryption-at-rest.js';
import proposedEncryptionInTransit from './proposed/encryption-in-transit.js';
import proposedMfa from './proposed/mfa.js';
import proposedPenetrationTest from './proposed/penetration-test.js';
import proposedRestore72h from './proposed/restore-72h.js';
import proposedVulnerabilityScan from './proposed/vulnerability-scan.js';
import trainingCurrent from './training/current.js';
import trainingTopics from './training/topics.js';
import trainingWorkforce from './training/workforce.js';
import transportAead from './transport/aead.js';
import transportCertExpired from './transport/cert-expired.js';
import transportCertExpiring from './transport/cert-expiring.js';
import transportCertHostname from './transport/cert-hostname.js';
import transportCertKey from './transport/cert-key.js';
import transportCertLifetime from './transport/cert-lifetime.js';
import transportCertSelfSigned from './transport/cert-self-signed.js';
import transportCertSignature from './transport/cert-signature.js';
import transportCertTrusted from './transport/cert-trusted.js';
import transportDeclaredEncryption from './transport/declared-encryption.js';
import transportForwardSecrecy from './transport/forward-secrecy.js';
import transportLegacyProtocols from './transport/legacy-protocols.js';
import transportTls12 from './transport/tls12.js';
import transportTls13 from './transport/tls13.js';
import vendorsBaaDocument from './vendors/baa-document.js';
import vendorsBaaExpired from './vendors/baa-expired.js';
import vendorsBaaExpiring from './vendors/baa-expiring.js';
import vendorsBaaSigned from './vendors/baa-signed.js';
import vendorsMarketingLists from './vendors/marketing-lists.js';
import webCache from './web/cache.js';
import webCookies from './web/cookies.js';
import webCsp from './web/csp.js';
import webFormRecipients from './web/form-recipients.js';
import webFraming from './web/framing.js';
import webHsts from './web/hsts.js';
import webHttpsRedirect from './web/https-redirect.js';
import webInsecureForms from './web/insecure-forms.js';
import webMixedContent from './web/mixed-content.js';
import webNosniff from './web/nosniff.js';
import webPrivacyNotice from './web/privacy-notice.js';
import webReferrerPolicy from './web/referrer-policy.js';
import webSubresourceIntegrity from './web/subresource-integrity.js';
import webTracking from './web/tracking.js';
import webVersionLeak from './web/version-leak.js';

export const builtinChecks: readonly Check[] = [
  accessFullAccessRoles,
  accessMfa,
  accessRoleRestriction,
  accessUniqueAccounts,
  auditsActivityReview,
  auditsActivityReviewFrequency,
  auditsAuditLogging,
  auditsEvaluation,
  auditsEvaluationCurrent,
  auditsRiskAnalysis,
  auditsRiskAnalysisCurrent,
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
  incidentStateBreachDeadline,
  networkAllowlistBreadth,
  networkGuestWifi,
  networkIpAllowlist,
  networkRemoteAccess,
  networkWifiSecurity,
  policiesBreachNotification,
  policiesReviewed,
  policiesSecurity,
  policiesUseDisclosure,
  privacyAccessTurnaround,
  privacyMarketingAuthorization,
  privacyNotice,
  privacyNoticeAcknowledgment,
  privacyNoticeOffice,
  privacyNoticeWebsite,
  privacyPaidMarketing,
  privacyPatientMessaging,
  privacyPersonalDevices,
  privacyReviewReplies,
  privacySelfPayRestriction,
  proposedAssetInventory,
  proposedBaVerification,
  proposedComplianceAudit,
  proposedEncryptionAtRest,
  proposedEncryptionInTransit,
  proposedMfa,
  proposedPenetrationTest,
  proposedRestore72h,
  proposedVulnerabilityScan,
  trainingCurrent,
  trainingTopics,
  trainingWorkforce,
  transportAead,
  transportCertExpired,
  transportCertExpiring,
  transportCertHostname,
  transportCertKey,
  transportCertLifetime,
  transportCertSelfSigned,
  transportCertSignature,
  transportCertTrusted,
  transportDeclaredEncryption,
  transportForwardSecrecy,
  transportLegacyProtocols,
  transportTls12,
  transportTls13,
  vendorsBaaDocument,
  vendorsBaaExpired,
  vendorsBaaExpiring,
  vendorsBaaSigned,
  vendorsMarketingLists,
  webCache,
  webCookies,
  webCsp,
  webFormRecipients,
  webFraming,
  webHsts,
  webHttpsRedirect,
  webInsecureForms,
  webMixedContent,
  webNosniff,
  webPrivacyNotice,
  webReferrerPolicy,
  webSubresourceIntegrity,
  webTracking,
  webVersionLeak,
];

export { attestationChecks, attestationItems } from './attestations/index.js';
