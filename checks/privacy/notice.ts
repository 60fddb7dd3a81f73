import { defineCheck, toPointer, type Finding } from '../../src/index.js';

const SUBJECT = 'Notice of Privacy Practices';

export default defineCheck({
  meta: {
    id: 'privacy.notice',
    title: 'The practice has a Notice of Privacy Practices',
    area: 'privacy',
    severity: 'high',
    hipaa: ['164.520(a)'],
    obligation: 'required',
    basis:
      '45 CFR 164.520(a)(1): an individual has a right to adequate notice of the uses and disclosures of protected health information that may be made by the covered entity, and of the individual\'s rights and the covered entity\'s legal duties',
    rationale:
      'HIPAA requires a covered entity to give patients a Notice of Privacy Practices: how the practice may use and share their information, their rights (access, restrictions, amendments) and how to complain. It is the document a new client of a med spa is handed with the intake forms, and the first one an investigator asks for.',
    remediation:
      'Adopt a Notice of Privacy Practices (HHS publishes model notices for providers that can be filled in with the practice\'s details and privacy official), save it next to the stack file, and set `privacy_notice.document` to its path.',
    needs: ['stack', 'documents'],
  },
  run({ stack, facts }): Finding[] {
    const notice = stack.privacy_notice;
    const document = notice?.document;
    if (document === undefined) {
      return [{
        status: 'fail',
        subject: SUBJECT,
        ...(notice !== undefined ? { path: toPointer('privacy_notice') } : {}),
        message: 'No Notice of Privacy Practices is on file: the stack file has no `privacy_notice.document`.',
        evidence: { document: null },
      }];
    }
    const path = toPointer('privacy_notice', 'document');
    const fact = facts.documents[document];
    const kind = fact?.kind ?? (fact?.exists ? 'file' : 'missing');
    const named = `The Notice of Privacy Practices ${document}`;
    // On file means read and hashed (its SHA-256 is in the report's stack.documents); a path that was
    // not looked up proves nothing, as for the incident response plan.
    if (fact && kind === 'file' && fact.sha256 !== undefined && fact.error === undefined) {
      return [{ status: 'pass', subject: SUBJECT, path, message: `${named} is on file.`, evidence: { document, exists: true } }];
    }
    if (!fact || kind === 'missing') {
      return [{ status: 'warn', subject: SUBJECT, path, message: `${named} is referenced but not found next to the stack file.`, evidence: { document, exists: false } }];
    }
    const evidence = { document, exists: fact.exists, kind, ...(fact.error !== undefined ? { error: fact.error } : {}) };
    if (kind === 'unreadable') {
      // Whether the notice is there cannot be told: an error, never a pass.
      return [{ status: 'fail', subject: SUBJECT, path, message: `${named} could not be read.`, evidence, unavailable: `the notice ${document} could not be read (${fact.error ?? 'error'})` }];
    }
    return [{ status: 'fail', subject: SUBJECT, path, message: `${named} is not on file: it was not read and hashed (${fact.error ?? kind}).`, evidence }];
  },
});
